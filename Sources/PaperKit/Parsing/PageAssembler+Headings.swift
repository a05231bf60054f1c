/// How the assembler reads a run of headings: a new article's headings (in the roles
/// `HeadingRoles` gives), a feature with a deck, a column over briefs, or subheads.
extension PageAssembler {
  /// Reads the run of headings at `start` as a new article's headings or as subheads; returns
  /// the index after what it consumed.
  mutating func headings(at start: Int) -> Int {
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
      if materialStart == nil { materialStart = start }
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
  func followsBoxHead(_ index: Int) -> Bool {
    index > 0 && units[index - 1].isBoxHead
  }

  func runEnd(from start: Int) -> Int {
    var end = start
    while end < units.count, units[end].isHeading { end += 1 }
    return end
  }

  /// Whether a run of headings titles a new article rather than subheading the current one.
  func opensArticle(run: [Unit], next: Unit?, nextIndex: Int) -> Bool {
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
  var headingContext: HeadingContext {
    HeadingContext(
      atPageStart: banner == nil && sections.isEmpty && article == nil,
      belowFurniture: furnitureAbove || !furniture.isEmpty)
  }

  /// True when nothing but captions and a photographer's credit follow a heading run up to
  /// the next heading or the page's end: a photo item of its own.
  func isPhotoItem(from start: Int) -> Bool {
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
  mutating func startArticle(titleRun: Range<Int>, titledByMetadata: Bool = false) {
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
  mutating func startFeature(headings: Range<Int>, deck: Int, titleRun: Range<Int>) {
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

}
