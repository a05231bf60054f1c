/// A place in a page's text in reading order: an article, a field of it, a scalar offset in that
/// field. The reader passes where it is to find the next or previous match from there.
public struct SearchPosition: Sendable, Hashable, Comparable {
  /// Index of the article in `Page.articles`.
  public var article: Int
  /// The field of that article.
  public var field: ArticleField
  /// A `unicodeScalars` offset into the field's text.
  public var offset: Int

  /// Creates a position.
  public init(article: Int, field: ArticleField, offset: Int = 0) {
    self.article = article
    self.field = field
    self.offset = offset
  }

  /// A position given by the field's index in `Article.fields` of the page's article `article`;
  /// nil when the page has no such article or field.
  public init?(article: Int, fieldIndex: Int, offset: Int = 0, in page: Page) {
    let articles = page.articles
    guard articles.indices.contains(article) else { return nil }
    let fields = articles[article].fields
    guard fields.indices.contains(fieldIndex) else { return nil }
    self.init(article: article, field: fields[fieldIndex], offset: offset)
  }

  /// The position where `match` starts.
  public init(startOf match: PageMatch) {
    self.init(article: match.article, field: match.field, offset: match.range.lowerBound)
  }

  /// The start of an article (before its first field).
  public static func start(ofArticle article: Int) -> SearchPosition {
    SearchPosition(article: article, field: .kicker, offset: 0)
  }

  /// Reading order: by article, then field as `Article.fields` orders them, then offset.
  public static func < (lhs: SearchPosition, rhs: SearchPosition) -> Bool {
    if lhs.article != rhs.article { return lhs.article < rhs.article }
    if lhs.field != rhs.field { return lhs.field < rhs.field }
    return lhs.offset < rhs.offset
  }
}
