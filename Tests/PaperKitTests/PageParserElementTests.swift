import Testing

@testable import PaperKit

/// Each element the parser recognises, on small made-up pages in the different text shapes.
@Suite struct PageParserElementTests {
  func parse(_ lines: [String], separator: String = "\n\n") -> Page {
    PageParser.parse(lines.joined(separator: separator), source: "test")
  }

  @Test func titleIsTheHeadingThatABylineFollows() {
    let page = parse([
      "市民公园今起开放", "本报记者 张伟 李娜", "公园占地十二万平方米，设有步道和广场。", "开放时间为每天六时至二十二时。",
    ])
    let article = page.articles[0]
    #expect(article.title == "市民公园今起开放")
    #expect(article.byline?.reporters == ["张伟", "李娜"])
    #expect(article.paragraphCount == 2)
  }

  @Test func shortHeadingWithoutBylineInsideAnArticleIsASubhead() {
    let page = parse([
      "老街换新颜", "本报讯（记者王芳）近日，老街改造工程完工。", "街面更整洁", "改造后的街面铺上了青石板。",
    ])
    #expect(page.articles.count == 1)
    #expect(page.articles[0].blocks.map(\.kind) == [.paragraph, .subheading, .paragraph])
  }

  @Test func columnNameBeforeATitleOpensASection() {
    let page = parse([
      "民生速览", "菜价平稳", "本报讯（记者赵敏）本周蔬菜价格保持平稳。", "新增公交线路", "本报讯（记者赵敏）三条公交线路本月开通。",
    ])
    #expect(page.sections.map(\.name) == ["民生速览"])
    #expect(page.sections[0].articles.map(\.title) == ["菜价平稳", "新增公交线路"])
  }

  @Test(
    arguments: [
      ("本报讯（记者祁洁 通讯员韩振兴）", "本报", nil, nil, ["祁洁"], ["韩振兴"]),
      ("本报北京10月14日电 （记者贺勇）", "本报", "北京", "10月14日", ["贺勇"], []),
      ("新华社北京7月22日电（记者刘洋 王琦）", "新华社", "北京", "7月22日", ["刘洋", "王琦"], []),
      ("本报海口7月22日讯（海南日报全媒体记者李梦楠 通讯员刘红志）", "本报", "海口", "7月22日", ["李梦楠"], ["刘红志"]),
      ("据新华社柏林10月13日电", "新华社", "柏林", "10月13日", [], []),
    ] as [(String, String, String?, String?, [String], [String])])
  func inlineBylines(
    printed: String, agency: String, place: String?, date: String?, reporters: [String],
    correspondents: [String]
  ) throws {
    let (byline, rest) = try #require(BylineParser.inline(printed + "会议强调，要做好工作。"))
    #expect(byline.text == printed)
    #expect(byline.agency == agency)
    #expect(byline.place == place)
    #expect(byline.date == date)
    #expect(byline.reporters == reporters)
    #expect(byline.correspondents == correspondents)
    #expect(rest == "会议强调，要做好工作。")
  }

  @Test func bracketedBylineAndSentencesThatMentionNewsAreNotBylines() throws {
    #expect(BylineParser.inline("【本报讯】昨日，全市普降大雨。")?.byline.text == "【本报讯】")
    #expect(BylineParser.inline("本报讯员工的故事很多，我们一起来看。") == nil)
    #expect(BylineParser.ownLine("记者走进社区，看到居民正在跳舞。") == nil)
    #expect(BylineParser.ownLine("记者在现场看到") == nil)
  }

  @Test func ownLineBylinesWithRoles() throws {
    let photo = try #require(BylineParser.ownLine("■ 海南日报全媒体记者 李萌 实习生 王小二"))
    #expect(photo.reporters == ["李萌"])
    #expect(photo.interns == ["王小二"])
    let agency = try #require(BylineParser.ownLine("新华社记者 邬焕庆 赵超"))
    #expect(agency.reporters == ["邬焕庆", "赵超"])
    #expect(agency.agency == "新华社")
    let credit = try #require(BylineParser.ownLine("文/本报记者 陈晨 图/本报记者 林立"))
    #expect(credit.reporters == ["陈晨"])
    #expect(credit.photographers == ["林立"])
  }

  @Test func twoBylineLinesInARowAreOneByline() {
    let page = parse(["海岛新学校开学", "本报记者 张伟", "本报通讯员 李娜", "新学校可容纳六百名学生。"])
    #expect(page.articles[0].byline?.reporters == ["张伟"])
    #expect(page.articles[0].byline?.correspondents == ["李娜"])
    #expect(page.articles[0].paragraphCount == 1)
  }

