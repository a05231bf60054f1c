import Testing

@testable import PaperKit

/// Paragraphs that a PDF's column breaks cut, in blank-line text: halves that look like
/// headings are mended; headings set apart by the source are not glued on.
@Suite struct PageParserCutTests {
  func articles(_ text: String) -> [Article] {
    PageParser.parse(text, source: "test").articles
  }

  @Test func bylineCutByAColumnBreakIsReadAcrossIt() throws {
    let article = try #require(
      articles("技能人才总量突破100万\n\n本报海口7月22日讯（海南\n\n日报全媒体记者易宗平）7月22日，发布会召开。\n").first)
    #expect(article.title == "技能人才总量突破100万")
    #expect(article.byline?.reporters == ["易宗平"])
    #expect(article.byline?.place == "海口")
    #expect(article.blocks == [Block(.paragraph, "7月22日，发布会召开。")])
  }

  @Test func halfWithAnOpenQuoteIsMended() throws {
    let article = try #require(
      articles("标题\n\n本报讯（记者张三）会议召开。\n\n为推动海南自贸港“人\n\n口红利”转型，省里出台方案。\n").first)
    #expect(article.blocks.map(\.kind) == [.paragraph, .paragraph])
    #expect(article.blocks.last?.text == "为推动海南自贸港“人口红利”转型，省里出台方案。")
  }

  /// Where the page's paragraphs are often cut, a short line with a pause above body is the
  /// first half of one; where they are not, it is a subhead.
  @Test func halfWithAPauseIsMendedOnlyWhereCutsAreCommon() throws {
    let cut = "这是一段被栏目切断的很长很长的正文内容，它没有在这里"
    let cutPage =
      "标题\n\n本报讯（记者张三）会议召开。\n\n\(cut)\n\n结束。\n\n\(cut)\n\n结束。\n\n\(cut)\n\n结束。\n\n"
      + "有人打趣说，南京之所\n\n以胜出，是因为一份礼物。\n"
    let mended = try #require(articles(cutPage).first)
    #expect(mended.blocks.last == Block(.paragraph, "有人打趣说，南京之所以胜出，是因为一份礼物。"))
    let plain = "标题\n\n本报讯（记者张三）会议召开。\n\n思想基石\n\n矢志追求真理，始终把准前进方向\n\n正文的一段话。\n"
    let row = try #require(PageParser.explain(plain).first { $0.text.hasPrefix("矢志") })
    #expect(row.kind.hasPrefix("heading:"))
  }
}
