/// Neighbour rules about headings: long titles, quoted kickers, subheads, and captions and trailers read from their neighbours.
extension NeighbourRule {
  /// A long title (`要全力组织抢险救援、伤员救治、群众安置 扎实做好…`) has the pauses of a sentence but
  /// ends none; what follows it shows it to be a title: a byline, a dateline or the metadata a
  /// site prints under titles. What precedes it must not be a paragraph left open.
  static func markLongTitles(_ units: inout [Unit]) {
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

  /// A body line that could be a title: no full stop, no sentence end, not too long, not
  /// ending in a pause or a colon, and no byline of its own.
  static func isTitleCandidate(_ unit: Unit) -> Bool {
    guard unit.isBody, unit.inlineByline == nil, !unit.text.includes("。"),
      !TextEvidence.endsSentence(unit.text),
      TextEvidence.isAtMost(unit.text, ParserLimits.longTitleLength),
      let last = unit.text.last
    else { return false }
    return !TextEvidence.pauses.contains(last) && last != "：" && last != ":"
  }

  /// A question or exclamation right above a page reference: a front-page teaser's title
  /// (`城市更新，钱从哪里来？` / `（A04）`).
  static func isTeaserQuestion(_ units: [Unit], at index: Int) -> Bool {
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

  /// `“我心脏不舒服，头晕得厉害，开不了车……”` set right above a title, with no blank line between:
  /// a quotation used as the kicker, though it ends a sentence.
  static func markQuotedKickers(_ units: inout [Unit]) {
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
  static func markSubheadSecondLines(_ units: inout [Unit]) {
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
  static func markCaptionsBeforeCredits(_ units: inout [Unit]) {
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
  static func markCaptionsAfterCredits(_ units: inout [Unit]) {
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
  static func markTextAfterByline(_ units: inout [Unit]) {
    for index in units.indices.dropFirst() where correctable(units[index]) {
      guard case .byline = units[index - 1].kind,
        index + 1 == units.count || units[index + 1].isHeading
      else { continue }
      units[index].reclassify(.body, by: "text-after-byline")
    }
  }

  /// A whole line in parentheses after a finished paragraph is the article's trailer:
  /// author （李文）, （作者单位：…）, （完）.
  static func markTrailers(_ units: inout [Unit]) {
    for index in units.indices.dropFirst() where units[index].isHeading {
      let previous = units[index - 1]
      guard previous.isBody, previous.endsParagraph,
        TextEvidence.isParenthesized(units[index].text)
      else { continue }
      units[index].reclassify(.note, by: "trailer-in-parentheses")
      units[index].noteRole = .trailer
    }
  }

  /// A heading that a neighbour rule may still read as something else.
  static func correctable(_ unit: Unit) -> Bool {
    unit.isHeading && !unit.subheadOnly
  }
}
