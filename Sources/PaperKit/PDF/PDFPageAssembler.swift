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

  /// The readings cut before each run of heading lines that follows other lines, and
  /// between headings read in different regions (heading-only items side by side).
  static func segments(of readings: [PDFLineReading]) -> [[PDFLineReading]] {
    var segments: [[PDFLineReading]] = []
    for reading in readings {
      let startsArticle =
        reading.role == .heading
        && (segments.last?.last.map { $0.role != .heading || $0.region != reading.region }
          ?? true)
      if startsArticle || segments.isEmpty {
        segments.append([reading])
      } else {
        segments[segments.count - 1].append(reading)
      }
    }
    return segments
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

  /// Paragraphs and captions of an article's lines in reading order. A caption met inside a
  /// paragraph (a picture cutting a column) follows that paragraph.
  static func blocks(of lines: [PDFLineReading]) -> [Block] {
    let body = lines.filter { $0.role != .caption }
    let indented = indents(of: body.map(\.line))
    let usesIndent = indented.contains(true)
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
      let starts =
        paragraph.isEmpty
        || (usesIndent ? indented[bodyIndex] : endsShort(paragraph.last!, before: reading.line))
      if starts { finishParagraph() }
      paragraph.append(reading.line)
      bodyIndex += 1
    }
    finishParagraph()
    return blocks
  }

  /// For each body line, whether it starts indented from its column's left edge (the
  /// leftmost body line within three ems to its left).
  static func indents(of lines: [PDFLine]) -> [Bool] {
    lines.map { line in
      let em = max(line.box.height, 1)
      let left =
        lines.lazy.map(\.box.x0).filter { $0 >= line.box.x0 - 3 * em && $0 <= line.box.x0 }.min()
        ?? line.box.x0
      return line.box.x0 - left >= 0.8 * em
    }
  }

  /// Whether `line` ends a paragraph before `next` on a page without indents: it stops more
  /// than two ems short of the right edge its column's full lines reach.
  static func endsShort(_ line: PDFLine, before next: PDFLine) -> Bool {
    let em = max(line.box.height, 1)
    let sameColumn = abs(line.box.x0 - next.box.x0) < 2 * em
    return sameColumn && next.box.x1 - line.box.x1 > 2 * em
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
