/// Neighbour rules about a site's furniture and a page's header.
extension NeighbourRule {
  /// `标题_都市快报`: the title of the web page a crawl saved, repeated by the printed heading
  /// below it. The site's name after the underscore ends several such lines, or a run of blank
  /// lines follows; the lines right above it without a gap are the same title's first lines.
  static func markSiteTitles(_ units: inout [Unit], _ statistics: inout PageStatistics) {
    // Each line's site name, read once: after the title, or (`南湖晨报数字报-第A08版：…-标题`)
    // leading a heading.
    let suffixes = units.map { SiteEvidence.siteTitleSuffix($0.text) }
    let leading = units.map { $0.isHeading ? SiteEvidence.siteTitlePrefix($0.text) : nil }
    let counts = statistics.decided(\.siteSuffixes) { tally(suffixes.compactMap { $0 }) }
    let prefixes = statistics.decided(\.sitePrefixes) { tally(leading.compactMap { $0 }) }
    for index in units.indices {
      let suffix = suffixes[index]
      let prefix = leading[index]
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

  /// A site's metadata in a form no label shows (`2026.05.06 10:23 | 某某网`): a short line with
  /// numbers whose shape — its digits aside — stands under three or more titles of the page.
  static func markRepeatedMetadata(_ units: inout [Unit], _ statistics: inout PageStatistics) {
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
    // The shape of each line under a heading, found once.
    let shapes = units.indices.map { index in
      index > 0 && units[index - 1].isHeading ? shape(units[index]) : nil
    }
    let underTitles = statistics.decided(\.metadataShapes) { tally(shapes.compactMap { $0 }) }
    for index in units.indices.dropFirst() where units[index - 1].isHeading {
      guard let shape = shapes[index], underTitles[shape, default: 0] >= 3 else { continue }
      units[index].reclassify(.metadata, by: "repeated-metadata")
    }
  }

  /// A short first line right above furniture (the date line, the issue number) is the
  /// paper's name, whatever it ends with (…日报, …电讯, …周刊).
  static func markMasthead(_ units: inout [Unit]) {
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

  /// How many times each value occurs.
  static func tally<Value: Hashable>(_ values: [Value]) -> [Value: Int] {
    var counts: [Value: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    return counts
  }
}
