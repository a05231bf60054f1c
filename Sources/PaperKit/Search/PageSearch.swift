// STUB — to be replaced by the search work (issue 5). Interface is fixed; see docs/architecture.md.

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
public enum PageSearch {
  /// Every match of `query` in `page`, in reading order; empty for an empty or blank query.
  public static func matches(of query: String, in page: Page) -> [PageMatch] {
    let needle = Array(query.unicodeScalars)
    guard !needle.isEmpty, !query.allSatisfy(\.isWhitespace) else { return [] }
    var result: [PageMatch] = []
    for (a, article) in page.articles.enumerated() {
      for field in article.fields {
        let hay = Array((article.text(of: field) ?? "").unicodeScalars)
        var i = 0
        while i + needle.count <= hay.count {
          if Array(hay[i..<(i + needle.count)]) == needle {
            result.append(.init(article: a, field: field, range: i..<(i + needle.count)))
            i += needle.count
          } else {
            i += 1
          }
        }
      }
    }
    return result
  }
}
