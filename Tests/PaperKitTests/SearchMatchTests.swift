import Testing

@testable import PaperKit

@Suite struct SearchMatchTests {
  typealias S = SearchTestSupport

  /// Two sections, three articles, every kind of field.
  static let page = Page(
    source: "test", encoding: "UTF-8",
    sections: [
      Section(
        name: "要闻",
        articles: [
          Article(
            kicker: "沧州引题", title: "沧州标题", subtitle: "沧州副题",
            byline: Byline(text: "本报讯（记者沧州）"),
            blocks: [Block(.lead, "导语沧州"), Block(.paragraph, "沧州沧州"), Block(.caption, "图说")]),
          Article(title: "无关标题", blocks: [Block(.paragraph, "没有")]),
        ]),
      Section(
        name: nil,
        articles: [Article(title: "又见沧州", blocks: [Block(.subheading, "沧州")])]),
    ])

  @Test func coversEveryFieldInReadingOrder() {
    let matches = PageSearch.matches(of: "沧州", in: Self.page)
    #expect(
      matches == [
        PageMatch(article: 0, field: .kicker, range: 0..<2),
        PageMatch(article: 0, field: .title, range: 0..<2),
        PageMatch(article: 0, field: .subtitle, range: 0..<2),
        PageMatch(article: 0, field: .byline, range: 6..<8),
        PageMatch(article: 0, field: .block(0), range: 2..<4),
        PageMatch(article: 0, field: .block(1), range: 0..<2),
        PageMatch(article: 0, field: .block(1), range: 2..<4),
        PageMatch(article: 2, field: .title, range: 2..<4),
        PageMatch(article: 2, field: .block(0), range: 0..<2),
      ])
    #expect(matches.allSatisfy { S.text(of: $0, in: Self.page) == "沧州" })
  }

  @Test func fieldsCompareInReadingOrder() {
    let article = Self.page.articles[0]
    #expect(
      article.fields == [.kicker, .title, .subtitle, .byline, .block(0), .block(1), .block(2)])
    #expect(article.fields.sorted() == article.fields)
    #expect(ArticleField.byline < .block(0))
    #expect(ArticleField.block(2) < .block(10))
    #expect(!(ArticleField.title < .kicker))
  }

  @Test func indexGivesTheSameMatchesForEveryQuery() {
    let index = SearchIndex(page: Self.page)
    for query in ["沧州", "标题", "图", "记者沧州）", "没"] {
      #expect(index.matches(of: query) == PageSearch.matches(of: query, in: Self.page))
      #expect(!index.matches(of: query).isEmpty)
    }
  }

  @Test func matchesDoNotSpanTwoFields() {
    let page = S.page([Article(title: "河北沧", blocks: [Block(.paragraph, "州市")])])
    #expect(PageSearch.matches(of: "沧州", in: page).isEmpty)
    #expect(PageSearch.matches(of: "沧 州", in: page).isEmpty)
  }

  @Test func matchesAreNonOverlappingLeftToRight() {
    #expect(S.ranges("哈哈哈", in: "哈哈哈哈哈哈哈") == [0..<3, 3..<6])
    #expect(S.ranges("aa", in: "aaaaa") == [0..<2, 2..<4])
    // Case-sensitive matching is not a filter over caseless matches.
    #expect(S.ranges("Aa", in: "aAa") == [1..<3])
  }

  @Test func findsAMatchWhereALongParagraphWouldBreakALine() {
    let before = String(repeating: "新时代文明实践", count: 300)
    let text = before + "获得感" + String(repeating: "群众", count: 500)
    let page = S.page(paragraph: text)
    let matches = PageSearch.matches(of: "践获得", in: page)
    #expect(matches.map(\.range) == [2_099..<2_102])
    #expect(matches.map { S.text(of: $0, in: page) } == ["践获得"])
  }

  @Test func rangesMapBackToTheOriginalCharacters() {
    let text = "２０２６年７月　ＡＰＥＣ会议在  深圳举行"
    #expect(S.hits("2026年7月 apec", in: text) == ["２０２６年７月　ＡＰＥＣ"])
    #expect(S.ranges("apec", in: text) == [8..<12])
    #expect(S.hits("在 深圳", in: text) == ["在  深圳"])
    #expect(S.ranges("深圳", in: text) == [17..<19])
    #expect(S.hits("ＡＰＥＣ会议 在", in: "APEC会议 在") == ["APEC会议 在"])
  }

  @Test func rangesCountScalarsOutsideTheBasicPlane() {
    let text = "𠮷野家 APEC 𠮷"
    #expect(S.ranges("apec", in: text) == [4..<8])
    #expect(S.hits("𠮷野", in: text) == ["𠮷野"])
    #expect(S.ranges("𠮷", in: text) == [0..<1, 9..<10])
    #expect(S.hits("c 𠮷", in: text) == ["C 𠮷"])
    #expect(S.ranges(" 𠮷", in: "a  𠮷b") == [1..<4])
  }

  @Test func trailingWhitespaceRunMapsToItsEnd() {
    #expect(S.ranges("b ", in: "ab   ") == [1..<5])
    #expect(S.ranges("b ", in: "ab \u{3000}\t") == [1..<5])
  }

  @Test func emptyQueryMatchesNothing() {
    #expect(PageSearch.matches(of: "", in: Self.page).isEmpty)
  }

  @Test(arguments: [" ", "   ", "\u{3000}", " \t\u{3000}"])
  func queryOfOnlySpacesMatchesNothing(query: String) {
    #expect(PageSearch.matches(of: query, in: S.page(paragraph: "记者 祁洁　通讯员 韩振兴")).isEmpty)
  }

  @Test func queryLongerThanThePageMatchesNothing() {
    let page = S.page(title: "沧州")
    #expect(PageSearch.matches(of: "沧州沧州", in: page).isEmpty)
    #expect(PageSearch.matches(of: "沧", in: page).count == 1)
    #expect(PageSearch.matches(of: "沧州", in: Page(source: "", encoding: "UTF-8")).isEmpty)
  }

  @Test func queryWithNulMatchesNothing() {
    #expect(S.hits("沧\u{0}", in: "沧\u{0}州").isEmpty)
  }

  @Test func findsThreeHitsOnTheSeedPage() throws {
    let lines = try Fixtures.text("seed.txt").split(separator: "\n").map(String.init)
    let page = S.page([Article(title: "", blocks: lines.map { Block(.paragraph, $0) })])
    let matches = PageSearch.matches(of: "获得感", in: page)
    #expect(matches.count == 3)
    #expect(matches.allSatisfy { S.text(of: $0, in: page) == "获得感" })
    #expect(PageSearch.matches(of: "６月", in: page).map { S.text(of: $0, in: page) } == ["6月"])
  }
}
