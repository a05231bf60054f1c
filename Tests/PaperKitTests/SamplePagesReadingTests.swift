import Testing

@testable import PaperKit

/// The two real sample pages of other papers read right (their article lists come from the
/// samples' README).
@Suite struct SamplePagesReadingTests {
  func page(_ name: String) throws -> Page {
    let decoded = try PageDecoder.decode(try Fixtures.bytes(name))
    return PageParser.parse(decoded.text, source: name)
  }

  @Test func peoplesDailySportsPage() throws {
    let page = try page("rmrb-2019-10-15-p13.txt")
    let headings = page.articles.map { [$0.kicker, $0.title, $0.subtitle].compactMap { $0 } }
    #expect(
      headings == [
        ["68岁的铁人三项爱好者唐康林", "我尝到了运动的甜头（我运动 我快乐）"],
        ["改变，从细节开始（体坛观澜）"],
        ["德国乒乓球公开赛", "樊振东男单夺冠"],
        ["体操世锦赛，中国队收获3银2铜", "备战奥运会，还要加把劲"],
        ["国际冬季运动（北京）博览会将举行"],
        ["全国大学生皮划艇锦标赛落幕"],
        ["中国国际跳绳公开赛开赛"],
      ])
    let first = page.articles[0]
    #expect(first.blocks.first == Block(.note, "核心阅读"))
    #expect(first.blocks[1].kind == .lead)
    #expect(
      first.blocks.filter { $0.kind == .subheading }.map(\.text) == [
        "53岁，开始练习长跑", "64岁，练起铁人三项", "68岁，带动他人运动",
      ])
    let winter = page.articles[4].byline
    #expect(winter?.text == "本报北京10月14日电 （记者贺勇）")
    #expect(winter?.place == "北京")
    #expect(winter?.date == "10月14日")
    #expect(winter?.reporters == ["贺勇"])
    let agencyReport = page.articles[2].byline
    #expect(agencyReport?.agency == "新华社")
    #expect(agencyReport?.place == "柏林")
    #expect(page.articles[2].blocks.first?.text.hasPrefix("13日，在不来梅") == true)
  }

  @Test func hainanDailyProvincialPage() throws {
    let page = try page("hndaily-2026-07-23-p03.txt")
    #expect(
      page.articles.map(\.title) == [
        "我省技能人才总量突破100万",
        "2026年下半年全省征兵工作会议召开",
        "初步建成以国家公园为主体的自然保护地体系",
        "我省部署“八一”期间拥军优属拥政爱民工作",
        "推进林草种质资源保护利用合作",
        "三亚榴莲集中上市",
        "“理润琼州 声动自贸”2026年省级主题示范巡回宣讲走进白沙",
        "海垦昌农胡椒项目加快推进",
        "伴孩子健康成长 让守岛军民安心",
      ])
    #expect(page.banner == nil)
    let first = page.articles[0].byline
    #expect(first?.place == "海口")
    #expect(first?.date == "7月22日")
    #expect(first?.reporters == ["易宗平"])
    #expect(page.articles[2].byline?.interns == ["吴俊"])
    let durian = page.articles[5]
    #expect(durian.byline?.text == "文/海南日报全媒体记者 刘杰 图/海南日报全媒体记者 王程龙")
    #expect(durian.byline?.reporters == ["刘杰"])
    #expect(durian.byline?.photographers == ["王程龙"])
    #expect(durian.paragraphCount == 2)
    let island = page.articles[8]
    #expect(island.byline?.text == "海南日报全媒体记者 李梦楠")
    #expect(island.byline?.place == "永兴岛")
    #expect(island.blocks.last == Block(.note, "（本报永兴岛7月22日电）"))
    #expect(!island.continues)
  }
}
