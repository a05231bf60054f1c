/// Neighbour rules about text that column breaks cut: bylines, paragraphs, narrow columns.
extension NeighbourRule {
  /// `本报海口7月22日讯（海南` ⏎ `日报全媒体记者易宗平）7月22日，…`: a column break cut the byline that
  /// opens a paragraph. The byline is read across the cut; the line after keeps the text.
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

  /// Headings come at most a few in a row (column, kicker, title, subtitle). A longer run is
  /// a narrow column's text, one short line per column line (`这 个 时` / `节的忙碌都` / …):
  /// body, except the last three when a byline follows and they title the next article.
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

  /// A heading that is a cut paragraph's first half: an open bracket or quote (`为推动海南自贸港“人`)
  /// shows it, and so does a pause inside it (`有人打趣说，南京之所`) on a page where column cuts
  /// are common. A label over a subhead (a heading above it) stays a heading.
  static func markCutHalves(_ units: inout [Unit], _ statistics: inout PageStatistics) {
    let cutsAreCommon = statistics.decided(\.cutsAreCommon) { columnCutsAreCommon(units) }
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

  /// A heading between two pieces of body text: the first half of a paragraph that a column
  /// break cut (`…要靠居民主` ⏎ `动维护。居民有问题…`: the second half begins with a sentence
  /// fragment), or a caption the layout put inside a cut paragraph.
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
