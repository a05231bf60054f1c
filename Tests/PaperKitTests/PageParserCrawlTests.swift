import Testing

@testable import PaperKit

/// A made-up crawled page (`probe-crawl.txt`) showing the shapes of news-site crawls: metadata
/// under titles, navigation, an author under the metadata, a subhead inside a signed article,
/// a dateline alone on its line, a glued `（下转6版）`, a long title, source credits glued and on
/// their own line, a `供图` caption, traditional characters, and a continuation (`上接A01版`).
@Suite struct PageParserCrawlTests {
  let page: Page

  init() throws {
    page = try PageLoader.page(from: try Fixtures.bytes("probe-crawl.txt"), source: "probe")
  }

  @Test func articlesAndTitles() {
    #expect(
      page.articles.map(\.title) == [
        "河畔新城启动老旧小区改造", "", "要全力组织抢险救援、伤员救治、群众安置 扎实做好防灾救灾各项工作", "东湖樱花进入盛花期", "",
        "河畔新城老旧小区改造",
      ])
    #expect(page.furniture == ["下一篇>>", "返回主页"])
  }

  @Test func metadataAndAuthorUnderTheTitle() {
    let first = page.articles[0]
    #expect(first.metadata == ["（ 2026-06-03 ） 稿件来源：河畔日报 要闻"])
    #expect(first.byline?.authors == ["王明远"])
    #expect(
      first.blocks.map(\.kind) == [.paragraph, .paragraph, .subheading, .paragraph, .paragraph])
    #expect(page.articles[2].metadata.count == 2)
  }

  @Test func bareDatelineOpensTheNextTextsArticle() {
    let wire = page.articles[1]
    #expect(wire.byline?.agency == "新华社")
    #expect(wire.byline?.place == "河畔")
    #expect(wire.continuedTo == "6")
    #expect(wire.continues)
    #expect(wire.blocks.last == Block(.note, "（下转6版）"))
  }

  @Test func sourceCreditsEndTheirArticles() {
    let relief = page.articles[2]
    #expect(relief.sourceCredit == "据央视新闻")
    #expect(relief.blocks.map(\.text) == ["连日来，各地持续开展防汛救灾工作，确保群众生命财产安全。"])
    #expect(!relief.continues)
    let blossom = page.articles[3]
    #expect(blossom.sourceCredit == "据新华社")
    #expect(blossom.blocks.last == Block(.caption, "东湖管理处 供图"))
  }

  @Test func traditionalBylineReadsTheSame() {
    let byline = page.articles[4].byline
    #expect(byline?.agency == "本報")
    #expect(byline?.reporters == ["陳明"])
    #expect(byline?.correspondents == ["林立"])
  }

  @Test func continuationSaysWhereItComesFrom() {
    #expect(page.articles[5].continuedFrom == "A01")
  }
}
