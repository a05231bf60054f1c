// Placeholder until the parser lands (issue 2).

/// Reads a page's decoded text into the model.
public enum PageParser {
  /// Parses decoded page text into a page.
  public static func parse(_ text: String, source: String, encoding: String = "UTF-8") -> Page {
    let paragraphs = text.split(separator: "\n").map { Block(.paragraph, String($0)) }
    return Page(
      source: source, encoding: encoding,
      sections: [Section(name: nil, articles: [Article(title: "", blocks: paragraphs)])])
  }
}
