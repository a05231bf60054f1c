import PDFText

/// What a heading line is within its article's heading.
public enum HeadingRank: String, Sendable, Equatable {
  /// Above the title, smaller (引题).
  case kicker
  /// The largest lines (主题).
  case title
  /// Below the title, smaller (副题).
  case subtitle
}

/// Builds a `Page` from a PDF page's lines read in order: a run of heading lines starts an
/// article (its largest lines are the title, smaller ones above the kicker, below the
/// subtitle), body lines join into paragraphs by indent (never across a column end unless the
/// next column's first line is indented, never into another article), captions become caption
/// blocks, the header and footer bands become furniture.
public enum PDFPageAssembler {
  /// The page read from `text`; `source` names it in messages and the model.
  public static func page(from text: PDFTextPage, source: String) -> Page {
    var page = page(from: readings(of: text), source: source)
    if text.glyphs.isEmpty { page.warnings.append("no text layer (scanned image); OCR it first") }
    return page
  }

  /// The page's lines in reading order with their roles and evidence.
  public static func readings(of text: PDFTextPage) -> [PDFLineReading] {
    // Poppler 22.12's image areas come with width and height swapped (a 178 × 90 pt photo
    // reads as 90 × 179), so they would block the wrong white space; a picture's own gap in
    // the text does the work instead.
    PDFLineClassifier.readings(lines: PDFLineBuilder.lines(of: text.glyphs), pictures: [])
  }

  /// The page made of lines already read in order and judged.
  public static func page(from readings: [PDFLineReading], source: String) -> Page {
    var page = Page(source: source, encoding: "PDF")
    page.furniture = readings.filter { $0.role == .furniture }.map(\.line.text)
    var articles: [Article] = []
    for segment in segments(of: readings.filter { $0.role != .furniture }) {
      let (parsed, furniture) = PDFArticleParsing.parsed(article(from: segment))
      articles.append(parsed)
      page.furniture += furniture
    }
    if !articles.isEmpty { page.sections = [Section(name: nil, articles: articles)] }
    return page
  }

  /// The readings cut before each run of heading lines that follows other lines.
  static func segments(of readings: [PDFLineReading]) -> [[PDFLineReading]] {
    var segments: [[PDFLineReading]] = []
    for reading in readings {
      if let previous = segments.last?.last, !startsArticle(reading, after: previous) {
        segments[segments.count - 1].append(reading)
      } else {
        segments.append([reading])
      }
    }
    return segments
  }

  /// Whether a heading line starts another article after `previous`: after body text, in
  /// another region (heading-only items side by side), or below a clear white gap (heading-
  /// only items stacked; the lines of one heading sit closer than a line's height).
  static func startsArticle(_ reading: PDFLineReading, after previous: PDFLineReading) -> Bool {
    guard reading.role == .heading else { return false }
    guard previous.role == .heading, previous.region == reading.region else { return true }
    let gap = reading.line.box.y0 - previous.line.box.y1
    return gap > max(reading.line.box.height, previous.line.box.height)
  }

  /// The rank of each heading line of a run: the largest lines are the title, smaller ones
  /// above it the kicker, below it the subtitle.
  static func ranks(of headings: [PDFLineReading]) -> [HeadingRank] {
    guard let largest = headings.map(\.line.fontSize).max() else { return [] }
    let titleStart = headings.firstIndex { $0.line.fontSize >= 0.95 * largest } ?? 0
    let titleEnd =
      headings[titleStart...].firstIndex { $0.line.fontSize < 0.95 * largest }
      ?? headings.endIndex
    return headings.indices.map { index in
      index < titleStart ? .kicker : index < titleEnd ? .title : .subtitle
    }
  }

  /// One article from its heading lines and the lines after them.
  static func article(from segment: [PDFLineReading]) -> Article {
    let headings = Array(segment.prefix { $0.role == .heading })
    var article = Article(title: "")
    let ranks = ranks(of: headings)
    func texts(_ rank: HeadingRank) -> [String] {
      zip(headings, ranks).filter { $0.1 == rank }.map(\.0.line.text)
    }
    article.kicker = joined(texts(.kicker), separator: " ")
    article.title = joined(texts(.title), separator: "") ?? ""
    article.subtitle = joined(texts(.subtitle), separator: " ")
    article.blocks = blocks(of: Array(segment.dropFirst(headings.count)))
    return article
  }

  /// Paragraphs and captions of an article's lines in reading order. A paragraph starts on
  /// an indented line or after a line that stops short of its column's width (poems, lists,
  /// pages without indents); a column end alone never ends one. A caption met inside a
  /// paragraph (a picture cutting a column) follows that paragraph.
  static func blocks(of lines: [PDFLineReading]) -> [Block] {
    let body = lines.filter { $0.role != .caption }.map(\.line)
    let lefts = leftEdges(of: body)
    let width = columnWidth(of: body, lefts: lefts)
    var blocks: [Block] = []
    var paragraph: [PDFLine] = []
    var captions: [PDFLine] = []
    var bodyIndex = 0
    func finishParagraph() {
      if !paragraph.isEmpty { blocks.append(Block(.paragraph, joinedLines(paragraph))) }
      paragraph = []
      if !captions.isEmpty { blocks.append(Block(.caption, joinedLines(captions))) }
      captions = []
    }
    for reading in lines {
      if reading.role == .caption {
        captions.append(reading.line)
        continue
      }
      let line = body[bodyIndex]
      let em = max(line.box.height, 1)
      let indented = line.box.x0 - lefts[bodyIndex] >= 0.8 * em
      let afterShort =
        bodyIndex > 0 && body[bodyIndex - 1].box.x1 - lefts[bodyIndex - 1] < width - 2 * em
      if paragraph.isEmpty || indented || afterShort { finishParagraph() }
      paragraph.append(line)
      bodyIndex += 1
    }
    finishParagraph()
    return blocks
  }

  /// For each body line, its column's left edge: the leftmost body line within three ems to
  /// its left (an indent is two).
  static func leftEdges(of lines: [PDFLine]) -> [Double] {
    lines.map { line in
      let em = max(line.box.height, 1)
      return lines.lazy.map(\.box.x0).filter { $0 >= line.box.x0 - 3 * em && $0 <= line.box.x0 }
        .min() ?? line.box.x0
    }
  }

  /// The width an article's full lines fill from their column's left edge: the largest
  /// width that at least a fifth of its lines (and two) reach. A column holding only a poem
  /// still has its article's width; a two-line lead set wider does not set it.
  static func columnWidth(of lines: [PDFLine], lefts: [Double]) -> Double {
    let widths = zip(lines, lefts).map { $0.box.x1 - $1 }.sorted(by: >)
    let enough = max(2, widths.count / 5)
    return widths.count >= enough ? widths[enough - 1] : widths.first ?? 0
  }

  /// Lines of one block as one text: CJK lines join directly, Latin words with a space.
  static func joinedLines(_ lines: [PDFLine]) -> String {
    var text = ""
    for line in lines {
      if let last = text.last, let first = line.text.first, !last.isCJK, !first.isCJK,
        last != " "
      {
        text.append(" ")
      }
      text += line.text
    }
    return text
  }

  private static func joined(_ parts: [String], separator: String) -> String? {
    parts.isEmpty ? nil : parts.joined(separator: separator)
  }
}
