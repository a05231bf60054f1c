/// A large page text parsed a part at a time, so that its first articles can be shown (or
/// printed) while the rest is still read, and only one part's lines are held at once.
///
/// What the parser decides from the page as a whole (`PageStatistics`) is decided from the
/// first part and kept, so articles already handed out never change. Parts meet at an
/// article's first line: each part is read with some lines of context after its end, the
/// articles that a later article closes are handed out, and the next part starts where the
/// last, still open one began (with a few lines before it as context).
public struct PagePartParser: Sendable {
  /// The text's UTF-8 (valid: as `PageDecoder` leaves it).
  private let utf8: [UInt8]
  /// The size of the text in bytes.
  public let totalBytes: Int
  /// Roughly how many bytes each part reads.
  private let partBytes: Int
  /// Roughly how many bytes the first part reads: the page's statistics are decided from it.
  private let firstPartBytes: Int
  /// Where the next part starts (a line's first byte).
  private var offset = 0
  /// What the first part decided about the page as a whole.
  private(set) var statistics = PageStatistics()
  /// The name of the section the last article handed out stands in.
  private var openSection: String?
  private var handedOutFurniture = false
  /// A layout break stood between the last article handed out and the next one's start.
  private var layoutBreakPending = false
  /// A box head came right before the next part's first article.
  private var boxHeadPending = false

  /// Texts up to this size are read whole (`PageText.page()`); larger ones in parts.
  public static let wholeTextBytes = 1 << 20

  /// Lines with text read as context after a part's end and before its start (more than
  /// the rules about a page's first lines look at).
  static let linesAhead = 64
  static let linesBehind = 12

  /// A parser for `text` (decoded, as `PageParser.parse` takes it), reading parts of about
  /// `partBytes` bytes after a first part of about `firstPartBytes`.
  public init(text: String, partBytes: Int = 256 << 10, firstPartBytes: Int = 256 << 10) {
    self.init(utf8: Array(text.utf8), partBytes: partBytes, firstPartBytes: firstPartBytes)
  }

  /// A parser for decoded text's UTF-8 (valid, as `PageDecoder` leaves it).
  public init(utf8: [UInt8], partBytes: Int = 256 << 10, firstPartBytes: Int = 256 << 10) {
    self.utf8 = utf8
    totalBytes = utf8.count
    self.partBytes = max(partBytes, 1)
    self.firstPartBytes = max(firstPartBytes, 1)
  }

  /// How many of its bytes have been read into parts handed out.
  public var bytesRead: Int { offset }
  /// True when every part has been handed out.
  public var isFinished: Bool { offset >= totalBytes }

  /// The next part of the page, or nil when the whole text has been read.
  public mutating func next() -> PagePart? {
    guard offset < totalBytes else { return nil }
    let utf8 = self.utf8
    return utf8.withUnsafeBufferPointer { buffer in
      let bytes = TextBytes(buffer: buffer)
      var size = offset == 0 ? firstPartBytes : partBytes
      while true {
        let end = bytes.lineStart(atOrAfter: offset + size)
        if let part = read(bytes, upTo: end) { return part }
        size *= 2  // One article longer than the part: read it in a larger one.
      }
    }
  }

  /// Reads the lines from `offset` to `end` with context around them; nil when no article
  /// ends inside them (the caller reads a larger part).
  private mutating func read(_ bytes: TextBytes, upTo end: Int) -> PagePart? {
    let last = end >= totalBytes
    let aheadEnd = last ? totalBytes : bytes.lineStart(after: end, lines: Self.linesAhead)
    let behindStart = offset == 0 ? 0 : bytes.lineStart(before: offset, lines: Self.linesBehind)
    let starts = bytes.lineStarts(from: behindStart, to: aheadEnd)
    let text = bytes.text(behindStart..<aheadEnd)
    let lines = SourceLine.lines(of: text)
    /// The first unit whose line starts at or after byte `position`.
    func unitIndex(at position: Int) -> Int {
      let lineNumber = starts.partitionPoint { $0 >= position - behindStart } + 1
      return lines.partitionPoint { $0.number >= lineNumber }
    }
    let units = Unit.classify(lines, statistics: &statistics, startsPage: offset == 0)
    var assembler = PageAssembler(units: units, statistics: &statistics)
    if offset > 0 {
      assembler.sections = [Section(name: openSection)]
      assembler.furnitureAbove = handedOutFurniture
      assembler.layoutBreak = layoutBreakPending
      assembler.afterBoxHead = boxHeadPending
    }
    let first = unitIndex(at: offset)
    let (banner, sections, furniture) = assembler.assemble(from: first)
    let articleStarts = assembler.articleStarts.map(\.unit)
    // Hand out the articles that a later article, starting inside the part, closes.
    let cutUnit = unitIndex(at: end)
    let kept =
      last
      ? articleStarts.count
      : articleStarts.lastIndex(where: { $0 < cutUnit }) ?? 0
    guard last || kept > 0 || articleStarts.isEmpty else { return nil }
    // Where the next part starts: the first line of the article still open (none: the end
    // of what was read).
    let resumeUnit = last || articleStarts.isEmpty ? units.count : articleStarts[kept]
    let resume =
      resumeUnit == units.count
      ? aheadEnd : starts[units[resumeUnit].line.number - 1] + behindStart

    var part = PagePart(
      banner: offset == 0 ? banner : nil, continuesSection: offset > 0,
      sections: Self.sections(sections, keeping: kept),
      furniture: zip(furniture, assembler.furnitureUnits).filter { $0.1 < resumeUnit }.map(\.0))
    let previousStart = kept > 0 ? articleStarts[kept - 1] : first
    layoutBreakPending = assembler.layoutBreakUnits.contains {
      $0 > previousStart && $0 < resumeUnit
    }
    boxHeadPending =
      !last && kept < articleStarts.count && assembler.articleStarts[kept].afterBoxHead
    if let section = part.sections.last { openSection = section.name }
    handedOutFurniture = handedOutFurniture || !part.furniture.isEmpty
    offset = last ? totalBytes : min(resume, aheadEnd)
    part.bytesRead = offset
    part.totalBytes = totalBytes
    return part
  }

