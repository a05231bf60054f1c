/// The section list's own state: which article is selected and the first body row shown.
struct SectionList: Sendable, Equatable {
  /// The selected article (index into the page's articles).
  var selection = 0
  /// The first row of the list's body shown.
  var top = 0

  /// Selects `target`, clamped to the page's articles, and scrolls it into view.
  mutating func select(_ target: Int, index: PageIndex, height: Int) {
    guard !index.articles.isEmpty else { return }
    selection = min(max(target, 0), index.articles.count - 1)
    reveal(index: index, height: height)
  }

  /// Moves `top` so that the selection (and its section's heading, when it is the section's
  /// first article) is in view, and the list does not end above the bottom row.
  mutating func reveal(index: PageIndex, height: Int) {
    let rows = index.rows
    let height = max(height, 1)
    if index.rowOfArticle.indices.contains(selection) {
      let row = index.rowOfArticle[selection]
      var headed = row
      if row > 0, rows[row - 1].isHeading { headed = row - 1 }
      top = min(top, headed)
      top = max(top, row - height + 1)
    }
    top = min(max(top, 0), max(0, rows.count - height))
  }
}
