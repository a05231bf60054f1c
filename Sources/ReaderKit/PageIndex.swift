import PaperKit

/// A page's articles flattened once, with where each section starts, so that keys never
/// recompute `Page.articles`.
struct PageIndex: Sendable {
  /// All articles of the page in reading order.
  let articles: [Article]
  /// For each section, the index in `articles` of its first article.
  let sectionStarts: [Int]
  /// For each article, the index of its section.
  let sectionOfArticle: [Int]
  /// The rows of the page's section list.
  let rows: [ListRow]
  /// For each article, its row in `rows`.
  let rowOfArticle: [Int]

  init(_ page: Page) {
    var articles: [Article] = []
    var starts: [Int] = []
    var sectionOf: [Int] = []
    for (s, section) in page.sections.enumerated() {
      starts.append(articles.count)
      articles += section.articles
      sectionOf += Array(repeating: s, count: section.articles.count)
    }
    self.articles = articles
    sectionStarts = starts
    sectionOfArticle = sectionOf
    var rows: [ListRow] = []
    var rowOf: [Int] = []
    for (s, section) in page.sections.enumerated() {
      rows.append(.section(s))
      for a in starts[s]..<(starts[s] + section.articles.count) {
        rowOf.append(rows.count)
        rows.append(.article(a))
      }
    }
    if articles.isEmpty { rows.append(.empty) }
    self.rows = rows
    rowOfArticle = rowOf
  }

  /// The first article of section `s`, or nil when that section has none.
  func firstArticle(ofSection s: Int) -> Int? {
    guard sectionStarts.indices.contains(s) else { return nil }
    let end = s + 1 < sectionStarts.count ? sectionStarts[s + 1] : articles.count
    return sectionStarts[s] < end ? sectionStarts[s] : nil
  }
}
