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

/// Finds a query in a page's text, with width and (smart) case folding.
///
/// For repeated queries on one page (incremental search), build a `SearchIndex` once and ask it.
public enum PageSearch {
  /// Every match of `query` in `page`, in reading order; empty for an empty or blank query.
  public static func matches(of query: String, in page: Page) -> [PageMatch] {
    SearchIndex(page: page).matches(of: query).matches
  }

  /// The number of matches per article index; articles without matches are absent.
  public static func matchCounts(_ matches: [PageMatch]) -> [Int: Int] {
    var counts: [Int: Int] = [:]
    for match in matches { counts[match.article, default: 0] += 1 }
    return counts
  }
}
