import Testing

@testable import PaperKit

@Suite struct SearchNavigationTests {
  typealias S = SearchTestSupport

  /// Matches of 月: article 0 title at 1, article 0 block 0 at 0 and 3, article 2 byline at 2.
  static let page = S.page([
    Article(title: "六月", blocks: [Block(.paragraph, "月初到月底")]),
    Article(title: "无"),
    Article(title: "七", byline: Byline(text: "七八月")),
  ])
  static let results = SearchIndex(page: page).matches(of: "月")

  @Test func resultsAreInReadingOrder() {
    #expect(
      Self.results.matches == [
        PageMatch(article: 0, field: .title, range: 1..<2),
        PageMatch(article: 0, field: .block(0), range: 0..<1),
        PageMatch(article: 0, field: .block(0), range: 3..<4),
        PageMatch(article: 2, field: .byline, range: 2..<3),
      ])
    #expect(Self.results.count == 4)
    #expect(Self.results.query == "月")
  }

  @Test func firstAtOrAfterAPosition() throws {
    let atMatch = try #require(
      Self.results.first(atOrAfter: SearchPosition(article: 0, field: .block(0), offset: 3)))
    #expect(atMatch.index == 2 && !atMatch.wrapped)
    let between = try #require(Self.results.first(atOrAfter: .start(ofArticle: 1)))
    #expect(between.index == 3 && !between.wrapped)
    #expect(between.match.field == .byline)
    let fromTop = try #require(Self.results.first(atOrAfter: .start(ofArticle: 0)))
    #expect(fromTop.index == 0 && !fromTop.wrapped)
  }

  @Test func firstAtOrAfterTheLastMatchWraps() throws {
    let past = SearchPosition(article: 2, field: .byline, offset: 3)
    let step = try #require(Self.results.first(atOrAfter: past))
    #expect(step.index == 0 && step.wrapped)
  }

  @Test func nextAndPreviousFromAPosition() throws {
    let here = SearchPosition(article: 0, field: .block(0), offset: 0)
    let next = try #require(Self.results.next(after: here))
    #expect(next.index == 2 && !next.wrapped)
    let previous = try #require(Self.results.previous(before: here))
    #expect(previous.index == 0 && !previous.wrapped)
    let wrappedBack = try #require(Self.results.previous(before: .start(ofArticle: 0)))
    #expect(wrappedBack.index == 3 && wrappedBack.wrapped)
    let last = SearchPosition(startOf: Self.results.matches[3])
    let wrappedForward = try #require(Self.results.next(after: last))
    #expect(wrappedForward.index == 0 && wrappedForward.wrapped)
  }

  @Test func nextStepsThroughAllMatchesAndWraps() throws {
    var index = 0
    var seen: [Int] = []
    var wraps: [Bool] = []
    for _ in 0..<5 {
      let step = try #require(Self.results.next(after: index))
      seen.append(step.index)
      wraps.append(step.wrapped)
      index = step.index
    }
    #expect(seen == [1, 2, 3, 0, 1])
    #expect(wraps == [false, false, false, true, false])
  }

  @Test func previousStepsBackAndWraps() throws {
    let back = try #require(Self.results.previous(before: 0))
    #expect(back.index == 3 && back.wrapped)
    #expect(back.match == Self.results.matches[3])
    let again = try #require(Self.results.previous(before: 3))
    #expect(again.index == 2 && !again.wrapped)
  }

  @Test func noMatchesGiveNoSteps() {
    let none = SearchIndex(page: Self.page).matches(of: "年")
    #expect(none.isEmpty)
    #expect(none.first(atOrAfter: .start(ofArticle: 0)) == nil)
    #expect(none.next(after: 0) == nil)
    #expect(none.previous(before: 0) == nil)
    #expect(none.countsByArticle.isEmpty)
  }

  @Test func matchesPerArticleAndField() {
    #expect(Self.results.matches(inArticle: 0).count == 3)
    #expect(Self.results.matches(inArticle: 1).isEmpty)
    #expect(Self.results.matches(inArticle: 2).map(\.field) == [.byline])
    #expect(Self.results.matches(inArticle: 0, field: .block(0)).map(\.range) == [0..<1, 3..<4])
    #expect(Self.results.matches(inArticle: 7).isEmpty)
  }

  @Test func positionsFollowTheFieldsReadingOrder() throws {
    let fields: [ArticleField] = [.kicker, .title, .subtitle, .byline, .block(0), .block(1)]
    let positions = fields.map { SearchPosition(article: 0, field: $0) }
    #expect(positions == positions.sorted())
    #expect(
      SearchPosition(article: 0, field: .block(9), offset: 50)
        < SearchPosition(article: 1, field: .kicker))
    #expect(
      SearchPosition(article: 0, field: .title, offset: 1)
        > SearchPosition(article: 0, field: .title))
  }

  @Test func positionFromAFieldIndex() throws {
    let article = Article(
      kicker: "引", title: "题", byline: Byline(text: "文"), blocks: [Block(.paragraph, "段")])
    let page = S.page([article])
    let position = try #require(SearchPosition(article: 0, fieldIndex: 3, offset: 2, in: page))
    #expect(position == SearchPosition(article: 0, field: .block(0), offset: 2))
    #expect(SearchPosition(article: 0, fieldIndex: 2, in: page)?.field == .byline)
    #expect(SearchPosition(article: 0, fieldIndex: 4, in: page) == nil)
    #expect(SearchPosition(article: 1, fieldIndex: 0, in: page) == nil)
  }
}
