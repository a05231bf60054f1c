/// Renders pages as plain text laid out for a width: what `dubao --dump` prints.
///
/// Each page opens with its source over a rule of `-` (when there are several) and its banner (when it has one); each named section with its name over a
/// rule of `=`; articles follow as `ArticleLayout` lays them out, separated by a blank line and
/// a short centred `* * *` rule. Only text and newlines: no escape codes, no trailing spaces,
/// so `dubao --dump page.txt | less` reads well.
public enum PlainTextDump {
  /// Every article of `pages`, laid out at `width`, with section names; no escape codes.
  public static func text(of pages: [Page], width: Int, options: LayoutOptions = .init()) -> String
  {
    let width = max(width, 1)
    var out = ""
    var breaker = LineBreaker()
    func block(_ text: String, underline: Character?) {
      if !out.isEmpty { out += "\n" }
      var broken: [LineBreaker.Line] = []
      breaker.lines(of: text, firstWidth: width, width: width, atSpaces: true, into: &broken)
      for line in broken {
        let shown = String(text.unicodeScalars[scalarRange(text, line.scalars)])
        out += CellWidth.displayable(shown) + "\n"
        if let underline { out += String(repeating: underline, count: line.width) + "\n" }
      }
    }
    for page in pages {
      if pages.count > 1 { block(page.source, underline: "-") }
      if let banner = page.banner, !banner.isEmpty { block(banner, underline: nil) }
      for section in page.sections {
        if let name = section.name, !name.isEmpty { block(name, underline: "=") }
        for (index, article) in section.articles.enumerated() {
          if index > 0 { out += "\n" + separator(width) + "\n" }
          if !out.isEmpty { out += "\n" }
          for line in ArticleLayout.lines(for: article, width: width, options: options) {
            out += line.text + "\n"
          }
        }
      }
      if pages.count > 1 { out += "\n" }
    }
    return out
  }

  /// `* * *`, centred in the width (cut to the width when narrower).
  private static func separator(_ width: Int) -> String {
    let rule = width >= 5 ? "* * *" : width >= 3 ? "* *" : "*"
    let pad = max((width - rule.count) / 2, 0)
    return String(repeating: " ", count: pad) + rule
  }

  /// Scalar offsets as indices into `text.unicodeScalars`.
  private static func scalarRange(_ text: String, _ range: Range<Int>)
    -> Range<String.UnicodeScalarView.Index>
  {
    let scalars = text.unicodeScalars
    let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
    return lower..<scalars.index(lower, offsetBy: range.count)
  }
}

extension PlainTextDump {
  /// Article `number` (1-based, counting through every page in reading order) laid out at
  /// `width` as `text(of:width:options:)` prints it, or nil when there is no such article.
  public static func article(
    _ number: Int, of pages: [Page], width: Int, options: LayoutOptions = .init()
  ) -> String? {
    let articles = pages.flatMap(\.articles)
    guard number >= 1, number <= articles.count else { return nil }
    return ArticleLayout.lines(for: articles[number - 1], width: max(width, 1), options: options)
      .map { $0.text + "\n" }.joined()
  }
}
