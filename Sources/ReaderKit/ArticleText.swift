import PaperKit

/// An article as plain text for the clipboard, a file or a pipe: its headings and byline, then
/// each block as one line, blank lines between; what the reader adds (where it continues) too.
enum ArticleText {
  /// The plain text of `article`, ending in a newline.
  static func plain(_ article: Article, _ language: Language) -> String {
    var parts: [String] = []
    if let from = article.continuedFrom { parts.append(language.text(.continuedFrom, from)) }
    var heading: [String] = []
    if let kicker = article.kicker { heading.append(kicker) }
    if !article.title.isEmpty { heading.append(article.title) }
    if let subtitle = article.subtitle { heading.append(subtitle) }
    if let byline = article.byline { heading.append(byline.text) }
    if !heading.isEmpty { parts.append(heading.joined(separator: "\n")) }
    parts += article.blocks.map(\.text)
    if let label = ItemKind(article).label(language) { parts.append(label) }
    if article.continues || article.continuedTo != nil {
      parts.append(
        article.continuedTo.map { language.text(.continuedTo, $0) }
          ?? language.text(.continuedUnknown))
    }
    // Each piece is made displayable on its own: the newlines between them are ours.
    return parts.map { piece in
      piece.split(separator: "\n", omittingEmptySubsequences: false)
        .map { CellWidth.displayable(String($0)) }.joined(separator: "\n")
    }.joined(separator: "\n\n") + "\n"
  }
}
