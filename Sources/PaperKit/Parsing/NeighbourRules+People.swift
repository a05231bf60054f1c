/// Neighbour rules about who signed a piece: bare names, signatures, authors under metadata.
extension NeighbourRule {
  /// A bare name between a title and the text it signs is the author's byline.
  static func markBareAuthors(_ units: inout [Unit], _ statistics: inout PageStatistics) {
    // The names a byline on this page prints: a heading that is one of them signs a piece.
    for unit in units {
      if case .byline(let byline) = unit.kind { statistics.bylineNames.formUnion(byline.names) }
    }
    let named = statistics.bylineNames
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
  static func markSignatures(_ units: inout [Unit]) {
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
  static func markAuthorsAfterMetadata(_ units: inout [Unit]) {
    for index in units.indices.dropFirst().dropLast()
    where units[index].isHeading && units[index - 1].isMetadata
      && units[index - 1].metadataAuthors.isEmpty && units[index + 1].isBody
    {
      if let byline = BylineParser.nameLine(units[index].text, plainNameAllowed: true) {
        units[index].reclassify(.byline(byline), by: "author-after-metadata")
      }
    }
  }
}
