// STUB — to be replaced by the layout work (issue 3). Interface is fixed; see docs/architecture.md.

/// Renders pages as plain text laid out for a width: what `dubao --dump` prints.
public enum PlainTextDump {
  /// Every article of `pages`, laid out at `width`, with section names; no escape codes.
  public static func text(of pages: [Page], width: Int, options: LayoutOptions = .init()) -> String
  {
    var out = ""
    for page in pages {
      for article in page.articles {
        for line in ArticleLayout.lines(for: article, width: width, options: options) {
          out += line.text + "\n"
        }
        out += "\n"
      }
    }
    return out
  }
}
