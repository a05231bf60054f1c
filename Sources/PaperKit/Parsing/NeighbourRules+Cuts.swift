/// Neighbour rules about text that column breaks cut: bylines, paragraphs, narrow columns.
extension NeighbourRule {
  static func mendCutBylines(_ units: inout [Unit]) {
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

  static func demoteColumnLines(_ units: inout [Unit]) {
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

  static func markCutHalves(_ units: inout [Unit]) {
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

  static func columnCutsAreCommon(_ units: [Unit]) -> Bool {
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

  static func markCutParagraphs(_ units: inout [Unit]) {
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
}
