import Testing

@testable import PaperKit

/// Pages in styles the first fixtures did not have — a commentary page, features with a deck
/// under a column name — and the byline forms a probe of new styles found misread.
@Suite struct PageParserProbeTests {
  func page(_ name: String) throws -> Page {
    PageParser.parse(try Fixtures.text(name), source: name)
  }

  @Test func commentaryPageWithUnnamedAndBareAuthorLines() throws {
    let page = try page("probe-commentary.txt")
    #expect(
      page.articles.map(\.title) == [
        "以实干担当书写高质量发展新篇章", "“加梯”更要“加心”", "别让“打卡”变了味", "乡村振兴需要更多“新农人”", "“随手拍”",
      ])
    #expect(page.articles[0].byline?.text == "本报评论员")
    #expect(page.articles[2].byline?.authors == ["王宁"])
    #expect(page.articles[3].byline?.authors == ["张海燕"])
    // Author and affiliation trailers are notes of the article they close, not sections.
    #expect(page.articles[1].blocks.last == Block(.note, "（李文）"))
    #expect(page.articles[2].blocks.last == Block(.note, "（作者单位：市社会科学院）"))
    #expect(page.sections.compactMap(\.name).allSatisfy { !$0.hasPrefix("（") })
  }

  @Test func featuresWithKickerDeckAndTitleUnderColumnNames() throws {
    let page = try page("probe-deck.txt")
    #expect(page.banner == nil)
    #expect(page.sections.map(\.name) == ["乡村振兴看变化", "科技小院"])
    let first = page.articles[0]
    #expect(first.kicker == "小山村里的“共富工坊”")
    #expect(first.title == "家门口的“饭碗”端得稳")
    #expect(first.blocks.first?.kind == .lead)
    #expect(first.byline?.reporters == ["孙丽娜", "赵阳"])
    #expect(first.byline?.correspondents == ["李建国"])
    #expect(first.paragraphCount == 7)
    #expect(
      first.blocks.filter { $0.kind == .caption }.map(\.text) == [
        "本报记者 赵阳 摄", "工坊内，村民正在组装电子元件。",
      ])
    let second = page.articles[1]
    #expect(second.kicker == "把课堂搬到田间地头")
    #expect(second.title == "研究生住进村 农民学上新技术")
    #expect(second.byline?.interns == ["郑一凡"])
    #expect(second.continues)
  }

  @Test func bylineWithASpaceAndNoPeopleStillOpensTheArticle() {
    let page = PageParser.parse(
      "标题甲\n\n本报讯 近日，全市开展消防安全检查。\n\n第二段。\n\n标题乙\n\n本报讯 (记者 何 燕) 近日，全市开展检查。",
      source: "space")
    #expect(page.articles.map(\.title) == ["标题甲", "标题乙"])
    #expect(page.articles[0].byline?.text == "本报讯")
    #expect(page.articles[0].blocks.first?.text == "近日，全市开展消防安全检查。")
    #expect(page.articles[1].byline?.reporters == ["何燕"])
  }

  @Test func photoCreditsAndPhotographersAreNotReportersBylines() {
    #expect(BylineParser.ownLine("（本报记者 林涛 摄）") == nil)
    #expect(BylineParser.ownLine("本报摄影记者 王建")?.photographers == ["王建"])
    let fullWidth = BylineParser.inline("新华社北京１０月２０日电（记者张三）车展开幕。")
    #expect(fullWidth?.byline.place == "北京")
    #expect(fullWidth?.byline.date == "１０月２０日")
  }

  @Test func aColumnNameIsNeverTakenWhenOnlyADashSubtitleWouldBeLeft() {
    let page = PageParser.parse(
      "稻花香里说丰年\n\n——来自秋粮主产区的报道\n\n新华社记者 于文静\n\n金秋时节，田野一片繁忙。", source: "dash")
    #expect(page.sections.map(\.name) == [nil])
    #expect(page.articles[0].title == "稻花香里说丰年")
    #expect(page.articles[0].subtitle == "——来自秋粮主产区的报道")
  }

  @Test func frontPageFurnitureBannerAndTeasers() throws {
    let page = try page("probe-frontpage.txt")
    #expect(
      page.furniture == [
        "沧海日报", "CANGHAI DAILY", "2026年10月21日 星期三 农历丙午年九月十一 今日8版",
        "总第15236期 国内统一连续出版物号 CN13-0035 邮发代号17-25", "新闻热线：0317-2155110",
        "本版责编：李明 编辑：张华 美编：王丽 校对：赵强",
      ])
    #expect(page.banner == "推进全国文明城市创建 全面建设沿海经济强市")
    #expect(
      page.articles.map(\.title) == [
        "全市秋冬季大气污染综合治理攻坚行动启动", "市领导调研重点项目建设", "我市新增3条公交线路", "金秋消费季启动 发放消费券2000万元",
        "运河两岸夜景提升工程完工",
      ])
    #expect(page.articles.allSatisfy { $0.kicker == nil })
    // The article ran on to another page: the teasers after 下转 are items of their own.
    #expect(page.articles[1].blocks.last == Block(.note, "下转第二版"))
    #expect(page.articles[2].blocks == [Block(.note, "（A04）")])
  }

  @Test func furnitureIsKnownByItsLabelsNotByAPapersName() {
    for line in [
      "2026年10月21日 星期三", "国内统一连续出版物号 CN11-0001", "总第8765期", "新闻热线：12345", "责任编辑：王五",
      "THE DAILY", "南方晚报",
    ] {
      #expect(TextEvidence.looksLikeFurniture(line, atPageTop: true), "\(line)")
    }
    for line in ["南方晚报", "体操世锦赛，中国队收获3银2铜", "我省技能人才总量突破100万", "编辑部的故事"] {
      #expect(!TextEvidence.looksLikeFurniture(line, atPageTop: false), "\(line)")
    }
  }

  @Test func wirePageWithBracketedColumnAndATitleAfterTheDateline() throws {
    let page = try page("probe-wire.txt")
    #expect(page.furniture == ["新华每日电讯", "2026年10月21日 星期三"])
    #expect(page.sections.first?.name == "【聚焦秋粮收购】")
    #expect(
      page.articles.map(\.title) == [
        "黑龙江：粮库开秤 售粮当天到账", "江西中晚稻收购超40万吨", "稻花香里说丰年", "让“中国饭碗”端得更牢", "",
      ])
    let wire = page.articles[3]
    #expect(wire.subtitle == "——写在第46个世界粮食日之际")
    #expect(wire.byline?.place == "北京")
    #expect(wire.byline?.reporters == ["于文静"])
    #expect(wire.paragraphCount == 2)
    #expect(page.articles[2].byline?.place == "哈尔滨")
  }
}
