@testable import PaperKit

/// Small pages and helpers shared by the search tests.
enum SearchTestSupport {
  /// A page with one article whose only field is a title holding `text`.
  static func page(title text: String) -> Page {
    page([Article(title: text)])
  }

  /// A page with one article whose title is empty and whose one paragraph is `text`.
  static func page(paragraph text: String) -> Page {
    page([Article(title: "", blocks: [Block(.paragraph, text)])])
  }

  /// A page holding `articles` in one unnamed section.
  static func page(_ articles: [Article]) -> Page {
    Page(source: "test", encoding: "UTF-8", sections: [Section(name: nil, articles: articles)])
  }

  /// The original text a match covers.
  static func text(of match: PageMatch, in page: Page) -> String {
    let field = page.articles[match.article].text(of: match.field) ?? ""
    let scalars = Array(field.unicodeScalars)[match.range]
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// The original texts of every match of `query` in a one-paragraph page of `text`.
  static func hits(_ query: String, in text: String) -> [String] {
    let page = page(paragraph: text)
    return PageSearch.matches(of: query, in: page).map { self.text(of: $0, in: page) }
  }

  /// The scalar ranges of every match of `query` in a one-paragraph page of `text`.
  static func ranges(_ query: String, in text: String) -> [Range<Int>] {
    PageSearch.matches(of: query, in: page(paragraph: text)).map(\.range)
  }
}
