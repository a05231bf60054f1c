/// A rule that corrects lines from the lines around them, after every line has its own
/// reading. The rules run in order over the whole page; each records its name on the lines it
/// changes.
struct NeighbourRule: Sendable {
  /// The rule's name, as `dubao --explain` and docs/format.md print it.
  let name: String
  /// What the rule recognises, in a few words.
  let summary: String
  /// Corrects the units in place, recording `name` on each one it changes.
  let apply: @Sendable (inout [Unit]) -> Void

  /// The neighbour rules, in the order they run.
  static let all: [NeighbourRule] = [
    NeighbourRule(
      name: "site-title",
      summary:
        "an HTML title (`标题_网站名`, the suffix repeated or blank lines under it) and the lines above it",
      apply: markSiteTitles),
    NeighbourRule(
      name: "repeated-metadata",
      summary: "a short line with numbers, of one shape, under three or more titles of the page",
      apply: markRepeatedMetadata),
    NeighbourRule(
      name: "cut-byline",
      summary:
        "a line that opens with a byline cut by a column break (`本报海口7月22日讯（海南`) and the line it goes on in",
      apply: mendCutBylines),
    NeighbourRule(
      name: "narrow-column-run",
      summary: "five or more headings in a row are a narrow column's lines: body",
      apply: demoteColumnLines),
    NeighbourRule(
      name: "masthead-above-furniture",
      summary: "a short first line right above the date line is the paper's name",
      apply: markMasthead),
    NeighbourRule(
      name: "bare-author",
      summary: "a spread or box-marked name between a title and its text is the byline",
      apply: markBareAuthors),
    NeighbourRule(
      name: "signature-after-text",
      summary: "a bare name after a finished paragraph, at an article's end, signs the article",
      apply: markSignatures),
    NeighbourRule(
      name: "author-after-metadata",
      summary: "a bare 2–4-character name between a title's metadata and the text is the author",
      apply: markAuthorsAfterMetadata),
    NeighbourRule(
      name: "long-title",
      summary:
        "a line up to 50 characters that ends no sentence, above a byline or metadata, is a title",
      apply: markLongTitles),
    NeighbourRule(
      name: "quoted-kicker",
      summary: "a quotation set right above a title, no text before it, is the kicker",
      apply: markQuotedKickers),
    NeighbourRule(
      name: "subhead-second-line",
      summary:
        "a short unfinished line between a subhead and another heading, inside an article, is the subhead's second line",
      apply: markSubheadSecondLines),
    NeighbourRule(
      name: "caption-before-credit",
      summary:
        "a short text between a title and a photographer's credit, the item's end after it, is the photo's caption",
      apply: markCaptionsBeforeCredits),
    NeighbourRule(
      name: "caption-after-credit",
      summary: "one short sentence after a photo credit, at an article's end, is its caption",
      apply: markCaptionsAfterCredits),
    NeighbourRule(
      name: "text-after-byline",
      summary: "a short line after a byline that no text follows is the body cut short",
      apply: markTextAfterByline),
    NeighbourRule(
      name: "trailer-in-parentheses",
      summary: "a line in parentheses after a finished paragraph is a trailer: （李文）, （完）",
      apply: markTrailers),
    NeighbourRule(
      name: "cut-paragraph-half",
      summary:
        "a heading with an open bracket or quote, or, where column cuts are common, a pause, above body: a cut paragraph's first half",
      apply: markCutHalves),
    NeighbourRule(
      name: "cut-paragraph",
      summary: "a short line inside a cut paragraph: its first half, or a caption placed there",
      apply: markCutParagraphs),
  ]

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
      if end - start >= ParserLimits.narrowColumnRun {
        // The run's last lines title what follows: three above a byline, one above a whole
        // paragraph (a column of short lines, a poem, then `征稿启事` over its text).
        let paragraphFollows =
          end < units.count && units[end].isBody && units[end].endsParagraph
          && !TextEvidence.isAtMost(units[end].text, ParserLimits.captionLength)
        let keep = end < units.count && units[end].startsArticle ? 3 : paragraphFollows ? 1 : 0
        for index in start..<(end - keep) {
          units[index].reclassify(.body, by: "narrow-column-run")
        }
      }
      start = end
    }
  }

  /// A short first line right above furniture (the date line, the issue number) is the
  /// paper's name, whatever it ends with (…日报, …电讯, …周刊).
  private static func markMasthead(_ units: inout [Unit]) {
    if units.count > 1, units[0].isHeading,
      TextEvidence.isAtMost(units[0].text, ParserLimits.mastheadLength),
      case .furniture = units[1].kind
    {
      units[0].reclassify(.furniture, by: "masthead-above-furniture")
      return
    }
    // The page's header above its date line: short lines only (`8` / `视觉`: the page number and
    // name), all furniture.
    if let furniture = units.prefix(4).firstIndex(where: {
      if case .furniture = $0.kind { true } else { false }
    }),
      furniture > 0,
      units[..<furniture].allSatisfy({
        $0.isHeading && TextEvidence.isAtMost($0.text, ParserLimits.mastheadLength)
      })
    {
      for index in 0..<furniture {
        units[index].reclassify(.furniture, by: "masthead-above-furniture")
      }
      return
    }
    // Among the page's first lines, a short line between two furniture lines is furniture too:
    // `2024年9月12日 星期四` / `临江日报 3` / `综合新闻` / `责任编辑：…`.
    for index in units.indices.dropFirst().prefix(5) where index + 1 < units.count {
      guard !units[index].isFurniture, units[index - 1].isFurniture,
        TextEvidence.isAtMost(units[index].text, ParserLimits.columnNameLength),
        units[index + 1].isFurniture
          || (index + 2 < units.count && units[index + 2].isFurniture
            && TextEvidence.isAtMost(units[index + 1].text, ParserLimits.columnNameLength))
      else { continue }
      units[index].reclassify(.furniture, by: "masthead-above-furniture")
    }
    // Under a slogan, a paper's name (…报) right above the furniture, among the first lines.
    for index in units.indices.dropFirst().prefix(2) where index + 1 < units.count {
      let text = units[index].text
      guard units[index].isHeading, TextEvidence.isAtMost(text, ParserLimits.mastheadLength),
        text.hasSuffix("报") || text.hasSuffix("報"), case .furniture = units[index + 1].kind
      else { continue }
      units[index].reclassify(.furniture, by: "masthead-above-furniture")
    }
  }

  /// `标题_都市快报`: the title of the web page a crawl saved, repeated by the printed heading
  /// below it. The site's name after the underscore ends several such lines, or a run of blank
  /// lines follows; the lines right above it without a gap are the same title's first lines.
  private static func markSiteTitles(_ units: inout [Unit]) {
    var counts: [Substring: Int] = [:]
    for unit in units {
      if let suffix = SiteEvidence.siteTitleSuffix(unit.text) { counts[suffix, default: 0] += 1 }
    }
    // `南湖晨报数字报-第A08版：…-标题`: the site's name may lead instead, repeated as well.
    var prefixes: [Substring: Int] = [:]
    for unit in units where unit.isHeading {
      if let prefix = SiteEvidence.siteTitlePrefix(unit.text) { prefixes[prefix, default: 0] += 1 }
    }
    for index in units.indices {
      let suffix = SiteEvidence.siteTitleSuffix(units[index].text)
      let prefix = units[index].isHeading ? SiteEvidence.siteTitlePrefix(units[index].text) : nil
      let bySuffix =
        suffix.map {
          counts[$0, default: 0] >= 2
            || units[index].line.blankLinesAfter >= ParserLimits.siteTitleGap
        } ?? false
      guard bySuffix || prefix.map({ prefixes[$0, default: 0] >= 2 }) == true else { continue }
      units[index].reclassify(.furniture, by: "site-title")
      var above = index - 1
      while above >= 0, units[above].isHeading, units[above].line.blankLinesAfter == 0 {
        units[above].reclassify(.furniture, by: "site-title")
        above -= 1
      }
    }
  }

  /// A bare name between a title and the text it signs is the author's byline.
  private static func markBareAuthors(_ units: inout [Unit]) {
    // The names a byline on this page prints: a heading that is one of them signs a piece.
    var named = Set<String>()
    for unit in units {
      if case .byline(let byline) = unit.kind { named.formUnion(byline.names) }
    }
    for index in units.indices.dropFirst().dropLast()
    where units[index].isHeading && units[index - 1].isHeading && units[index + 1].isBody
      && named.contains(units[index].text.filter { $0 != " " })
    {
      var byline = Byline(text: units[index].text)
      byline.reporters = [units[index].text.filter { $0 != " " }]
      units[index].reclassify(.byline(byline), by: "bare-author")
    }
    for index in units.indices.dropFirst().dropLast()
    where units[index].isHeading
      && units[index - 1].isHeading && units[index + 1].isBody
      && units[index + 1].inlineByline == nil
    {
      if let byline = BylineParser.nameLine(units[index].text)
        ?? BylineParser.nameList(units[index].text)
      {
        units[index].reclassify(.byline(byline), by: "bare-author")
      }
    }
  }

  /// `…。` / `林晚秋` / next title: an essay signed by a bare name after its last paragraph.
  private static func markSignatures(_ units: inout [Unit]) {
    for index in units.indices.dropFirst() where units[index].isHeading {
      guard units[index - 1].isBody, units[index - 1].endsParagraph,
        index + 1 == units.count || units[index + 1].isHeading || units[index + 1].isFurniture,
        let byline = BylineParser.nameLine(units[index].text, plainNameAllowed: true)
          ?? BylineParser.nameList(units[index].text),
        // A label over a subhead is a four-character phrase (`思想基石`); a plain name is
        // two or three characters.
        units[index].text.contains(" ") || TextEvidence.length(units[index].text) <= 3
          || units[index].text.first.map(BylineParser.boxMarks.contains) == true
      else { continue }
      units[index].reclassify(.byline(byline), by: "signature-after-text")
    }
  }

  /// `一树花果两相依` / `（ 2026-05-02 ） 稿件来源：…` / `刘军` / text: a name of two to four
  /// Chinese characters alone under a title's metadata signs the text below it.
  private static func markAuthorsAfterMetadata(_ units: inout [Unit]) {
    for index in units.indices.dropFirst().dropLast()
    where units[index].isHeading && units[index - 1].isMetadata
      && units[index - 1].metadataAuthors.isEmpty && units[index + 1].isBody
    {
      if let byline = BylineParser.nameLine(units[index].text, plainNameAllowed: true) {
        units[index].reclassify(.byline(byline), by: "author-after-metadata")
      }
    }
  }

  /// A long title (`要全力组织抢险救援、伤员救治、群众安置 扎实做好…`) has the pauses of a sentence but
  /// ends none; what follows it shows it to be a title: a byline, a dateline or the metadata a
  /// site prints under titles. What precedes it must not be a paragraph left open.
  private static func markLongTitles(_ units: inout [Unit]) {
    // From the bottom up, so that a title printed over several lines above its metadata
    // (`唯一女儿去世后，…` / `快递箱在家堆积如山…` / `2026-03-28`) is read line by line.
    for index in units.indices.dropLast().reversed()
    where isTitleCandidate(units[index]) || isTeaserQuestion(units, at: index) {
      let next = units[index + 1]
      let signals: Bool
      switch next.kind {
      case .metadata, .byline: signals = true
      case .dateline: signals = next.bareDateline
      case .body: signals = next.inlineByline != nil
      case .heading:
        signals = next.rules.last == "long-title" && units[index].line.blankLinesAfter == 0
      case .note:
        if case .pageReference = next.noteRole { signals = true } else { signals = false }
      default: signals = false
      }
      guard signals else { continue }
      // Above the title's lines there must be no paragraph left open.
      var above = index - 1
      while above >= 0, isTitleCandidate(units[above]), units[above].line.blankLinesAfter == 0 {
        above -= 1
      }
      if above >= 0, units[above].isBody, !units[above].endsParagraph,
        !TextEvidence.isParenthesized(units[above].text)
      {
        continue
      }
      units[index].reclassify(.heading, by: "long-title")
    }
  }

  /// A question or exclamation right above a page reference: a front-page teaser's title
  /// (`城市更新，钱从哪里来？` / `（A04）`).
  private static func isTeaserQuestion(_ units: [Unit], at index: Int) -> Bool {
    let text = units[index].text
    guard units[index].isBody, index + 1 < units.count, !text.includes("。"),
      units[index].inlineByline == nil,
      TextEvidence.isAtMost(text, ParserLimits.longTitleLength),
      let last = text.last, "？！?!".contains(last)
    else { return false }
    // What follows must show a title: a page reference, a byline line, metadata.
    switch units[index + 1].kind {
    case .byline, .metadata: return true
    case .note:
      if case .pageReference = units[index + 1].noteRole { return true }
      return false
    default: return false
    }
  }

  /// A body line that could be a title: no full stop, no sentence end, not too long, not
  /// ending in a pause or a colon, and no byline of its own.
  private static func isTitleCandidate(_ unit: Unit) -> Bool {
    guard unit.isBody, unit.inlineByline == nil, !unit.text.includes("。"),
      !TextEvidence.endsSentence(unit.text),
      TextEvidence.isAtMost(unit.text, ParserLimits.longTitleLength),
      let last = unit.text.last
    else { return false }
    return !TextEvidence.pauses.contains(last) && last != "：" && last != ":"
  }

  /// `“我心脏不舒服，头晕得厉害，开不了车……”` set right above a title, with no blank line between:
  /// a quotation used as the kicker, though it ends a sentence.
  private static func markQuotedKickers(_ units: inout [Unit]) {
    for index in units.indices.dropLast() where units[index].isBody {
      let text = units[index].text
      guard text.first == "“", text.last == "”", units[index].inlineByline == nil,
        TextEvidence.isAtMost(text, ParserLimits.captionLength), !text.includes("。"),
        units[index + 1].isHeading, units[index].line.blankLinesAfter == 0,
        index == 0 || !units[index - 1].isBody
      else { continue }
      units[index].reclassify(.heading, by: "quoted-kicker")
    }
  }

  /// `满怀热忱补短板` / `下定决心拿出魄力，挖掘创新潜力，激发创新活力` / `集体拒签？`: inside an article, a
  /// short line that ends no sentence, between a subhead and another heading, explains the
  /// subhead; it is no paragraph to mend with the text after the next heading.
  private static func markSubheadSecondLines(_ units: inout [Unit]) {
    for index in units.indices.dropFirst(2).dropLast() where units[index].isBody {
      let unit = units[index]
      // Only where the subhead can only be a subhead (an indented page): elsewhere the three
      // headings would read as a new article's kicker, title and subtitle.
      guard units[index - 1].isHeading, units[index - 1].subheadOnly, units[index - 2].isBody,
        units[index + 1].isHeading,
        unit.inlineByline == nil, !unit.endsParagraph,
        TextEvidence.isAtMost(unit.text, ParserLimits.subheadLineLength)
      else { continue }
      units[index].reclassify(.heading, by: "subhead-second-line")
      units[index].subheadOnly = true
    }
  }

  /// A photo item: a title, one short text, then a photographer's credit (`特约摄影 周磊`) and the
  /// item's end — the text is the photo's caption, not a paragraph.
  private static func markCaptionsBeforeCredits(_ units: inout [Unit]) {
    for index in units.indices.dropFirst().dropLast() where units[index].isBody {
      guard units[index - 1].isHeading, units[index].inlineByline == nil,
        TextEvidence.isAtMost(units[index].text, ParserLimits.photoCaptionLength),
        case .byline(let credit) = units[index + 1].kind, !credit.photographers.isEmpty,
        credit.reporters.isEmpty, credit.authors.isEmpty,
        index + 2 == units.count || units[index + 2].isHeading
      else { continue }
      units[index].reclassify(.caption, by: "caption-before-credit")
    }
  }

  /// A photo credit (`本报记者 赵阳 摄`) and then one short sentence that nothing of the article
  /// follows: the sentence is the photo's caption, not the article's last paragraph.
  private static func markCaptionsAfterCredits(_ units: inout [Unit]) {
    for index in units.indices.dropFirst() where units[index].isBody {
      guard case .caption = units[index - 1].kind, units[index].inlineByline == nil,
        TextEvidence.isAtMost(units[index].text, ParserLimits.captionLength),
        index + 1 == units.count || units[index + 1].isHeading
      else { continue }
      units[index].reclassify(.caption, by: "caption-after-credit")
    }
  }

  /// A byline is followed by text: a short line after it that no text follows is the
  /// article's body cut short, not a subhead.
  private static func markTextAfterByline(_ units: inout [Unit]) {
    for index in units.indices.dropFirst() where correctable(units[index]) {
      guard case .byline = units[index - 1].kind,
        index + 1 == units.count || units[index + 1].isHeading
      else { continue }
      units[index].reclassify(.body, by: "text-after-byline")
    }
  }

  /// A whole line in parentheses after a finished paragraph is the article's trailer:
  /// author （李文）, （作者单位：…）, （完）.
  private static func markTrailers(_ units: inout [Unit]) {
    for index in units.indices.dropFirst() where units[index].isHeading {
      let previous = units[index - 1]
      guard previous.isBody, previous.endsParagraph,
        TextEvidence.isParenthesized(units[index].text)
      else { continue }
      units[index].reclassify(.note, by: "trailer-in-parentheses")
      units[index].noteRole = .trailer
    }
  }

  /// A heading between two pieces of body text: the first half of a paragraph that a column
  /// break cut (`…要靠居民主` ⏎ `动维护。居民有问题…`: the second half begins with a sentence
  /// fragment), or a caption the layout put inside a cut paragraph.
  private static func markCutParagraphs(_ units: inout [Unit]) {
    for index in units.indices.dropFirst().dropLast() where correctable(units[index]) {
      let previous = units[index - 1]
      let next = units[index + 1]
      guard previous.isBody, next.isBody, next.inlineByline == nil else { continue }
      if let first = TextEvidence.firstSentenceLength(next.text),
        first <= ParserLimits.sentenceFragmentLength
      {
        units[index].reclassify(.body, by: "cut-paragraph")
      } else if !previous.endsParagraph {
        units[index].reclassify(.caption, by: "cut-paragraph")
      }
    }
  }

  /// A site's metadata in a form no label shows (`2026.05.06 10:23 | 某某网`): a short line with
  /// numbers whose shape — its digits aside — stands under three or more titles of the page.
  private static func markRepeatedMetadata(_ units: inout [Unit]) {
    func shape(_ unit: Unit) -> String? {
      let text = unit.text
      guard unit.isHeading || unit.isBody, TextEvidence.isAtMost(text, ParserLimits.metadataLength),
        !text.includes("。"), text.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
      else { return nil }
      var shape = ""
      for scalar in text.unicodeScalars where scalar != " " {
        let digit = ("0"..."9").contains(scalar)
        if !digit || !shape.hasSuffix("0") { shape.unicodeScalars.append(digit ? "0" : scalar) }
      }
      return shape
    }
    var underTitles: [String: Int] = [:]
    for index in units.indices.dropFirst() where units[index - 1].isHeading {
      if let shape = shape(units[index]) { underTitles[shape, default: 0] += 1 }
    }
    for index in units.indices.dropFirst() where units[index - 1].isHeading {
      guard let shape = shape(units[index]), underTitles[shape, default: 0] >= 3 else { continue }
      units[index].reclassify(.metadata, by: "repeated-metadata")
    }
  }

  /// `本报海口7月22日讯（海南` ⏎ `日报全媒体记者易宗平）7月22日，…`: a column break cut the byline that
  /// opens a paragraph. The byline is read across the cut; the line after keeps the text.
  private static func mendCutBylines(_ units: inout [Unit]) {
    for index in units.indices.dropLast() where units[index].inlineByline == nil {
      let unit = units[index]
      guard unit.isHeading || unit.isBody, units[index + 1].isBody || units[index + 1].isHeading,
        unit.line.blankLinesAfter > 0, BylineParser.opensWithBylineWord(unit.text)
      else { continue }
      let joined = unit.text + units[index + 1].text
      guard let (byline, rest) = BylineParser.inline(joined),
        TextEvidence.length(byline.text) > TextEvidence.length(unit.text)
      else { continue }
      units[index].reclassify(.body, by: "cut-byline")
      units[index].inlineByline = (byline, "")
      units[index + 1].line.text = rest
      units[index + 1].reclassify(.body, by: "cut-byline")
      units[index + 1].readBody()
    }
  }

  /// A heading that is a cut paragraph's first half: an open bracket or quote (`为推动海南自贸港“人`)
  /// shows it, and so does a pause inside it (`有人打趣说，南京之所`) on a page where column cuts
  /// are common. A label over a subhead (a heading above it) stays a heading.
  private static func markCutHalves(_ units: inout [Unit]) {
    let cutsAreCommon = columnCutsAreCommon(units)
    for index in units.indices.dropLast() where correctable(units[index]) {
      let next = units[index + 1]
      guard next.isBody, next.inlineByline == nil, index == 0 || !units[index - 1].isHeading else {
        continue
      }
      let text = units[index].text
      let pause = text.dropLast().contains { $0 == "，" || $0 == "：" || $0 == "," }
      if TextEvidence.hasOpenBracket(text) || (cutsAreCommon && pause) {
        units[index].reclassify(.body, by: "cut-paragraph-half")
      }
    }
  }

  /// True when the page's paragraphs are often cut by column breaks (a PDF's text layer): at
  /// least three and a tenth of the body lines end mid-sentence with more body after them.
  private static func columnCutsAreCommon(_ units: [Unit]) -> Bool {
    var body = 0
    var cut = 0
    for index in units.indices where units[index].isBody {
      body += 1
      let text = units[index].text
      guard index + 1 < units.count, units[index + 1].isBody, units[index].line.blankLinesAfter > 0,
        TextEvidence.length(text) >= ParserLimits.headingWithPauseLength,
        !units[index].endsParagraph, let last = text.last, !"：:—".contains(last)
      else { continue }
      cut += 1
    }
    return cut >= 3 && cut * 10 >= body
  }

  /// A heading that a neighbour rule may still read as something else.
  private static func correctable(_ unit: Unit) -> Bool {
    unit.isHeading && !unit.subheadOnly
  }
}
