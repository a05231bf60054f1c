import Testing

@testable import PaperKit

/// Small pages, one shape each, for the readings the probe pages asked for: site controls,
/// page headers, briefs, continuations, trailers, summaries and subheads set close to the text.
@Suite struct PageParserShapeTests {
  func page(_ lines: [String]) -> Page {
    PageParser.parse(lines.joined(separator: "\n") + "\n", source: "test")
  }

  func kind(of text: String, in lines: [String]) -> String? {
    PageParser.explain(lines.joined(separator: "\n")).first { $0.text == text }?.kind
  }

  @Test(arguments: [
    "首页 | 要闻 | 宏观 | 金融 | 公司", "当前位置：首页 > 数字报 > 第A03版", "分享到：微信 微博 QQ空间",
    "【字号：大 中 小】 【打印】 【关闭】", "上一篇：光伏玻璃价格连续三周下跌", "版权声明：凡注明来源的作品，版权均属本社所有。",
  ])
  func siteControlsAreFurniture(line: String) {
    #expect(kind(of: line, in: ["标题", line, "　　正文。"]) == "furniture")
  }

  @Test func pageHeaderAndSloganAboveTheMasthead() {
    let header = page(["8", "视觉", "2026年6月12日 星期五", "", "龙舟下水", "", "本报记者 谢晓岚", "", "正文。"])
    #expect(header.furniture.prefix(2) == ["8", "视觉"])
    #expect(header.banner == nil)
    let front = page([
      "坚定信心 真抓实干 奋力谱写新篇章", "", "江川日报", "JIANGCHUAN DAILY", "2026年6月12日 星期五", "第28514期 今日8版", "",
      "省委常委会召开会议", "", "本报讯（记者张三）会议召开。",
    ])
    #expect(front.banner == "坚定信心 真抓实干 奋力谱写新篇章")
    #expect(front.furniture.contains("江川日报"))
    #expect(front.furniture.contains("第28514期 今日8版"))
    #expect(front.articles.map(\.title) == ["省委常委会召开会议"])
  }

  @Test func bulletedBriefsUnderAColumnName() {
    let briefs = page([
      "简 讯", "", "■近日，县市场监管局开展专项检查。（通讯员 吴迪）", "", "■6月7日，县图书馆阅读活动启动。（记者 潘宇）",
    ])
    #expect(briefs.sections.map(\.name) == ["简 讯"])
    #expect(briefs.articles.map(\.title) == ["", ""])
    #expect(briefs.articles[1].byline?.reporters == ["潘宇"])
    #expect(briefs.articles[1].byline?.text == "（记者 潘宇）")
    #expect(briefs.articles[0].blocks == [Block(.paragraph, "■近日，县市场监管局开展专项检查。")])
  }

  @Test func trailersGluedAfterTheLastSentence() {
    let items = page([
      "女排横扫荷兰队", "在香港站比赛中，中国女排以3比0取胜。（据新华社）", "", "火炬传递路线公布", "火炬将途经全省14个市州。（记者 田甜）",
    ])
    #expect(items.articles.map(\.title) == ["女排横扫荷兰队", "火炬传递路线公布"])
    #expect(items.articles[0].sourceCredit == "（据新华社）")
    #expect(items.articles[1].byline?.reporters == ["田甜"])
    #expect(items.articles.allSatisfy { !$0.continues })
  }

  @Test func gluedContinuationMarkerOpensAContinuation() {
    let inside = page([
      "正文的一段话。", "", "（上接第一版）主体责任，推动各项措施落地。", "", "开放通道越拓越宽", "", "（上接第一版）外贸企业来说，时间就是订单。",
    ])
    #expect(inside.articles.map(\.title) == ["", "", "开放通道越拓越宽"])
    #expect(inside.articles[1].continuedFrom == "一")
    #expect(inside.articles[2].continuedFrom == "一")
    #expect(inside.articles[2].blocks.first == Block(.note, "（上接第一版）"))
  }

  @Test func titlesUnderALinkListAreNotArticles() {
    let related = page([
      "储能龙头加码海外产能", "发布时间：2026-06-12 06:30 来源：华夏商报 作者：本报记者 钱文博", "　　本报讯（记者 钱文博）公司发布公告。",
      "相关阅读：", "川能科技拟定增募资", "储能行业迎来出海潮",
    ])
    #expect(related.articles.map(\.title) == ["储能龙头加码海外产能"])
    #expect(related.articles[0].byline?.reporters == ["钱文博"])
    #expect(related.articles[0].metadata.count == 1)
  }

  @Test func authorFieldOfMetadataSignsTheArticle() {
    let signed = page(["基层减负要减“形”", "2026-06-12 07:30:12 来源：新华网 作者：新华社记者 许晴", "　　正文的一段话。"])
    #expect(signed.articles[0].byline?.authors == ["许晴"])
  }

  @Test func spacerSetsASummaryApartOnlyAboveText() {
    let summary = page([
      "后来怎样居上", "", "打破惯性思维，以思想破冰引领发展突围。", "　　", "　　正文第一段。", "", "　　正文第二段。", "", "　　正文第三段。", "",
      "　　正文第四段。",
    ])
    #expect(
      summary.articles[0].blocks.map(\.kind) == [
        .lead, .paragraph, .paragraph, .paragraph, .paragraph,
      ])
    let ending = page(["标题", "　　正文第一段。", "　　正文第二段。", "　　", "另一个标题", "　　另一篇的正文。"])
    #expect(ending.articles[0].blocks.map(\.kind) == [.paragraph, .paragraph])
  }

  /// On an indented page whose titles stand apart from the text above, a heading set as close
  /// to the text as its paragraphs are is a subhead.
  @Test func headingSetCloseToTheTextIsASubhead() {
    let crawl = page([
      "公屋輪候時間微降", "　　本報訊（記者 鄭嘉欣）房屋署昨日公布數字。", "議員促加快過渡性房屋", "　　不過，有議員指出問題。", "　　多名議員促請當局加快進度。", " ",
      "九龍城舊區重建", "　　本報訊（記者 梁詠詩）市區重建局昨日宣布。", " ", "長者醫療券擴至大灣區",
      "　　本報訊（記者 周子朗）醫務衞生局表示。",
    ])
    #expect(crawl.articles.map(\.title) == ["公屋輪候時間微降", "九龍城舊區重建", "長者醫療券擴至大灣區"])
    #expect(
      crawl.articles[0].blocks.map(\.kind) == [.paragraph, .subheading, .paragraph, .paragraph])
  }
}
