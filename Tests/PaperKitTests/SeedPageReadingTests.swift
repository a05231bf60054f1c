import Testing

@testable import PaperKit

/// The seed page's expected reading, as the page-model issue specifies it.
@Suite struct SeedPageReadingTests {
  let page = PageParser.parse(SamplePage.text, source: "seed")

  func article(_ title: String) throws -> Article {
    try #require(page.articles.first { $0.title == title }, "no article titled \(title)")
  }

  @Test func bannerAndSections() {
    #expect(page.banner == "推进全国文明城市国家卫生城市创建 全面加快沿海经济强市建设步伐")
    #expect(page.sections.map(\.name) == ["“双争”进行时", "新闻速递", nil])
    #expect(
      page.sections.map { $0.articles.map(\.title) } == [
        ["沧县：观摩学先进 加压促提升"],
        ["沧州经济开发区：公园绿地开放共享", "运河区：微课堂 传播“好声音”", "新华区：“税管家”入企“问诊把脉”"],
        ["身边烦难事 变成暖心事", "共建共治“金点子”结出“金果子”", "“四个全民”活动一线掠影"],
      ])
  }

  @Test(arguments: [
    ("沧县：观摩学先进 加压促提升", "韩振兴", 4),
    ("沧州经济开发区：公园绿地开放共享", "刘明宇", 4),
    ("运河区：微课堂 传播“好声音”", "史飞飞", 3),
    ("新华区：“税管家”入企“问诊把脉”", "张军", 3),
  ])
  func newsBriefs(title: String, correspondent: String, paragraphs: Int) throws {
    let brief = try article(title)
    let byline = try #require(brief.byline)
    #expect(byline.text == "本报讯（记者祁洁 通讯员\(correspondent)）")
    #expect(byline.reporters == ["祁洁"])
    #expect(byline.correspondents == [correspondent])
    #expect(byline.agency == "本报")
    #expect(brief.paragraphCount == paragraphs)
    #expect(brief.blocks.allSatisfy { $0.kind == .paragraph })
    #expect(brief.blocks.first?.text.hasPrefix("本报讯") == false)
    #expect(!brief.continues)
  }

  @Test func featureWithOwnLineByline() throws {
    let feature = try article("身边烦难事 变成暖心事")
    #expect(feature.byline?.text == "本报记者 祁洁 本报通讯员 崔志远")
    #expect(feature.byline?.reporters == ["祁洁"])
    #expect(feature.byline?.correspondents == ["崔志远"])
    #expect(feature.blocks.filter { $0.kind == .caption }.map(\.text) == ["社区工作人员入户走访（资料片）"])
    #expect(
      feature.blocks.filter { $0.kind == .subheading }.map(\.text) == [
        "居民抢着当管理员", "“一社一品”打开“幸福门”", "“笨法”巧解烦难事",
      ])
    #expect(feature.paragraphCount == 18)
    #expect(feature.kicker == nil)
    #expect(!feature.continues)
  }

  @Test func featureWithKickerLeadAndPhotoReport() throws {
    let feature = try article("共建共治“金点子”结出“金果子”")
    #expect(feature.kicker == "创文明城市 建美好家园")
    let lead = try #require(feature.blocks.first)
    #expect(lead.kind == .lead)
    #expect(lead.text.hasPrefix("小区有啥难题"))
    #expect(feature.byline?.text == "本报记者 祁洁 本报通讯员 郭丽芹 柴晓宁 摄影报道")
    #expect(feature.byline?.reporters == ["祁洁"])
    #expect(feature.byline?.correspondents == ["郭丽芹", "柴晓宁"])
    #expect(
      feature.blocks.filter { $0.kind == .subheading }.map(\.text) == [
        "“聆听屋”内听民声", "“小菜单”解决大难题", "好人好事树新风",
      ])
    #expect(feature.blocks.filter { $0.kind == .caption }.map(\.text) == ["“聆听屋”内商量大事小情"])
    #expect(feature.paragraphCount == 13)
    #expect(feature.continues)
  }

  @Test func headingAtThePageEndIsAnArticleOfItsOwn() throws {
    let last = try #require(page.articles.last)
    #expect(last.title == "“四个全民”活动一线掠影")
    #expect(last.blocks.isEmpty)
    #expect(!page.articles.flatMap(\.blocks).contains { $0.text.contains("四个全民") })
  }

  @Test(arguments: [
    "有物业和无物业小区各占一半",
    "社会资源整合平台、社工项目设计平台",
    "要靠居民主动维护",
    "更精准地解决居民的急难愁盼。",
    "的身边事，打通了社区服务居民的“最后一公里”",
  ])
  func mendedParagraphs(fragment: String) {
    let paragraphs = page.articles.flatMap(\.blocks).filter { $0.kind == .paragraph }
    #expect(paragraphs.contains { $0.text.contains(fragment) })
  }

  @Test func captionBetweenHalvesMovesAfterTheMendedParagraph() throws {
    let feature = try article("共建共治“金点子”结出“金果子”")
    let mended = try #require(feature.blocks.firstIndex { $0.text.contains("身边事，打通了") })
    #expect(feature.blocks[mended + 1] == Block(.caption, "“聆听屋”内商量大事小情"))
  }
}
