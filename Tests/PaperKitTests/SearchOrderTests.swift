import Testing

@testable import PaperKit

@Suite struct SearchOrderTests {
  typealias S = SearchTestSupport

  /// Matches of 月: article 0 title at 1, article 0 block 0 at 0 and 3, article 2 byline at 2.
  static let page = S.page([
    Article(title: "六月", blocks: [Block(.paragraph, "月初到月底")]),
    Article(title: "无"),
    Article(title: "七", byline: Byline(text: "七八月")),
  ])

  @Test func matchesComeInReadingOrder() {
    let matches = SearchIndex(page: Self.page).matches(of: "月")
    #expect(
      matches == [
        PageMatch(article: 0, field: .title, range: 1..<2),
        PageMatch(article: 0, field: .block(0), range: 0..<1),
        PageMatch(article: 0, field: .block(0), range: 3..<4),
        PageMatch(article: 2, field: .byline, range: 2..<3),
      ])
    let keys = matches.map { ($0.article, $0.field, $0.range.lowerBound) }
    #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
  }

  @Test func aQueryNotOnThePageFindsNothing() {
    #expect(SearchIndex(page: Self.page).matches(of: "年").isEmpty)
  }
}
