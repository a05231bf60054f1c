/// Builds the page structure — banner, sections, articles, blocks — from classified lines.
struct PageAssembler {
  private let units: [Unit]
  private let shape: PageShape
  private var banner: String?
  /// The page's own furniture lines, in page order.
  private var furniture: [String] = []
  private var sections: [Section] = []
  private var article: Article?
  /// Captions and notes seen before the article they belong to.
  private var pending: [Block] = []
  /// A layout break was seen since the last article started.
  private var layoutBreak = false
  /// The open article has a paragraph (kept here: counting its blocks per line is quadratic).
  private var hasParagraph = false
  /// The end of the run of captions last looked past by `startsArticleSoon`.
  private var captionRunEnd = 0
  /// The open article ran on to another page (下转): headings after it open a new article.
  private var forwarded = false

  init(units: [Unit], shape: PageShape) {
    self.units = units
    self.shape = shape
  }

  /// Assembles the page's banner and sections.
  mutating func assemble() -> (banner: String?, sections: [Section], furniture: [String]) {
    var index = 0
    while index < units.count {
      let unit = units[index]
      if shape.isLayoutBreak(unit.line) { layoutBreak = true }
      switch unit.kind {
      case .heading:
        index = headings(at: index)
        continue
      case .body: addBody(unit)
      case .byline(let byline): addByline(byline)
      case .dateline(let dateline): addDateline(dateline)
      case .caption:
        if startsArticleSoon(after: index) || article == nil {
          pending.append(Block(.caption, unit.text))
        } else {
          append(Block(.caption, unit.text))
        }
      case .furniture: furniture.append(unit.text)
      case .note:
        append(Block(.note, unit.text))
        if TextEvidence.isForwardMarker(unit.text) { forwarded = true }
      }
      index += 1
    }
    finishArticle()
    if !pending.isEmpty {
      openArticle(Article(title: ""), column: nil)
      finishArticle()
    }
    return (banner, sections, furniture)
  }

  // MARK: Headings

  /// Reads the run of headings at `start` as a new article's headings or as subheads; returns
  /// the index after what it consumed.
  private mutating func headings(at start: Int) -> Int {
    let end = runEnd(from: start)
    let run = Array(units[start..<end])
    let next = end < units.count ? units[end] : nil

    // Kicker, deck (one paragraph), then a title that a byline follows: 创文明城市 建美好家园 /
    // 小区有啥难题…（导语）/ 共建共治“金点子”结出“金果子” / 本报记者 …
    if let next, next.isBody, next.inlineByline == nil, end + 1 < units.count,
      units[end + 1].isHeading, !run.contains(where: \.subheadOnly)
    {
      let titleEnd = runEnd(from: end + 1)
      if titleEnd < units.count, units[titleEnd].startsArticle, let kicker = run.last {
        startFeature(
          before: run.dropLast(), kicker: kicker, deck: next,
          titleRun: Array(units[(end + 1)..<titleEnd]))
        return titleEnd
      }
    }
    if followsBoxHead(start) || opensArticle(run: run, next: next) {
      startArticle(titleRun: run)
    } else {
      for unit in run { append(Block(.subheading, unit.text)) }
    }
    return end
  }

  /// 短评 / 编后 / 记者手记 then a heading: the label of a new piece, which the heading titles.
  private func followsBoxHead(_ index: Int) -> Bool {
    guard index > 0, case .note = units[index - 1].kind else { return false }
    return TextEvidence.boxHeads.contains(units[index - 1].text)
  }

  private func runEnd(from start: Int) -> Int {
    var end = start
    while end < units.count, units[end].isHeading { end += 1 }
    return end
  }

  /// Whether a run of headings titles a new article rather than subheading the current one.
  private func opensArticle(run: [Unit], next: Unit?) -> Bool {
    guard let next else { return true }
    if next.startsArticle || article == nil || forwarded { return true }
    if case .dateline = next.kind { return false }
    if case .note = next.kind, TextEvidence.isPageReference(next.text) { return true }
    if run.allSatisfy(\.subheadOnly) { return false }
    if run.count >= 2 || shape.indentationMarksParagraphs { return true }
    // On a page whose paragraphs are blank-line separated, a title is glued to its text.
    return shape.blankLinesSeparateParagraphs && run[0].line.blankLinesAfter == 0
      && next.isBody
  }

  /// Starts an article from its run of headings: an optional banner and column name, the
  /// kicker, title and subtitle.
  private mutating func startArticle(titleRun: [Unit]) {
    var heads = titleRun.map(\.text)
    var headUnits = titleRun
    if banner == nil, sections.isEmpty, article == nil, heads.count >= 3 || frontPageSlogan(heads) {
      banner = heads.removeFirst()
      headUnits.removeFirst()
    }
    var column: String?
    if heads.count >= 2, !heads[1].hasPrefix("—"), TextEvidence.length(heads[0]) <= 12,
      headUnits[0].line.blankLinesAfter > 0
    {
      column = heads.removeFirst()
      headUnits.removeFirst()
    }
    var new = Article(title: "")
    switch heads.count {
    case 1: new.title = heads[0]
    case 2 where heads[1].hasPrefix("—"):
      new.title = heads[0]
      new.subtitle = heads[1]
    case 2:
      new.kicker = heads[0]
      new.title = heads[1]
    default:
      new.kicker = heads.dropLast(2).joined(separator: " ")
      new.title = heads[heads.count - 2]
      new.subtitle = heads[heads.count - 1]
    }
    openArticle(new, column: column)
  }

