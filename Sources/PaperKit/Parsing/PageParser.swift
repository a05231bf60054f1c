/// Reads a page's decoded text into the model, using general evidence — bylines, punctuation,
/// line shape, indentation, blank-line gaps — never one paper's exact strings.
public enum PageParser {
  /// Parses decoded page text (LF line endings, no control characters) into a page.
  public static func parse(_ text: String, source: String, encoding: String = "UTF-8") -> Page {
    let lines = SourceLine.lines(of: text)
    let shape = PageShape(lines: lines)
    var assembler = PageAssembler(units: Unit.classify(lines, shape: shape), shape: shape)
    let (banner, sections, furniture) = assembler.assemble()
    var page = Page(source: source, encoding: encoding, banner: banner, sections: sections)
    page.furniture = furniture
    return page
  }
}
