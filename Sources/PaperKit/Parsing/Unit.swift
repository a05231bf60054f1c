/// A line of the page with what the evidence says it is, and the rules that said so.
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
    /// A site's metadata line printed with an article: a date, 稿件来源, 字数, the paper and page.
    case metadata
    /// A source credit that ends a wire or reprinted story: `据新华社`, `综合央视新闻`.
    case credit

    /// The kind's name as `dubao --explain` prints it.
    var name: String {
      switch self {
      case .heading: "heading"
      case .body: "body"
      case .byline: "byline"
      case .dateline: "dateline"
      case .caption: "caption"
      case .note: "note"
      case .furniture: "furniture"
      case .metadata: "metadata"
      case .credit: "credit"
      }
    }
  }

  /// What a note says about the page around it, decided when the line is read.
  enum NoteRole: Sendable {
    /// A box head (核心阅读, 编者按, 短评) that labels what follows.
    case boxHead
    /// A box head over links to other articles (相关阅读): the titles under it are no articles.
    case linkList
    /// `下转第6版`: the article goes on to that page.
    case forward(page: String?)
    /// `上接A01版`: the article comes from that page.
    case backward(page: String?)
    /// `（A04）`: a page reference standing for a teaser's text.
    case pageReference(page: String)
    /// `（作者系…）`, `（完）`: a trailer that ends the article.
    case trailer
    /// Any other note.
    case other
  }

  var line: SourceLine
  var kind: Kind
  /// The rules that decided the kind: the line rule, then each neighbour rule that changed it.
  var rules: [String]
  /// For body units: the byline printed at the paragraph's start, and the text after it.
  var inlineByline: (byline: Byline, rest: String)?
  /// For body units: a `文/… 图/…` credit after the last sentence, and the text before it.
  var trailingByline: (byline: Byline, rest: String)?
  /// For body units after an inline dateline: a wire story's title printed there
  /// (`题：让“中国饭碗”端得更牢——写在…`), with its label as printed.
  var wireTitle: (label: String, title: String, subtitle: String?)?
  /// For headings: an indented heading on an indentation-marked page can only be a subhead.
  var subheadOnly = false
  /// For headings: the line opens with a dash (`——写在…之际`), as a subtitle does.
  var dashLed = false
  /// For notes: what the note says.
  var noteRole = NoteRole.other
  /// For metadata lines: the authors it names.
  var metadataAuthors: [String] = []
  /// For body units: a source credit glued after the last sentence, and the text before it.
  var trailingSourceCredit: (credit: String, rest: String)?
  /// For body units: a box head run into its text (`编者按 预付式消费…`, `核心提示：…`), and the text.
  var leadingBoxHead: (head: String, rest: String)?
  /// For body units: a `（上接第一版）` marker glued to the paragraph's start, and the text after it.
  var leadingBackward: (marker: String, page: String?, rest: String)?
  /// For body units: a `（下转6版）` marker glued to the paragraph's end, and the text before it.
  var trailingForward: ForwardMarker?
  /// For body units: a short parenthesized trailer glued after the last sentence (`（据新华社）`,
  /// `（记者 田甜）`), and the text before it.
  var trailingTrailer: (trailer: String, rest: String)?
  /// For body units: the paragraph opens with a bullet (■, ●, ◆, ▲): a brief of its own.
  var bulleted = false
  /// For body units: a dateline glued to the paragraph's end, and the text before it.
  var trailingDateline: (dateline: Byline, rest: String)?
  /// For datelines: printed on a line of its own without brackets (`新华社北京4月26日电`).
  var bareDateline = false

  init(line: SourceLine, kind: Kind, rule: String) {
    self.line = line
    self.kind = kind
    self.rules = [rule]
    self.dashLed = line.text.hasPrefix("—")
  }

  var text: String { line.text }

  var isHeading: Bool {
    if case .heading = kind { return true }
    return false
  }

  var isBody: Bool {
    if case .body = kind { return true }
    return false
  }

  var isNote: Bool {
    if case .note = kind { return true }
    return false
  }

  var isMetadata: Bool {
    if case .metadata = kind { return true }
    return false
  }

  var isBoxHead: Bool {
    if case .boxHead = noteRole { return true }
    return false
  }

  /// True for a unit that opens an article by itself: a byline line or a paragraph that
  /// starts with a byline.
  var startsArticle: Bool {
    if case .byline = kind { return true }
    return isBody && (inlineByline != nil || leadingBackward != nil || bulleted)
  }

  var isLinkList: Bool {
    if case .linkList = noteRole { return true }
    return false
  }

  /// True when the line's text ends a paragraph: its last sentence is finished, or a trailer,
  /// dateline, credit or 下转 marker is glued after it.
  var endsParagraph: Bool {
    TextEvidence.endsSentence(text) || trailingTrailer != nil || trailingDateline != nil
      || trailingSourceCredit != nil || trailingForward != nil
  }

  var isFurniture: Bool {
    if case .furniture = kind { return true }
    return false
  }

  /// True for a site's own furniture: its navigation, menus and HTML titles.
  var isSiteFurniture: Bool {
    isFurniture && (rules.first == "site-navigation" || rules.last == "site-title")
  }

  /// Changes the kind, recording the neighbour rule that changed it.
  mutating func reclassify(_ kind: Kind, by rule: String) {
    self.kind = kind
    rules.append(rule)
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
  /// Lines of only spaces stand after a few lines, not after most: where they do, they set
  /// a summary apart from the text.
  var spacersSetApart: Bool

  init(lines: [SourceLine]) {
    let indented = lines.count { $0.indented }
    indentationMarksParagraphs = indented * 10 >= lines.count * 3 && indented < lines.count
    let gaps = lines.dropFirst().map(\.blankLinesBefore).sorted()
    usualGap = gaps.isEmpty ? 1 : gaps[gaps.count / 2]
    blankLinesSeparateParagraphs = usualGap >= 1
    let spaced = lines.count(where: \.spacerAfter)
    spacersSetApart = spaced >= 1 && spaced * 5 <= lines.count
  }

  /// True when the blank lines before a line mark a break in the page's layout.
  func isLayoutBreak(_ line: SourceLine) -> Bool {
    line.blankLinesBefore >= 2 && line.blankLinesBefore >= usualGap + 2
  }
}

extension Unit {
  /// Classifies every line by its own evidence (the line rules, first match wins), then
  /// corrects lines by their neighbours (the neighbour rules, in order).
  /// `statistics` holds what earlier parts of the page decided; `startsPage` is false for
  /// a later part of a text read in parts.
  static func classify(
    _ lines: [SourceLine], statistics: inout PageStatistics, startsPage: Bool = true
  ) -> [Unit] {
    let shape = statistics.decided(\.shape) { PageShape(lines: lines) }
    var units = lines.indices.map { index in
      LineRule.classify(
        lines[index], context: LineContext(shape: shape, isFirst: startsPage && index == 0))
    }
    for rule in NeighbourRule.all { rule.apply(&units, &statistics) }
    return units
  }
}
