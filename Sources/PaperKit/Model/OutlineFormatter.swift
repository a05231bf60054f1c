/// Renders pages as the indented tree that `dubao --outline` prints.
public enum OutlineFormatter {
  /// The outline of `pages`: banner, sections, and each article's title, byline names and
  /// paragraph count.
  public static func outline(of pages: [Page], language: Language = .english) -> String {
    var lines: [String] = []
    for (index, page) in pages.enumerated() {
      if pages.count > 1 {
        if index > 0 { lines.append("") }
        lines.append(
          language.text(
            .outlinePageHeader, page.source, String(index + 1), String(pages.count)))
      }
      if let banner = page.banner { lines.append("【\(banner)】") }
      for section in page.sections {
        lines.append(section.name ?? language.text(.unnamedSection))
        for article in section.articles {
          lines.append("  " + heading(of: article, language))
          if let byline = article.byline {
            let names = byline.names.isEmpty ? byline.text : byline.names.joined(separator: " ")
            lines.append("    " + names)
          }
          let count = article.paragraphCount
          var counts =
            count == 1
            ? language.text(.paragraphCountOne)
            : language.text(.paragraphCountMany, String(count))
          if article.continues { counts += language.text(.continuesElsewhere) }
          lines.append("    " + counts)
        }
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  private static func heading(of article: Article, _ language: Language) -> String {
    var parts: [String] = []
    if let kicker = article.kicker { parts.append(kicker) }
    parts.append(article.title.isEmpty ? language.text(.untitled) : article.title)
    if let subtitle = article.subtitle { parts.append(subtitle) }
    return parts.joined(separator: " / ")
  }
}
