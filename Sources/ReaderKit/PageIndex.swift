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
  private(set) var articles: [Article] = []
  /// For each section, the index in `articles` of its first article.
  private(set) var sectionStarts: [Int] = []
  /// For each article, the index of its section.
  private(set) var sectionOfArticle: [Int] = []
  /// The rows of the page's section list.
  private(set) var rows: [ListRow] = []
  /// For each article, its row in `rows`.
  private(set) var rowOfArticle: [Int] = []
  /// The cells of the widest title.
  private(set) var widestTitle = 0
  /// The cells of the widest section heading (number and name).
  private(set) var widestHeading = 0
  /// The page names a section: its unnamed sections after the first row get a rule.
  private var namesSections = false

  init(_ page: Page) {
    namesSections = Self.namesSections(page)
    add(page.sections[...], from: 0)
  }

  /// The index of `page`, which is the page this index was made for with articles added
  /// at its end (a page read in parts): only the new rows are made.
  mutating func update(to page: Page) {
    guard Self.namesSections(page) == namesSections, page.sections.count >= sectionStarts.count
    else {
      self = PageIndex(page)
      return
    }
    if rows == [.empty] { rows = [] }
    // The last section may have grown; the sections after it are new.
    let last = sectionStarts.count - 1
    if last >= 0 {
      let known = articles.count - sectionStarts[last]
      add(articles: page.sections[last].articles.dropFirst(known), section: last)
    }
    add(page.sections[(last + 1)...], from: last + 1)
  }

  /// A page that names no section gets no headings; one that names some gets a rule for
  /// each unnamed one after the first row.
  private static func namesSections(_ page: Page) -> Bool {
    page.sections.contains { !($0.name ?? "").isEmpty }
  }

  /// Adds `sections` (section `first` on) with their heading rows and articles.
  private mutating func add(_ sections: ArraySlice<Section>, from first: Int) {
    for (s, section) in zip(first..., sections) {
      sectionStarts.append(articles.count)
      if !(section.name ?? "").isEmpty {
        rows.append(.section(s))
      } else if namesSections && !rows.isEmpty {
        rows.append(.rule(s))
      }
      widestHeading = max(widestHeading, CellText.width(section.name ?? "") + 3)
      add(articles: section.articles[...], section: s)
    }
    if articles.isEmpty { rows.append(.empty) }
  }

  /// Adds the rows of `new`, articles of section `s`.
  private mutating func add(articles new: ArraySlice<Article>, section s: Int) {
    for article in new {
      rowOfArticle.append(rows.count)
      rows.append(.article(articles.count))
      sectionOfArticle.append(s)
      articles.append(article)
      widestTitle = max(widestTitle, CellText.width(article.title))
    }
  }

  /// The first article of section `s`, or nil when that section has none.
  func firstArticle(ofSection s: Int) -> Int? {
    guard sectionStarts.indices.contains(s) else { return nil }
    let end = s + 1 < sectionStarts.count ? sectionStarts[s + 1] : articles.count
    return sectionStarts[s] < end ? sectionStarts[s] : nil
  }
}
