/// Builds the page structure — banner, sections, articles, blocks — from classified lines.
/// Structure only: what each line is was decided by the line and neighbour rules, and the
/// roles of heading lines by `HeadingRoles`.
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
  /// The last block appended is a box head (核心阅读): the paragraph after it is a lead.
  private var afterBoxHead = false
  /// The open article has printed its end: a trailer, a source credit, a closing dateline.
  private var ended = false
  /// The open article's byline is only the authors a site's metadata names: the printed
  /// byline, when one comes, takes its place.
  private var bylineFromMetadata = false
  /// The role given to each heading line, by unit index, for `dubao --explain`.
  private(set) var roles: [Int: HeadingRole] = [:]

  /// The page's titles carry a sign of their own line under them — metadata or a byline
  /// line — at least twice: a heading run without one, inside a signed article, is a subhead.
  private let titlesCarrySigns: Bool
  /// The page's clear titles (a byline follows them) mostly stand apart from the text above
  /// by more blank lines than its paragraphs: a heading set close to the text is a subhead.
  private let titlesStandApart: Bool

  init(units: [Unit], shape: PageShape) {
    self.units = units
    self.shape = shape
    var signed = 0
    for index in units.indices.dropLast() where units[index].isHeading {
      switch units[index + 1].kind {
      case .metadata, .byline: signed += 1
      default: break
      }
    }
    titlesCarrySigns = signed >= 2
    var clear = 0
    var apart = 0
    var start = 1
    while start < units.count {
      guard units[start].isHeading, !units[start - 1].isHeading else {
        start += 1
        continue
      }
      var end = start
      while end < units.count, units[end].isHeading { end += 1 }
      if end < units.count, units[end].startsArticle {
        clear += 1
        if units[start].line.blankLinesBefore > shape.usualGap { apart += 1 }
      }
      start = end
    }
    titlesStandApart = clear >= 2 && apart * 3 >= clear * 2
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
      case .body: addBody(unit, textFollows: index + 1 < units.count && units[index + 1].isBody)
      case .byline(let byline): addByline(byline)
      case .dateline(let dateline) where unit.bareDateline: addBareDateline(dateline, at: index)
      case .dateline(let dateline):
        addDateline(dateline)
        ended = true
      case .caption:
        if startsArticleSoon(after: index) || article == nil {
          pending.append(Block(.caption, unit.text))
        } else {
          append(Block(.caption, unit.text))
        }
      case .furniture: furniture.append(unit.text)
      case .metadata: addMetadata(unit)
      case .credit: addSourceCredit(unit.text)
      case .note: addNote(unit)
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
    // Metadata under a title belongs to it, and a site's controls stand between: look past
    // them to what follows.
    var after = end
    while after < units.count, units[after].isMetadata || units[after].isSiteFurniture {
      after += 1
    }
    // (At the page's end, what follows is the furniture itself.)
    let next = after < units.count ? units[after] : end < units.count ? units[end] : nil
    let underMetadata = units[end..<after].contains(where: \.isMetadata)
    // Under a site's furniture (its HTML title, its menus), a heading run opens the next item.
    let belowSiteFurniture = start > 0 && units[start - 1].isSiteFurniture && article != nil

    // Kicker, deck (one paragraph), then a title that a byline follows: 创文明城市 建美好家园 /
    // 小区有啥难题…（导语）/ 共建共治“金点子”结出“金果子” / 本报记者 …
    if let next, next.isBody, next.inlineByline == nil, end + 1 < units.count,
      units[end + 1].isHeading, !run.contains(where: \.subheadOnly)
    {
      let titleEnd = runEnd(from: end + 1)
      if titleEnd < units.count, units[titleEnd].startsArticle {
        startFeature(headings: start..<end, deck: end, titleRun: (end + 1)..<titleEnd)
        return titleEnd
      }
    }
    // A slogan above the masthead at the page's top is the banner.
    if headingContext.atPageStart, run.count <= 2, end < units.count, units[end].isFurniture {
      banner = run.map(\.text).joined(separator: " ")
      for index in start..<end { roles[index] = .banner }
      return end
    }
    // `简 讯` over bulleted briefs: the column the briefs stand under.
    if run.count == 1, let next, next.bulleted, !underMetadata {
      finishArticle()
      sections.append(Section(name: run[0].text))
      roles[start] = .column
      return end
    }
    // Under 相关阅读, the titles are links to other articles: items of this one.
    let underLinkList = start > 0 && units[start - 1].isLinkList
    // Title, metadata, then headings before any text: the article's own labels or summary box
    // (`土拍风云局`, `监控看到大货车突然停下` …), even when its byline follows them.
    let labelsOwnArticle =
      !underMetadata && start > 0 && units[start - 1].isMetadata && !hasParagraph
      && article?.byline == nil && article?.title.isEmpty == false
    if !labelsOwnArticle, !underLinkList,
      followsBoxHead(start) || underMetadata || belowSiteFurniture
        || opensArticle(run: run, next: next, nextIndex: after)
    {
      startArticle(titleRun: start..<end, titledByMetadata: underMetadata)
    } else {
      for index in start..<end {
        roles[index] = .subhead
        append(Block(.subheading, units[index].text))
      }
    }
    return end
  }

  /// 短评 / 编后 / 记者手记 then a heading: the label of a new piece, which the heading titles.
  private func followsBoxHead(_ index: Int) -> Bool {
    index > 0 && units[index - 1].isBoxHead
  }

  private func runEnd(from start: Int) -> Int {
    var end = start
    while end < units.count, units[end].isHeading { end += 1 }
    return end
  }

  /// Whether a run of headings titles a new article rather than subheading the current one.
  private func opensArticle(run: [Unit], next: Unit?, nextIndex: Int) -> Bool {
    guard let next else { return true }
    if next.startsArticle || article == nil || forwarded || ended { return true }
    if case .dateline = next.kind { return next.bareDateline }
    if case .caption = next.kind, isPhotoItem(from: nextIndex) { return true }
    switch next.noteRole {
    case .pageReference, .backward: return true
    default: break
    }
    if run.allSatisfy(\.subheadOnly) { return false }
    let glued = shape.blankLinesSeparateParagraphs && run[run.count - 1].line.blankLinesAfter == 0
    // On a page whose titles carry signs, a signed article with text goes on under a
    // subhead: a new article needs its own sign (a byline, a dateline, metadata, the end of
    // the last one).
    if titlesCarrySigns, article?.byline != nil, hasParagraph, next.isBody, !glued {
      return false
    }
    // On an indented page, one heading set as close to the text as its paragraphs are to one
    // another is a subhead of the open article (`議員促加快過渡性房屋`); a new title stands apart.
    if shape.indentationMarksParagraphs, titlesStandApart, run.count == 1, hasParagraph,
      next.isBody, run[0].line.blankLinesBefore <= shape.usualGap
    {
      return false
    }
    if run.count >= 2 || shape.indentationMarksParagraphs { return true }
    // On a page whose paragraphs are blank-line separated, a title is glued to its text.
    return shape.blankLinesSeparateParagraphs && run[0].line.blankLinesAfter == 0
      && next.isBody
  }

  /// Where the next heading run stands, for `HeadingRoles`.
  private var headingContext: HeadingContext {
    HeadingContext(
      atPageStart: banner == nil && sections.isEmpty && article == nil,
      belowFurniture: !furniture.isEmpty)
  }

  /// True when nothing but captions and a photographer's credit follow a heading run up to
  /// the next heading or the page's end: a photo item of its own.
  private func isPhotoItem(from start: Int) -> Bool {
    var index = start
    while index < units.count, !units[index].isHeading {
      switch units[index].kind {
      case .caption: break
      case .byline(let credit) where !credit.photographers.isEmpty && credit.reporters.isEmpty:
        break
      default: return false
      }
      index += 1
    }
    return true
  }

  /// Starts an article from its run of headings, each line in the role `HeadingRoles` gives.
  private mutating func startArticle(titleRun: Range<Int>, titledByMetadata: Bool = false) {
    let run = Array(units[titleRun])
    var context = headingContext
    context.titledByMetadata = titledByMetadata
    let lineRoles = HeadingRoles.article(run, context: context)
    for (index, role) in zip(titleRun, lineRoles) { roles[index] = role }
    var new = Article(title: "")
    var column: String?
    var kickers: [String] = []
    for (unit, role) in zip(run, lineRoles) {
      switch role {
      case .banner: banner = unit.text
      case .column: column = unit.text
      case .kicker: kickers.append(unit.text)
      case .title: new.title = unit.text
      case .subtitle: new.subtitle = unit.text
      case .subhead: break
      }
    }
    new.kicker = kickers.isEmpty ? nil : kickers.joined(separator: " ")
    openArticle(new, column: column)
  }

  /// Starts a feature printed as headings, kicker, deck, title: the deck is the lead.
  private mutating func startFeature(headings: Range<Int>, deck: Int, titleRun: Range<Int>) {
    let before = Array(units[headings.dropLast()])
    let lineRoles = HeadingRoles.feature(
      before: before, titleRun: Array(units[titleRun]), context: headingContext)
    for (index, role) in zip(headings.dropLast(), lineRoles.before) { roles[index] = role }
    roles[headings.upperBound - 1] = .kicker
    for (index, role) in zip(titleRun, lineRoles.titleRun) { roles[index] = role }
    var column: String?
    var kickers: [String] = []
    for (unit, role) in zip(before, lineRoles.before) {
      switch role {
      case .banner: banner = unit.text
      case .column: column = unit.text
      default: kickers.append(unit.text)
      }
    }
    var new = Article(title: units[titleRun.lowerBound].text)
    new.kicker = (kickers + [units[headings.upperBound - 1].text]).joined(separator: " ")
    new.subtitle = units[titleRun.dropFirst()].map(\.text).joined(separator: " ").nilIfEmpty
    openArticle(new, column: column)
    append(Block(.lead, units[deck].text))
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
    ended = false
    bylineFromMetadata = false
    hasParagraph = false
    article = new
    article?.blocks = pending
    pending = []
  }

  private mutating func finishArticle() {
    guard var done = article else { return }
    ParagraphMender.mend(&done)
    // A `下转` marker says the text goes on, wherever the paragraph before it stopped.
    if done.continuedTo != nil || forwarded { done.continues = true }
    sections[sections.count - 1].articles.append(done)
    article = nil
  }

  private mutating func append(_ block: Block, isBoxHead: Bool = false) {
    if article == nil { openArticle(Article(title: ""), column: nil) }
    if block.kind == .paragraph { hasParagraph = true }
    article?.blocks.append(block)
    afterBoxHead = isBoxHead
  }

  private mutating func addNote(_ unit: Unit) {
    append(Block(.note, unit.text), isBoxHead: unit.isBoxHead)
    switch unit.noteRole {
    case .forward(let page):
      forwarded = true
      article?.continuedTo = page
    case .backward(let page): article?.continuedFrom = page
    case .pageReference(let page) where !hasParagraph: article?.teaserFor = page
    case .trailer:
      ended = true
      // Printed once: as the byline when it is one, else as the note just added.
      if signArticle(withTrailer: unit.text) { article?.blocks.removeLast() }
    default: break
    }
  }

  /// A trailer on its own line that names people signs the article: `（本报记者 方 雯）` is its
  /// byline when it has none; `（参与记者：王一帆 张岚）` adds reporters to the one it has.
  /// Gives a byline that names no one (`本报讯`) the people another line names.
  private mutating func fillPeople(from people: Byline) {
    article?.byline?.authors = people.authors
    article?.byline?.reporters = people.reporters
    article?.byline?.correspondents = people.correspondents
    article?.byline?.photographers = people.photographers
    article?.byline?.interns = people.interns
  }

  /// Returns true when the trailer became the byline.
  private mutating func signArticle(withTrailer trailer: String) -> Bool {
    let inner = String(trailer.dropFirst().dropLast()).trimmingSpaces
    if article?.byline == nil, var byline = BylineParser.ownLine(inner) {
      byline.text = trailer
      article?.byline = byline
      return true
    }
    // `本报讯` above, `（本报记者 方 雯）` below: the trailer names whom the byline did not.
    if article?.byline?.names.isEmpty == true, let people = BylineParser.ownLine(inner) {
      fillPeople(from: people)
      return false
    }
    guard let colon = inner.firstIndex(where: { $0 == "：" || $0 == ":" }),
      inner[..<colon].hasSuffix("记者") || inner[..<colon].hasSuffix("記者")
    else { return false }
    var people = Byline(text: trailer)
    BylineParser.assignPeople(in: String(inner[inner.index(after: colon)...]), to: &people)
    guard var byline = article?.byline else {
      article?.byline = people
      return true
    }
    byline.reporters += people.names
    article?.byline = byline
    return false
  }

  private mutating func addMetadata(_ unit: Unit) {
    guard article != nil else {
      furniture.append(unit.text)
      return
    }
    guard !unit.metadataAuthors.isEmpty else {
      article?.metadata.append(unit.text)
      return
    }
    if article?.byline == nil {
      // The line names the authors: it is the byline as printed, until a printed byline comes.
      var byline = Byline(text: unit.text)
      byline.authors = unit.metadataAuthors
      article?.byline = byline
      bylineFromMetadata = true
    } else {
      article?.metadata.append(unit.text)
      article?.byline?.authors += unit.metadataAuthors
    }
  }

  /// A parenthesized trailer after the last sentence: `（据新华社）` is the source, `（记者 田甜）`
  /// the byline, anything else (`（交运 宣）`) a note; each ends the article.
  private mutating func addTrailer(_ trailer: String) {
    let inner = String(trailer.dropFirst().dropLast()).trimmingSpaces
    if SiteEvidence.isSourceCredit(inner) {
      addSourceCredit(trailer)
      return
    }
    // `…。（马丽娟）`: a brief signed with a bare name (two or three characters: four are as
    // often an organisation's short name).
    if article?.byline == nil, TextEvidence.isAtMost(inner, 3),
      var signature = BylineParser.nameLine(inner, plainNameAllowed: true)
    {
      signature.text = trailer
      article?.byline = signature
      ended = true
      return
    }
    if article?.byline == nil, var byline = BylineParser.ownLine(inner) {
      byline.text = trailer
      article?.byline = byline
    } else {
      append(Block(.note, trailer))
      if article?.byline?.names.isEmpty == true, let people = BylineParser.ownLine(inner) {
        fillPeople(from: people)
      }
    }
    ended = true
  }

  private mutating func addSourceCredit(_ text: String) {
    if article == nil { openArticle(Article(title: ""), column: nil) }
    if article?.sourceCredit == nil {
      article?.sourceCredit = text
    } else {
      append(Block(.note, text))
    }
    ended = true
  }

  private mutating func addBody(_ unit: Unit, textFollows: Bool = false) {
    var text = unit.text
    if unit.bulleted, article == nil || hasParagraph || article?.byline != nil {
      openArticle(Article(title: ""), column: nil)
    }
    if let (head, rest) = unit.leadingBoxHead {
      // `编者按 预付式消费…`: a box head run into its text, which is the box's summary.
      append(Block(.note, head), isBoxHead: true)
      if !rest.isEmpty { append(Block(.lead, rest)) }
      return
    }
    if let backward = unit.leadingBackward {
      // `（上接第一版）…`: a continuation, under its repeated title or with none.
      if article == nil || hasParagraph || (article?.byline != nil && !bylineFromMetadata) {
        openArticle(Article(title: ""), column: nil)
      }
      append(Block(.note, backward.marker))
      article?.continuedFrom = backward.page
      text = backward.rest
      if text.isEmpty { return }
      append(Block(.paragraph, text))
      return
    }
    if let (byline, rest) = unit.inlineByline {
      if article == nil || (article?.byline != nil && !bylineFromMetadata) || hasParagraph {
        openArticle(Article(title: ""), column: nil)
      }
      var byline = byline
      if bylineFromMetadata, let named = article?.byline {
        article?.metadata.append(named.text)
        // `本报讯 …` names no one: the metadata's authors stay the article's.
        if byline.names.isEmpty { byline.authors = named.authors }
      }
      bylineFromMetadata = false
      article?.byline = byline
      text = rest
      // A wire story that prints its title after the dateline, in place of a heading.
      if article?.title.isEmpty == true, let wire = unit.wireTitle {
        article?.byline?.text += " " + wire.label  // as printed, so that nothing is lost
        article?.title = wire.title
        article?.subtitle = wire.subtitle
        return
      }
    }
    if let (credit, rest) = unit.trailingByline, article?.byline == nil {
      if article == nil { openArticle(Article(title: ""), column: nil) }
      article?.byline = credit
      text = rest
    }
    var credit: String?
    if let (source, rest) = unit.trailingSourceCredit, rest.count < text.count {
      credit = source
      text = rest
    }
    let forward = unit.trailingForward.flatMap { $0.rest.count < text.count ? $0 : nil }
    if let forward { text = forward.rest }
    let dateline = unit.trailingDateline.flatMap { $0.rest.count < text.count ? $0 : nil }
    if let dateline { text = dateline.rest }
    let trailer = unit.trailingTrailer.flatMap { $0.rest.count < text.count ? $0.trailer : nil }
    if let trailer { text = String(text.dropLast(trailer.count)) }
    if !text.isEmpty {
      // The paragraph right after a 核心阅读-style box head is the box's summary.
      append(Block(afterBoxHead ? .lead : .paragraph, text))
      // A spacer line with the text going on under it sets a summary apart.
      if unit.line.spacerAfter, shape.spacersSetApart, textFollows { markSummary() }
    }
    if let credit { addSourceCredit(credit) }
    if let dateline {
      addDateline(dateline.dateline)
      ended = true
    }
    if let trailer { addTrailer(trailer) }
    if let forward {
      append(Block(.note, forward.marker))
      forwarded = true
      article?.continuedTo = forward.page
    }
  }

  /// The article's first paragraphs, set apart from the rest by a line of only spaces, are its
  /// summary (a deck of one to three paragraphs before the text).
  private mutating func markSummary() {
    guard let blocks = article?.blocks, blocks.count <= ParserLimits.summaryParagraphs,
      blocks.allSatisfy({ $0.kind == .paragraph })
    else { return }
    article?.blocks = blocks.map { Block(.lead, $0.text) }
    hasParagraph = false
  }

  private mutating func addByline(_ byline: Byline) {
    if article == nil { openArticle(Article(title: ""), column: nil) }
    if bylineFromMetadata, let metadataLine = article?.byline?.text {
      // The printed byline takes the place of the authors a metadata line named.
      article?.metadata.append(metadataLine)
      article?.byline = byline
      bylineFromMetadata = false
      return
    }
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

  /// A dateline alone on its line: followed by text, it opens that text's article unless the
  /// open article has no text yet; otherwise it closes the open article.
  private mutating func addBareDateline(_ dateline: Byline, at index: Int) {
    let next = index + 1 < units.count ? units[index + 1] : nil
    if next?.isBody == true, next?.inlineByline == nil, article == nil || hasParagraph || ended {
      openArticle(Article(title: ""), column: nil)
      article?.byline = dateline
      return
    }
    addDateline(dateline)
    if next?.isBody != true { ended = true }
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
