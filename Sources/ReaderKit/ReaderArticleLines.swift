import PaperKit

/// What an item of the page is, when it is not an ordinary story with text.
enum ItemKind: Sendable, Equatable {
  case story
  /// Only captions: a photo.
  case photo
  /// A front-page teaser (导读) pointing to a page.
  case teaser(String)
  /// A title and nothing under it.
  case headlineOnly

  init(_ article: Article) {
    if let page = article.teaserFor {
      self = .teaser(page)
    } else if article.blocks.isEmpty {
      self = .headlineOnly
    } else if article.blocks.allSatisfy({ $0.kind == .caption }) {
      self = .photo
    } else {
      self = .story
    }
  }

  /// How the list and the article view name it; nil for a story.
  func label(_ language: Language) -> String? {
    switch self {
    case .story: nil
    case .photo: language.text(.photoItem)
    case .teaser(let page): language.text(.teaserItem, page)
    case .headlineOnly: language.text(.headlineOnly)
    }
  }
}

/// An article's lines as the reader shows them: the layout, plus lines that say what is
/// missing (where a continuation comes from, where the story goes on, what an item without
/// text is). The added lines have no source, so search and positions skip them.
enum ReaderArticleLines {
  /// The lines of `article` at `width`.
  static func lines(
    for article: Article, width: Int, options: LayoutOptions, language: Language
  ) -> [LaidOutLine] {
    var lines: [LaidOutLine] = []
    func note(_ text: String) {
      for line in CellText.wrap(text, width: width, indent: 0) {
        lines.append(LaidOutLine(text: line, style: .note))
      }
    }
    let blank = LaidOutLine(text: "", style: .blank)
    if let from = article.continuedFrom {
      note(language.text(.continuedFrom, from))
      lines.append(blank)
    }
    lines += ArticleLayout.lines(for: article, width: width, options: options)
    if let label = ItemKind(article).label(language) {
      lines.append(blank)
      note(label)
    }
    if article.continues || article.continuedTo != nil {
      lines.append(blank)
      note(
        article.continuedTo.map { language.text(.continuedTo, $0) }
          ?? language.text(.continuedUnknown))
    }
    return lines
  }
}