  /// The first `count` articles of `sections`, in their sections (a section with none of
  /// them is dropped unless it comes before the last one kept).
  private static func sections(_ sections: [Section], keeping count: Int) -> [Section] {
    var left = count
    var kept: [Section] = []
    for section in sections {
      if left == 0, !kept.isEmpty { break }
      var part = Section(name: section.name)
      part.articles = Array(section.articles.prefix(left))
      left -= part.articles.count
      kept.append(part)
    }
    return kept
  }
}

/// A part of a page read by `PagePartParser`: the articles it closed, in their sections.
public struct PagePart: Sendable, Equatable {
  /// The page's banner (only in the first part).
  public var banner: String?
  /// The first section goes on with the last section of the parts before.
  public var continuesSection: Bool
  /// The part's articles in their sections.
  public var sections: [Section]
  /// The part's furniture lines, in page order.
  public var furniture: [String]
  /// How many of the text's bytes have been read with this part.
  public var bytesRead = 0
  /// The size of the whole text in bytes.
  public var totalBytes = 0

  /// Creates a part.
  public init(
    banner: String?, continuesSection: Bool, sections: [Section], furniture: [String],
    bytesRead: Int = 0, totalBytes: Int = 0
  ) {
    self.banner = banner
    self.continuesSection = continuesSection
    self.sections = sections
    self.furniture = furniture
    self.bytesRead = bytesRead
    self.totalBytes = totalBytes
  }

  /// The part's articles in reading order.
  public var articles: [Article] { sections.flatMap(\.articles) }
}

extension PagePart {
  /// The part's sections as a page takes them, each with whether it opens a new section on
  /// the page (false for the one that goes on with the page's last section). A section meant
  /// to go on, on a page with no sections yet, opens only if it holds articles.
  public func sectionsAdded(pageHasSections: Bool) -> [(section: Section, opens: Bool)] {
    sections.enumerated().compactMap { index, section in
      guard index == 0, continuesSection else { return (section, true) }
      if pageHasSections { return (section, false) }
      return section.articles.isEmpty ? nil : (section, true)
    }
  }
}

extension Page {
  /// Adds a part read by `PagePartParser` to the page: its articles after the page's own.
  public mutating func append(_ part: PagePart) {
    if banner == nil { banner = part.banner }
    furniture += part.furniture
    for (section, opens) in part.sectionsAdded(pageHasSections: !sections.isEmpty) {
      if opens {
        sections.append(section)
      } else {
        sections[sections.count - 1].articles += section.articles
      }
    }
  }
}

/// A text's UTF-8 bytes, read by lines: where lines start, which lines are blank.
private struct TextBytes {
  let buffer: UnsafeBufferPointer<UInt8>
  var count: Int { buffer.count }

  /// The bytes `range` as a string (already valid UTF-8).
  func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
  }

  /// The first byte of the line that holds byte `position` or starts after it.
  func lineStart(atOrAfter position: Int) -> Int {
    guard position < count else { return count }
    if position == 0 || buffer[position - 1] == 0x0A { return position }
    return buffer[position...].firstIndex(of: 0x0A).map { $0 + 1 } ?? count
  }

  /// The first byte of the line after the `lines` lines with text that follow `position`.
  func lineStart(after position: Int, lines: Int) -> Int {
    var index = position
    var left = lines
    while index < count, left > 0 {
      let end = buffer[index...].firstIndex(of: 0x0A) ?? count
      if !isBlank(index..<end) { left -= 1 }
      index = end + 1
    }
    return min(index, count)
  }

  /// The first byte of the earliest of the `lines` lines with text before `position`.
  func lineStart(before position: Int, lines: Int) -> Int {
    var index = position
    var left = lines
    while index > 0, left > 0 {
      let start = (buffer[..<(index - 1)].lastIndex(of: 0x0A) ?? -1) + 1
      if !isBlank(start..<(index - 1)) { left -= 1 }
      index = start
    }
    return index
  }

  /// True when the bytes are only spaces: ASCII whitespace, NBSP and U+3000 (the spaces
  /// pages indent with; a rarer space makes a line count as text, which only widens context).
  func isBlank(_ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = buffer[index]
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        index += 1
      } else if byte == 0xC2, index + 1 < range.upperBound, buffer[index + 1] == 0xA0 {
        index += 2
      } else if byte == 0xE3, index + 2 < range.upperBound, buffer[index + 1] == 0x80,
        buffer[index + 2] == 0x80
      {
        index += 3
      } else {
        return false
      }
    }
    return true
  }

  /// The offsets, relative to `start`, of the lines that begin between `start` and `end`.
  func lineStarts(from start: Int, to end: Int) -> [Int] {
    var starts = [0]
    for index in start..<end where buffer[index] == 0x0A { starts.append(index + 1 - start) }
    return starts
  }
}

extension RandomAccessCollection {
  /// The index of the first element for which `belongsAfter` is true, in a collection where
  /// every such element follows every other (binary search).
  func partitionPoint(_ belongsAfter: (Element) -> Bool) -> Index {
    var low = startIndex
    var high = endIndex
    while low < high {
      let middle = index(low, offsetBy: distance(from: low, to: high) / 2)
      if belongsAfter(self[middle]) {
        high = middle
      } else {
        low = index(after: middle)
      }
    }
    return low
  }
}
