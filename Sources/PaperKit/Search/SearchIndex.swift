/// A page's text folded once for searching: build it when a page is opened, then ask it for the
/// matches of each query (every keystroke of an incremental search).
///
/// All fields of all articles are laid end to end, in reading order, in two contiguous UTF-16
/// buffers (width-folded, and width- and case-folded), separated by a NUL unit so that no match
/// spans two fields. A sparse table of anchors per field maps folded positions back to
/// `unicodeScalars` offsets of the original text.
public struct SearchIndex: Sendable {
  /// One field's place in the buffers.
  struct FieldEntry: Sendable {
    /// Index of the article in `Page.articles`.
    var article: Int
    /// The field.
    var field: ArticleField
    /// Where the field's folded units start in the buffers.
    var start: Int
    /// The anchors of this field in `anchors`.
    var anchors: Range<Int>
  }

  /// A point where folded offsets and original scalar offsets stop advancing together: after a
  /// collapsed whitespace run or after a surrogate pair. Offsets are relative to the field.
  struct Anchor: Sendable {
    /// Folded UTF-16 offset.
    var unit: Int32
    /// Original `unicodeScalars` offset at that folded offset.
    var scalar: Int32
  }

  /// The unit separating fields; never part of a folded query.
  static let separator: UInt16 = 0

  /// Width-folded units of every field.
  let exact: [UInt16]
  /// Width- and case-folded units of every field.
  let caseless: [UInt16]
  /// The fields in reading order.
  let fields: [FieldEntry]
  /// All fields' anchors, each field's in a contiguous run.
  let anchors: [Anchor]

  /// Folds every field of every article of `page`.
  public init(page: Page) {
    var texts: [(article: Int, field: ArticleField, text: String)] = []
    var capacity = 0  // UTF-8 bytes bound UTF-16 units from above
    for (articleIndex, article) in page.articles.enumerated() {
      for field in article.fields {
        let text = article.text(of: field) ?? ""
        texts.append((articleIndex, field, text))
        capacity += text.utf8.count + 1
      }
    }
    var fields: [FieldEntry] = []
    fields.reserveCapacity(texts.count)
    var anchors: [Anchor] = []
    var caseless: [UInt16] = []
    let exact = [UInt16](unsafeUninitializedCapacity: capacity) { exactOut, exactCount in
      caseless = [UInt16](unsafeUninitializedCapacity: capacity) { caselessOut, caselessCount in
        var out = FoldOutput(exact: exactOut, caseless: caselessOut)
        for (article, field, text) in texts {
          let start = out.count
          let firstAnchor = anchors.count
          var text = text
          text.withUTF8 { Self.fold($0, into: &out, anchors: &anchors) }
          fields.append(
            FieldEntry(
              article: article, field: field, start: start, anchors: firstAnchor..<anchors.count))
          out.append(Self.separator, Self.separator)
        }
        caselessCount = out.count
      }
      exactCount = caseless.count
    }
    self.exact = exact
    self.caseless = caseless
    self.fields = fields
    self.anchors = anchors
  }

  /// The two buffers being written.
  struct FoldOutput {
    /// Width-folded units.
    let exact: UnsafeMutableBufferPointer<UInt16>
    /// Width- and case-folded units.
    let caseless: UnsafeMutableBufferPointer<UInt16>
    /// Units written so far.
    var count = 0

    /// Writes one unit to each buffer.
    @inline(__always)
    mutating func append(_ exactUnit: UInt16, _ caselessUnit: UInt16) {
      exact[count] = exactUnit
      caseless[count] = caselessUnit
      count += 1
    }
  }

