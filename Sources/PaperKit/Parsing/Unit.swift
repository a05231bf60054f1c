/// A line of the page with what the evidence says it is.
struct Unit: Sendable {
  /// What a line is, before the page structure is known.
  enum Kind: Sendable {
    /// A short line that is a banner, column name, kicker, title, subtitle or subhead.
    case heading
    /// Body text: a paragraph or a piece of one.
    case body
    /// A byline on a line of its own.
    case byline(Byline)
    /// A dateline on a line of its own at an article's end.
    case dateline(Byline)
    /// A photo caption or credit.
    case caption
    /// Page furniture: cross-page markers, page references, 广告, box heads.
    case note
    /// The page's own furniture, part of no article: masthead, date line, issue number,
    /// hotline, the editors' credits.
    case furniture
  }

  var line: SourceLine
  var kind: Kind
  /// For body units: the byline printed at the paragraph's start, and the text after it.
  var inlineByline: (byline: Byline, rest: String)?
  /// For headings: an indented heading on an indentation-marked page can only be a subhead.
  var subheadOnly = false

  var text: String { line.text }

  var isHeading: Bool {
    if case .heading = kind { return true }
    return false
  }

  var isBody: Bool {
    if case .body = kind { return true }
    return false
  }

  /// True for a unit that opens an article by itself: a byline line or a paragraph that
  /// starts with a byline.
  var startsArticle: Bool {
    if case .byline = kind { return true }
    return isBody && inlineByline != nil
  }
}

/// Page-wide facts that decide how to read each line.
struct PageShape: Sendable {
  /// Paragraphs are marked by indentation (web crawl), so unindented lines are headings.
  var indentationMarksParagraphs: Bool
  /// Paragraphs are normally separated by blank lines, so a heading glued to the next line
  /// belongs to it as its title.
  var blankLinesSeparateParagraphs: Bool
  /// The usual number of blank lines between two lines; a gap well above it is a layout break.
  var usualGap: Int

  init(lines: [SourceLine]) {
    let indented = lines.count { $0.indented }
    indentationMarksParagraphs = indented * 10 >= lines.count * 3 && indented < lines.count
    let gaps = lines.dropFirst().map(\.blankLinesBefore).sorted()
    usualGap = gaps.isEmpty ? 1 : gaps[gaps.count / 2]
    blankLinesSeparateParagraphs = usualGap >= 1
  }

  /// True when the blank lines before a line mark a break in the page's layout.
  func isLayoutBreak(_ line: SourceLine) -> Bool {
    line.blankLinesBefore >= 2 && line.blankLinesBefore >= usualGap + 2
  }
}

extension Unit {
  /// Classifies every line by its own evidence, then corrects lines by their neighbours.
  static func classify(_ lines: [SourceLine], shape: PageShape) -> [Unit] {
    var units = lines.indices.map { classify(lines[$0], shape: shape, first: $0 == 0) }
    demoteColumnLines(&units)
    markMasthead(&units)
    markBareAuthors(&units)
    markCaptionsAfterCredits(&units)
    correctHeadings(&units)
    return units
  }

  /// A short first line right above furniture (the date line, the issue number) is the
  /// paper's name, whatever it ends with (…日报, …电讯, …周刊).
  private static func markMasthead(_ units: inout [Unit]) {
    if units.count > 1, units[0].isHeading, TextEvidence.length(units[0].text) <= 8,
      case .furniture = units[1].kind
    {
      units[0].kind = .furniture
    }
  }

  /// A bare name between a title and the text it signs is the author's byline.
  private static func markBareAuthors(_ units: inout [Unit]) {
    for index in units.indices.dropFirst().dropLast()
    where units[index].isHeading
      && units[index - 1].isHeading && units[index + 1].isBody
      && units[index + 1].inlineByline == nil
    {
      if let byline = BylineParser.nameLine(units[index].text) {
        units[index].kind = .byline(byline)
      }
    }
  }

