/// Finds a query in a page's text, with width and (smart) case folding.
///
/// For repeated queries on one page (incremental search), build a `SearchIndex` once and ask it.
public enum PageSearch {
  /// Every match of `query` in `page`, in reading order; empty for an empty or blank query.
  public static func matches(of query: String, in page: Page) -> [PageMatch] {
    SearchIndex(page: page).matches(of: query)
  }
}