  /// True when the page's first two headings are a slogan and a title under a masthead: a
  /// front page's banner is two long phrases set apart by a space.
  private func frontPageSlogan(_ heads: [String]) -> Bool {
    guard heads.count == 2, !furniture.isEmpty else { return false }
    return heads[0].includes(" ") && TextEvidence.length(heads[0]) >= 14
  }

  /// Starts a feature printed as kicker, deck, title: the heading right above the deck is
  /// the kicker; a heading above that is the column name, and above that the page banner.
  private mutating func startFeature(
    before: ArraySlice<Unit>, kicker: Unit, deck: Unit, titleRun: [Unit]
  ) {
    var above = before.map(\.text)
    if banner == nil, sections.isEmpty, article == nil, above.count >= 2 {
      banner = above.removeFirst()
    }
    let column = above.popLast()
    var new = Article(title: titleRun[0].text)
    new.kicker = (above + [kicker.text]).joined(separator: " ")
    new.subtitle = titleRun.dropFirst().map(\.text).joined(separator: " ").nilIfEmpty
    openArticle(new, column: column)
    append(Block(.lead, deck.text))
  }

  // MARK: Articles and blocks

  private mutating func openArticle(_ new: Article, column: String?) {
    finishArticle()
    if let column {
      sections.append(Section(name: column))
    } else if sections.isEmpty || (layoutBreak && sections[sections.count - 1].name != nil) {
      sections.append(Section(name: nil))
    }
    layoutBreak = false
    forwarded = false
    hasParagraph = false
    article = new
    article?.blocks = pending
    pending = []
  }

  private mutating func finishArticle() {
    guard var done = article else { return }
    ParagraphMender.mend(&done)
    sections[sections.count - 1].articles.append(done)
    article = nil
  }

  private mutating func append(_ block: Block) {
    if article == nil { openArticle(Article(title: ""), column: nil) }
    if block.kind == .paragraph { hasParagraph = true }
    article?.blocks.append(block)
  }

  private mutating func addBody(_ unit: Unit) {
    var text = unit.text
    if let (byline, rest) = unit.inlineByline {
      if article == nil || article?.byline != nil || hasParagraph {
        openArticle(Article(title: ""), column: nil)
      }
      article?.byline = byline
      text = rest
      // 新华社北京10月20日电 题：让“中国饭碗”端得更牢——写在…: a wire story that prints its
      // title after the dateline, in place of a heading.
      if article?.title.isEmpty == true, text.hasPrefix("题："), !text.includes("。") {
        article?.byline?.text += " 题："  // as printed, so that nothing is lost
        let heading = text.dropFirst(2)
        let dash = heading.firstRange(of: "——")
        article?.title = String(heading[..<(dash?.lowerBound ?? heading.endIndex)])
        article?.subtitle = dash.map { String(heading[$0.lowerBound...]) }
        return
      }
    }
    if let (credit, rest) = BylineParser.trailingCredit(text), article?.byline == nil {
      if article == nil { openArticle(Article(title: ""), column: nil) }
      article?.byline = credit
      text = rest
    }
    if text.isEmpty { return }
    // The paragraph right after a 核心阅读-style box head is the box's summary.
    let afterBoxHead =
      article?.blocks.last.map { $0.kind == .note && TextEvidence.boxHeads.contains($0.text) }
      ?? false
    append(Block(afterBoxHead ? .lead : .paragraph, text))
  }

  private mutating func addByline(_ byline: Byline) {
    if article == nil { openArticle(Article(title: ""), column: nil) }
    if article?.byline != nil, !hasParagraph {
      // Two byline lines in a row are one byline (extended in place: a run of thousands of
      // byline lines must not copy the growing text each time).
      article?.byline?.text += " " + byline.text
      article?.byline?.reporters += byline.reporters
      article?.byline?.correspondents += byline.correspondents
      article?.byline?.photographers += byline.photographers
      article?.byline?.interns += byline.interns
    } else if article?.byline == nil {
      article?.byline = byline
    } else {
      append(Block(.note, byline.text))
    }
  }

  private mutating func addDateline(_ dateline: Byline) {
    if article == nil { openArticle(Article(title: ""), column: nil) }
    guard var byline = article?.byline else {
      article?.byline = dateline
      return
    }
    byline.agency = byline.agency ?? dateline.agency
    byline.place = byline.place ?? dateline.place
    byline.date = byline.date ?? dateline.date
    article?.byline = byline
    append(Block(.note, dateline.text))
  }

  /// True when the units after `index` (past other captions) begin a new article: a heading
  /// run that a byline follows.
  private mutating func startsArticleSoon(after index: Int) -> Bool {
    // Every caption of a run looks past the same captions: find the run's end once.
    if captionRunEnd <= index {
      captionRunEnd = index + 1
      while captionRunEnd < units.count, case .caption = units[captionRunEnd].kind {
        captionRunEnd += 1
      }
    }
    let next = captionRunEnd
    guard next < units.count, units[next].isHeading else { return false }
    let end = runEnd(from: next)
    return end >= units.count || units[end].startsArticle
  }
}

extension String {
  /// nil for the empty string.
  var nilIfEmpty: String? { isEmpty ? nil : self }
}
