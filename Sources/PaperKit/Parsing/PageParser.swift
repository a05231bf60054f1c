/// Reads a page's decoded text into the model, using general evidence — bylines, punctuation,
/// line shape, indentation, blank-line gaps — never one paper's exact strings.
public enum PageParser {
  /// Parses decoded page text (LF line endings, no control characters) into a page.
  public static func parse(_ text: String, source: String, encoding: String = "UTF-8") -> Page {
    read(text, source: source, encoding: encoding).page
  }

  /// Every non-blank line of the text with what the parser decided it is and why.
  public static func explain(_ text: String) -> [LineExplanation] {
    let (_, units, roles) = read(text, source: "", encoding: "UTF-8")
    return units.indices.map { index in
      let unit = units[index]
      let kind = roles[index].map { "\(unit.kind.name):\($0.rawValue)" } ?? unit.kind.name
      return LineExplanation(
        lineNumber: unit.line.number, kind: kind, rules: unit.rules, text: unit.text)
    }
  }

  /// The names of every rule, in the order they apply: line rules, then neighbour rules.
  public static var ruleNames: [String] {
    LineRule.all.map(\.name) + NeighbourRule.all.map(\.name)
  }

  /// Parses `text` by `statistics` decided beforehand (a test's view of a text read in parts).
  static func parse(_ text: String, statistics: PageStatistics) -> Page {
    read(text, source: "", encoding: "UTF-8", statistics: statistics).page
  }

  private static func read(
    _ text: String, source: String, encoding: String, statistics: PageStatistics = .init()
  ) -> (page: Page, units: [Unit], roles: [Int: HeadingRole]) {
    let lines = SourceLine.lines(of: text)
    var statistics = statistics
    let units = Unit.classify(lines, statistics: &statistics)
    var assembler = PageAssembler(units: units, statistics: &statistics)
    let (banner, sections, furniture) = assembler.assemble()
    var page = Page(source: source, encoding: encoding, banner: banner, sections: sections)
    page.furniture = furniture
    return (page, units, assembler.roles)
  }
}

/// One line of `dubao --explain`: where the line is, what the parser made of it, and which
/// rules decided that.
public struct LineExplanation: Sendable, Equatable {
  /// The line's number in the text, from 1.
  public var lineNumber: Int
  /// The line's kind (`heading`, `body`, `byline`, …), with its role for heading lines
  /// (`heading:title`).
  public var kind: String
  /// The line rule that classified the line, then each neighbour rule that changed it.
  public var rules: [String]
  /// The line as read: indentation removed, inner whitespace folded.
  public var text: String

  /// The explanation as one tab-separated row: number, kind, rules (comma-separated), and
  /// the first `textLength` characters of the text.
  public func row(textLength: Int = 40) -> String {
    let shown = text.count > textLength ? String(text.prefix(textLength)) + "…" : text
    return "\(lineNumber)\t\(kind)\t\(rules.joined(separator: ","))\t\(shown)"
  }
}