  /// A photo credit (`本报记者 赵阳 摄`) and then one short sentence that nothing of the article
  /// follows: the sentence is the photo's caption, not the article's last paragraph.
  private static func markCaptionsAfterCredits(_ units: inout [Unit]) {
    for index in units.indices.dropFirst() where units[index].isBody {
      guard case .caption = units[index - 1].kind, units[index].inlineByline == nil,
        TextEvidence.length(units[index].text) <= 40,
        index + 1 == units.count || units[index + 1].isHeading
      else { continue }
      units[index].kind = .caption
    }
  }

  /// Headings that their neighbours show to be something else: text cut short, a trailer, a
  /// piece of a cut paragraph, or a caption inside one.
  private static func correctHeadings(_ units: inout [Unit]) {
    for index in units.indices where units[index].isHeading && !units[index].subheadOnly {
      let previous = index > 0 ? units[index - 1] : nil
      let next = index + 1 < units.count ? units[index + 1] : nil
      if case .byline = previous?.kind, next == nil || next?.isHeading == true {
        // A byline is followed by text: a short line after it that no text follows is the
        // article's body cut short, not a subhead.
        units[index].kind = .body
        continue
      }
      // A whole line in parentheses after a finished paragraph is the article's trailer:
      // author （李文）, （作者单位：…）, （完）.
      if let previous, previous.isBody, TextEvidence.endsSentence(previous.text),
        let first = units[index].text.first, first == "（" || first == "(",
        let last = units[index].text.last, last == "）" || last == ")"
      {
        units[index].kind = .note
        continue
      }
      guard let previous, previous.isBody, let next, next.isBody, next.inlineByline == nil else {
        continue
      }
      if let first = TextEvidence.firstSentenceLength(next.text), first <= 6 {
        // `…要靠居民主` ⏎ `动维护。居民有问题…`: a paragraph cut by a column break, whose second
        // half begins with a sentence fragment, not a subhead followed by a paragraph.
        units[index].kind = .body
      } else if !TextEvidence.endsSentence(previous.text) {
        // A short line inside a cut paragraph is a caption the layout put there.
        units[index].kind = .caption
      }
    }
  }

  /// Headings come at most a few in a row (column, kicker, title, subtitle). A longer run is
  /// a narrow column's text, one short line per column line (`这 个 时` / `节的忙碌都` / …):
  /// body, except the last three when a byline follows and they title the next article.
  private static func demoteColumnLines(_ units: inout [Unit]) {
    var start = 0
    while start < units.count {
      guard units[start].isHeading else {
        start += 1
        continue
      }
      var end = start
      while end < units.count, units[end].isHeading { end += 1 }
      if end - start >= 5 {
        let keep = end < units.count && units[end].startsArticle ? 3 : 0
        for index in start..<(end - keep) { units[index].kind = .body }
      }
      start = end
    }
  }

  private static func classify(_ line: SourceLine, shape: PageShape, first: Bool) -> Unit {
    let text = line.text
    if TextEvidence.looksLikeFurniture(text, atPageTop: first) {
      return Unit(line: line, kind: .furniture)
    }
    if TextEvidence.looksLikeNote(text) { return Unit(line: line, kind: .note) }
    if let dateline = BylineParser.dateline(text) {
      return Unit(line: line, kind: .dateline(dateline))
    }
    if let byline = BylineParser.ownLine(text) { return Unit(line: line, kind: .byline(byline)) }
    if TextEvidence.looksLikeCaption(text) { return Unit(line: line, kind: .caption) }
    let heading: Bool
    var subheadOnly = false
    if shape.indentationMarksParagraphs {
      if line.indented {
        heading = TextEvidence.looksLikeHeading(text) && TextEvidence.length(text) <= 20
        subheadOnly = true
      } else {
        heading = TextEvidence.length(text) <= 40 && !TextEvidence.endsSentence(text)
      }
    } else {
      heading = TextEvidence.looksLikeHeading(text)
    }
    if heading {
      var unit = Unit(line: line, kind: .heading)
      unit.subheadOnly = subheadOnly
      return unit
    }
    var unit = Unit(line: line, kind: .body)
    unit.inlineByline = BylineParser.inline(text)
    return unit
  }
}
