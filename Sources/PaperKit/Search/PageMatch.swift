/// One match of a query in a page's model text.
public struct PageMatch: Sendable, Equatable, Hashable {
  /// Index of the article in `Page.articles`.
  public var article: Int
  /// The field of that article holding the match.
  public var field: ArticleField
  /// The matched range as `unicodeScalars` offsets into the field's text.
  public var range: Range<Int>

  /// Creates a match.
  public init(article: Int, field: ArticleField, range: Range<Int>) {
    self.article = article
    self.field = field
    self.range = range
  }
}
