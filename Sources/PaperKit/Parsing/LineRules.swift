/// What a line rule may look at besides the line itself.
struct LineContext: Sendable {
  /// The page-wide facts.
  var shape: PageShape
  /// The line is the page's first.
  var isFirst: Bool
}

/// A rule that classifies one line from its own evidence. The rules are tried in order and
/// the first that answers decides; `body` answers for every line.
struct LineRule: Sendable {
  /// The rule's name, as `dubao --explain` and docs/format.md print it.
  let name: String
  /// What the rule recognises, in a few words.
  let summary: String
  /// The kind this rule gives the line, or nil when it does not apply.
  let read: @Sendable (SourceLine, LineContext) -> Unit.Kind?

  init(
    _ name: String, _ summary: String,
    read: @escaping @Sendable (SourceLine, LineContext) -> Unit.Kind?
  ) {
    self.name = name
    self.summary = summary
    self.read = read
  }

  /// The line rules, in the order they are tried.
  static let all: [LineRule] = [
    LineRule(
      "page-furniture", "masthead, date line with weekday, issue number, hotline, editors' credits"
    ) {
      line, context in
      line.length <= ParserLimits.furnitureLength
        && TextEvidence.looksLikeFurniture(
          line.text, atPageTop: context.isFirst, length: line.length)
        ? .furniture : nil
    },
    LineRule("site-navigation", "a site's navigation links: <<上一篇, 下一篇>>, 返回主页") { line, _ in
      SiteEvidence.isNavigation(line.text, length: line.length) ? .furniture : nil
    },
    LineRule("site-metadata", "a date, 稿件来源：…, 字数 …, 《某某报》（…第 3 版） printed under a title") {
      line, _ in
      line.length <= ParserLimits.metadataLength && SiteEvidence.metadata(line.text) != nil
        ? .metadata : nil
    },
    LineRule("note", "上接/下转 markers, page references （A04）, 广告, box heads such as 核心阅读") {
      line, _ in
      line.length <= ParserLimits.noteLength && TextEvidence.looksLikeNote(line.text) ? .note : nil
    },
    LineRule("author-note", "a whole line in brackets about the author or the text: （作者系…）, 【本文系…】")
    {
      line, _ in
      TextEvidence.isAuthorNote(line.text) ? .note : nil
    },
    LineRule("dateline-bracketed", "a dateline in brackets on its own line: （本报永兴岛7月22日电）") {
      line, _ in
      guard line.length <= ParserLimits.datelineLength else { return nil }
      return BylineParser.dateline(line.text).map { .dateline($0) }
    },
    LineRule("dateline-line", "a dateline alone on its line: 新华社北京4月26日电, 本报讯") { line, _ in
      guard line.length <= ParserLimits.datelineLength else { return nil }
      return BylineParser.bareDateline(line.text).map { .dateline($0) }
    },
    LineRule("source-credit", "a source credit on its own line: 据新华社, 综合央视新闻、北京日报") { line, _ in
      line.length <= ParserLimits.sourceCreditLength + 2 && SiteEvidence.isSourceCredit(line.text)
        ? .credit : nil
    },
    LineRule("byline-line", "a byline on its own line: 本报记者 祁洁, ■ 李萌, 文/… 图/…") { line, _ in
      guard line.length <= ParserLimits.bylineLength else { return nil }
      return BylineParser.ownLine(line.text).map { .byline($0) }
    },
    LineRule("caption-marker", "a photo caption or credit by its marker: （资料片）, 图为…, …摄") {
      line, _ in
      TextEvidence.looksLikeCaption(line.text, length: line.length) ? .caption : nil
    },
    LineRule(
      "heading-indented",
      "on a page whose paragraphs are indented, a short indented line: a subhead"
    ) {
      line, context in
      guard context.shape.indentationMarksParagraphs, line.indented else { return nil }
      return TextEvidence.looksLikeHeading(line.text, length: line.length)
        && line.length <= ParserLimits.indentedSubheadLength ? .heading : nil
    },
    LineRule(
      "heading-unindented",
      "on a page whose paragraphs are indented, an unindented line that ends no sentence"
    ) {
      line, context in
      guard context.shape.indentationMarksParagraphs, !line.indented else { return nil }
      return line.length <= ParserLimits.unindentedHeadingLength
        && !TextEvidence.endsSentence(line.text) ? .heading : nil
    },
    LineRule("heading-shape", "a short line with at most one pause that ends no sentence") {
      line, context in
      guard !context.shape.indentationMarksParagraphs else { return nil }
      return TextEvidence.looksLikeHeading(line.text, length: line.length) ? .heading : nil
    },
    LineRule("body", "everything else: a paragraph or a piece of one") { _, _ in .body },
  ]

  /// Classifies one line by the first rule that answers, with what the kind needs to know.
  static func classify(_ line: SourceLine, context: LineContext) -> Unit {
    for rule in all {
      guard let kind = rule.read(line, context) else { continue }
      var unit = Unit(line: line, kind: kind, rule: rule.name)
      switch kind {
      case .heading:
        unit.subheadOnly = context.shape.indentationMarksParagraphs && line.indented
      case .body:
        unit.readBody()
      case .note:
        unit.noteRole = rule.name == "author-note" ? .trailer : TextEvidence.noteRole(line.text)
      case .metadata:
        unit.metadataAuthors = SiteEvidence.metadata(line.text)?.authors ?? []
      case .dateline:
        unit.bareDateline = rule.name == "dateline-line"
      default: break
      }
      return unit
    }
    preconditionFailure("the body rule answers for every line")
  }
}

extension Unit {
  /// Reads what a body line carries besides its text: an inline byline, a wire story's
  /// title after it, a `文/… 图/…` credit at its end.
  mutating func readBody() {
    inlineByline = BylineParser.inline(text)
    leadingBackward = TextEvidence.leadingBackwardMarker(text)
    if inlineByline == nil { leadingBoxHead = TextEvidence.leadingBoxHead(text) }
    // What may be glued to the paragraph's end is read from the text after its byline.
    let paragraph = inlineByline?.rest ?? text
    trailingByline = BylineParser.trailingCredit(paragraph)
    // Both the source credit and the dateline stand after the last sentence: found once.
    let lastSentence = TextEvidence.afterLastSentence(paragraph)
    trailingSourceCredit = SiteEvidence.trailingSourceCredit(after: lastSentence)
    trailingForward = TextEvidence.trailingForwardMarker(paragraph)
    trailingDateline = BylineParser.trailingDateline(after: lastSentence)
    if trailingDateline == nil { trailingTrailer = TextEvidence.trailingParenthesized(paragraph) }
    // `■近日，县市场监管局开展…。`: a bullet before a whole paragraph opens a brief.
    if text.opensWithOne(of: TextEvidence.briefBulletMarks),
      TextEvidence.length(text) > ParserLimits.captionLength || TextEvidence.endsSentence(text)
        || trailingTrailer != nil
    {
      bulleted = true
    }
    if let rest = inlineByline?.rest, rest.opens(with: "题："), !rest.includes("。") {
      let heading = rest.dropFirst(2)
      let dash = heading.firstRange(of: "——")
      wireTitle = (
        "题：", String(heading[..<(dash?.lowerBound ?? heading.endIndex)]),
        dash.map { String(heading[$0.lowerBound...]) }
      )
    }
  }
}
