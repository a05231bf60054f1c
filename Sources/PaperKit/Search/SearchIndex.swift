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
    var exact: [UInt16] = []
    var caseless: [UInt16] = []
    var fields: [FieldEntry] = []
    var anchors: [Anchor] = []
    let widthTable = SearchFolding.widthTable
    let caselessTable = SearchFolding.caselessTable
    for (articleIndex, article) in page.articles.enumerated() {
      for field in article.fields {
        let text = article.text(of: field) ?? ""
        let start = exact.count
        let firstAnchor = anchors.count
        var scalarOffset: Int32 = 0
        var inSpace = false
        var runPending = false
        for scalar in text.unicodeScalars {
          let value = scalar.value
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
              if runPending {
                anchors.append(Anchor(unit: Int32(exact.count - start), scalar: scalarOffset))
                runPending = false
              }
              inSpace = false
            }
            exact.append(folded)
            caseless.append(caselessTable[Int(value)])
          } else {
            if runPending {
              anchors.append(Anchor(unit: Int32(exact.count - start), scalar: scalarOffset))
              runPending = false
            }
            inSpace = false
            exact.append(contentsOf: scalar.utf16)
            caseless.append(contentsOf: SearchFolding.caselessFolded(scalar).utf16)
            anchors.append(Anchor(unit: Int32(exact.count - start), scalar: scalarOffset + 1))
          }
          scalarOffset += 1
        }
        if runPending {
          anchors.append(Anchor(unit: Int32(exact.count - start), scalar: scalarOffset))
        }
        fields.append(
          FieldEntry(
            article: articleIndex, field: field, start: start, anchors: firstAnchor..<anchors.count)
        )
        exact.append(Self.separator)
        caseless.append(Self.separator)
      }
    }
    self.exact = exact
    self.caseless = caseless
    self.fields = fields
    self.anchors = anchors
  }

  /// The number of folded UTF-16 units searched (all fields plus one separator each).
  public var foldedLength: Int { exact.count }

  /// Every match of `query`, in reading order, non-overlapping, leftmost first.
  ///
  /// An empty query or one of only whitespace matches nothing.
  public func matches(of query: String) -> PageMatches {
    guard let needle = Self.foldedQuery(query) else {
      return PageMatches(query: query, matches: [])
    }
    let hay = needle.caseSensitive ? exact : caseless
    let starts = hay.withUnsafeBufferPointer { hayBuffer in
      needle.units.withUnsafeBufferPointer { needleBuffer in
        UnitSearch.starts(of: needleBuffer, in: hayBuffer)
      }
    }
    return PageMatches(
      query: query, matches: pageMatches(starts: starts, length: needle.units.count))
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
