/// Renders pages as the indented tree that `dubao --outline` prints.
public enum OutlineFormatter {
  /// The outline of `pages`: banner, sections, and each article's title, byline names and
  /// paragraph count.
  public static func outline(of pages: [Page]) -> String {
    var lines: [String] = []
    for (index, page) in pages.enumerated() {
      if pages.count > 1 {
        if index > 0 { lines.append("") }
        lines.append("== \(page.source) (page \(index + 1) of \(pages.count))")
      }
      if let banner = page.banner { lines.append("【\(banner)】") }
      for section in page.sections {
        lines.append(section.name ?? "(unnamed section)")
        for article in section.articles {
          lines.append("  " + heading(of: article))
          if let byline = article.byline {
            let names = byline.names.isEmpty ? byline.text : byline.names.joined(separator: " ")
            lines.append("    " + names)
          }
          var counts =
            "\(article.paragraphCount) paragraph\(article.paragraphCount == 1 ? "" : "s")"
          if article.continues { counts += ", continues on another page" }
          lines.append("    " + counts)
        }
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  private static func heading(of article: Article) -> String {
    var parts: [String] = []
    if let kicker = article.kicker { parts.append(kicker) }
    parts.append(article.title.isEmpty ? "(untitled)" : article.title)
    if let subtitle = article.subtitle { parts.append(subtitle) }
    return parts.joined(separator: " / ")
  }
}