  /// Folds one field's (valid) UTF-8 into `out`, recording its anchors relative to the field.
  private static func fold(
    _ bytes: UnsafeBufferPointer<UInt8>, into out: inout FoldOutput, anchors: inout [Anchor]
  ) {
    let start = out.count
    var scalarOffset: Int32 = 0
    var inSpace = false
    var runPending = false  // a collapsed whitespace run awaits its anchor
    var i = 0
    SearchFolding.widthTable.withUnsafeBufferPointer { widthTable in
      SearchFolding.caselessTable.withUnsafeBufferPointer { caselessTable in
        while i < bytes.count {
          let value = decodeScalar(bytes, at: &i)
          if value < 0x1_0000 {
            let folded = widthTable[Int(value)]
            if folded == SearchFolding.space {
              if inSpace {
                scalarOffset += 1
                runPending = true
                continue
              }
              inSpace = true
            } else {
              inSpace = false
            }
            if runPending && !inSpace {
              anchors.append(Anchor(unit: Int32(out.count - start), scalar: scalarOffset))
              runPending = false
            }
            out.append(folded, caselessTable[Int(value)])
          } else {
            if runPending {
              anchors.append(Anchor(unit: Int32(out.count - start), scalar: scalarOffset))
              runPending = false
            }
            inSpace = false
            let scalar = Unicode.Scalar(value)!
            let lower = SearchFolding.caselessFolded(scalar)  // same UTF-16 width by construction
            out.append(UTF16.leadSurrogate(scalar), UTF16.leadSurrogate(lower))
            out.append(UTF16.trailSurrogate(scalar), UTF16.trailSurrogate(lower))
            anchors.append(Anchor(unit: Int32(out.count - start), scalar: scalarOffset + 1))
          }
          scalarOffset += 1
        }
      }
    }
    if runPending {
      anchors.append(Anchor(unit: Int32(out.count - start), scalar: scalarOffset))
    }
  }

  /// The scalar value of the UTF-8 sequence at `i`, advancing `i` past it.
  @inline(__always)
  private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
    let lead = UInt32(bytes[i])
    if lead < 0x80 {
      i += 1
      return lead
    }
    if lead < 0xE0 {
      defer { i += 2 }
      return (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
    }
    if lead < 0xF0 {
      defer { i += 3 }
      return (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
    }
    defer { i += 4 }
    return (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
      | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
  }

  /// Every match of `query`, in reading order, non-overlapping, leftmost first.
  ///
  /// An empty query or one of only whitespace matches nothing.
  public func matches(of query: String) -> [PageMatch] {
    guard let needle = Self.foldedQuery(query) else { return [] }
    let hay = needle.caseSensitive ? exact : caseless
    let starts = hay.withUnsafeBufferPointer { hayBuffer in
      needle.units.withUnsafeBufferPointer { needleBuffer in
        UnitSearch.starts(of: needleBuffer, in: hayBuffer)
      }
    }
    return pageMatches(starts: starts, length: needle.units.count)
  }

  /// A query folded like the text, or nil when it can match nothing.
  static func foldedQuery(_ query: String) -> (units: [UInt16], caseSensitive: Bool)? {
    let caseSensitive = SearchFolding.isCaseSensitive(query)
    var units: [UInt16] = []
    var inSpace = false
    for scalar in query.unicodeScalars {
      let folded =
        caseSensitive ? SearchFolding.widthFolded(scalar) : SearchFolding.caselessFolded(scalar)
      if folded.value == UInt32(separator) { return nil }
      let isSpace = folded.value == UInt32(SearchFolding.space)
      if isSpace && inSpace { continue }
      inSpace = isSpace
      units.append(contentsOf: folded.utf16)
    }
    guard units.contains(where: { $0 != SearchFolding.space }) else { return nil }
    return (units, caseSensitive)
  }

  /// Turns ascending buffer offsets of matches into page matches.
  private func pageMatches(starts: [Int], length: Int) -> [PageMatch] {
    var result: [PageMatch] = []
    result.reserveCapacity(starts.count)
    var fieldIndex = 0
    for start in starts {
      while fieldIndex + 1 < fields.count && fields[fieldIndex + 1].start <= start {
        fieldIndex += 1
      }
      let entry = fields[fieldIndex]
      let local = start - entry.start
      let lower = scalarOffset(ofUnit: local, anchors: entry.anchors)
      let upper = scalarOffset(ofUnit: local + length, anchors: entry.anchors)
      result.append(PageMatch(article: entry.article, field: entry.field, range: lower..<upper))
    }
    return result
  }

  /// The original scalar offset of a folded offset inside a field.
  private func scalarOffset(ofUnit unit: Int, anchors range: Range<Int>) -> Int {
    // The last anchor at or before `unit`, by binary search.
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let mid = (low + high) / 2
      if Int(anchors[mid].unit) <= unit { low = mid + 1 } else { high = mid }
    }
    guard low > range.lowerBound else { return unit }
    let anchor = anchors[low - 1]
    return Int(anchor.scalar) + unit - Int(anchor.unit)
  }
}
