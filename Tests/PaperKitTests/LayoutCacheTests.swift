import Testing

@testable import PaperKit

@Suite struct LayoutCacheTests {
  let article = Article(title: "标题", blocks: [Block(.paragraph, "今年68岁的唐康林是一名铁人三项爱好者。")])

  @Test func servesTheSameLinesAsTheLayout() {
    let cache = LayoutCache()
    let direct = ArticleLayout.lines(for: article, width: 20)
    #expect(cache.lines(for: article, id: 1, width: 20) == direct)
    #expect(cache.lines(for: article, id: 1, width: 20) == direct)
    #expect(cache.count == 1)
    #expect(
      cache.lines(for: article, id: 1, width: 30) == ArticleLayout.lines(for: article, width: 30))
    let options = LayoutOptions(indentParagraphs: false)
    #expect(
      cache.lines(for: article, id: 1, width: 20, options: options)
        == ArticleLayout.lines(for: article, width: 20, options: options))
    #expect(cache.count == 3)
  }

  @Test func aDifferentArticleUnderTheSameIdIsNotServedStale() {
    let cache = LayoutCache()
    _ = cache.lines(for: article, id: 7, width: 20)
    let other = Article(title: "另一篇")
    #expect(cache.lines(for: other, id: 7, width: 20) == ArticleLayout.lines(for: other, width: 20))
  }

  @Test func startsOverWhenFull() {
    let cache = LayoutCache(capacity: 2)
    for id in 0..<5 { _ = cache.lines(for: article, id: id, width: 20) }
    #expect(cache.count <= 2)
    cache.removeAll()
    #expect(cache.count == 0)
  }

  @Test func isSafeFromManyTasks() async {
    let cache = LayoutCache()
    let article = self.article
    let expected = ArticleLayout.lines(for: article, width: 24)
    let results = await withTaskGroup(of: Bool.self) { group in
      for id in 0..<32 {
        group.addTask { cache.lines(for: article, id: id % 4, width: 24) == expected }
      }
      return await group.reduce(into: [Bool]()) { $0.append($1) }
    }
    #expect(results.count == 32 && results.allSatisfy { $0 })
    #expect(cache.count == 4)
  }
}
