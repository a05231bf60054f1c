import PaperKit

/// One row of the section list's body.
enum ListRow: Sendable, Equatable {
  /// A named section's heading (index into `Page.sections`).
  case section(Int)
  /// A quiet rule for a section without a name on a page that names its others.
  case rule(Int)
  /// An article (index into the page's articles).
  case article(Int)
  /// The line shown for a page without articles.
  case empty

  /// True for the rows that head a section.
  var isHeading: Bool {
    switch self {
    case .section, .rule: true
    case .article, .empty: false
    }
  }
}

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
  /// The cells of the widest title.
  let widestTitle: Int
  /// The cells of the widest section heading (number and name).
  let widestHeading: Int

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
    // A page that names no section gets no headings; one that names some gets a rule for
    // each unnamed one after the first row.
    let named = page.sections.contains { !($0.name ?? "").isEmpty }
    var rows: [ListRow] = []
    var rowOf: [Int] = []
    for (s, section) in page.sections.enumerated() {
      if !(section.name ?? "").isEmpty {
        rows.append(.section(s))
      } else if named && !rows.isEmpty {
        rows.append(.rule(s))
      }
      for a in starts[s]..<(starts[s] + section.articles.count) {
        rowOf.append(rows.count)
        rows.append(.article(a))
      }
    }
    if articles.isEmpty { rows.append(.empty) }
    self.rows = rows
    rowOfArticle = rowOf
    widestTitle = articles.reduce(0) { max($0, CellText.width($1.title)) }
    widestHeading = page.sections.reduce(0) { max($0, CellText.width($1.name ?? "") + 3) }
  }

  /// The first article of section `s`, or nil when that section has none.
  func firstArticle(ofSection s: Int) -> Int? {
    guard sectionStarts.indices.contains(s) else { return nil }
    let end = s + 1 < sectionStarts.count ? sectionStarts[s + 1] : articles.count
    return sectionStarts[s] < end ? sectionStarts[s] : nil
  }
}