  @Test func datelineAtTheEndFillsThePlace() {
    let page = parse(["守岛人的一天", "本报记者 周明", "清晨五点，哨所已经亮灯。", "（新华社三沙7月22日电）"])
    let article = page.articles[0]
    #expect(article.byline?.place == "三沙")
    #expect(article.byline?.date == "7月22日")
    #expect(article.blocks.last == Block(.note, "（新华社三沙7月22日电）"))
  }

  @Test func captionsByTheirMarkers() {
    for caption in ["市民在公园散步（资料片）", "图为新建成的图书馆。", "杨志礼摄（人民视觉）", "兰州日报社全媒体记者 谭安丽 摄"] {
      let page = parse(["新馆开放", "本报记者 张伟", caption, "新馆藏书十万册。"])
      #expect(page.articles[0].blocks.contains(Block(.caption, caption)), "\(caption)")
    }
  }

  @Test func notes() {
    let page = parse([
      "两会特刊", "本报记者 张伟", "（上接第一版）", "代表们认真审议报告。", "（下转第三版）", "广告", "（A04）",
    ])
    #expect(
      page.articles[0].blocks.filter { $0.kind == .note }.map(\.text) == [
        "（上接第一版）", "（下转第三版）", "广告", "（A04）",
      ])
  }

  @Test func paragraphCutByAColumnBreakIsMendedButNotIntoAHeading() {
    let page = parse([
      "城市更新", "本报记者 张伟", "老旧小区改造惠及居民三千余户，改造内容包括外墙保温、", "管网更新和加装电梯。",
      "新的一年", "本报记者 李娜", "今年计划再改造一批小区，让更多",
      "下一篇文章的标题",
    ])
    #expect(page.articles[0].blocks.map(\.text) == ["老旧小区改造惠及居民三千余户，改造内容包括外墙保温、管网更新和加装电梯。"])
    #expect(!page.articles[0].continues)
    #expect(page.articles[1].continues)
    #expect(page.articles.last?.title == "下一篇文章的标题")
  }

  @Test func indentedWebCrawlShape() {
    let text = [
      "引题在这里", "主标题在这里", "", "\u{3000}\u{3000}本报上海3月2日电 （记者陈晨）第一段正文，介绍了事情的经过。",
      "\u{3000}\u{3000}小标题一", "\u{3000}\u{3000}第二段正文，说明了更多的细节和背景。", "第二篇的标题",
      "\u{3000}\u{3000}第二篇的正文，只有一段。",
    ].joined(separator: "\r\n").replacingOccurrences(of: "\r\n", with: "\n")
    let page = PageParser.parse(text, source: "web")
    #expect(page.articles.map(\.title) == ["主标题在这里", "第二篇的标题"])
    #expect(page.articles[0].kicker == "引题在这里")
    #expect(page.articles[0].byline?.place == "上海")
    #expect(page.articles[0].blocks.map(\.kind) == [.paragraph, .subheading, .paragraph])
  }

  @Test func titleGluedToItsTextOnABlankSeparatedPage() {
    let text = "第一篇标题\n本报讯（记者甲乙）第一篇的正文。\n\n第一篇第二段。\n\n第二篇标题\n第二篇正文没有署名。\n\n第二篇第二段。"
    let page = PageParser.parse(text, source: "glued")
    #expect(page.articles.map(\.title) == ["第一篇标题", "第二篇标题"])
    #expect(page.articles[1].paragraphCount == 2)
  }

  @Test func narrowColumnSpacesBetweenChineseCharactersAreRemoved() {
    let page = parse(["丰收时节", "本报记者 王五", "这 个 时 节 的 忙 碌 都 是 充 满 喜 悦 的。"])
    #expect(page.articles[0].blocks[0].text == "这个时节的忙碌都是充满喜悦的。")
  }

  @Test func narrowColumnLinesAreOneParagraph() {
    let page = parse([
      "丰收时节", "本报记者 王五", "这 个 时", "节的忙碌都", "是充满喜悦", "的 ,农民们", "在田间地头", "忙 着 收 割 。",
    ])
    #expect(page.articles.map(\.title) == ["丰收时节"])
    #expect(page.articles[0].blocks.map(\.text) == ["这个时节的忙碌都是充满喜悦的,农民们在田间地头忙着收割。"])
  }

  @Test func emptyAndDegeneratePages() {
    #expect(PageParser.parse("", source: "empty").articles.isEmpty)
    #expect(PageParser.parse("\n\n  \u{3000}\n", source: "blank").sections.isEmpty)
    let bodyOnly = PageParser.parse("只有一段正文，没有任何标题。", source: "body")
    #expect(bodyOnly.articles.count == 1)
    #expect(bodyOnly.articles[0].title == "")
    let headingsOnly = PageParser.parse("标题一\n\n标题二", source: "headings")
    #expect(!headingsOnly.articles.isEmpty)
  }
}
