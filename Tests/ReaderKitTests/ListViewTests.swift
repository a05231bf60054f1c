import PaperKit
import Testing

@testable import ReaderKit

@Suite struct ListViewTests {
  static let startRows80 = [
    " 推进全国文明城市国家卫生城市创建 全面加快沿海经济强市建设步伐",
    "1 “双争”进行时",
    "   沧县：观摩学先进 加压促提升                            祁洁 韩振兴       3 ¶",
    "2 新闻速递",
    "   沧州经济开发区：公园绿地开放共享                       祁洁 刘明宇       4 ¶",
    "   运河区：微课堂 传播“好声音”                            祁洁 史飞飞       2 ¶",
    "   新华区：“税管家”入企“问诊把脉”                         祁洁 张军         2 ¶",
    "  ────────────────────────────────────",
    "   身边烦难事 变成暖心事                                  祁洁 崔志远       9 ¶",
    "   共建共治“金点子”结出“金果子”                           祁洁 郭丽芹 柴…   1 ¶",
  ]

  @Test func startScreenAt80x24ListsSectionsArticlesNamesAndParagraphs() {
    let s = screen([], size: wide)
    assertScreen(
      s,
      Self.startRows80 + Array(repeating: "", count: 13) + [
        " 1/6  Enter open  / search  ? help  q quit"
      ])
    #expect(styled(s, .selected).first?.hasPrefix("2:   沧县") == true)
    #expect(s[1, 0].style == .section)
    #expect(s[0, 5].style == .banner)
    assertWellFormed(s)
  }

  @Test func startScreenAt41x12CutsLongTitlesWithAnEllipsis() {
    let s = screen([], size: narrow)
    assertScreen(
      s,
      [
        " 推进全国文明城市国家卫生城市创建 全面加…",
        "1 “双争”进行时",
        "   沧县：观摩学先进 加压促提升       3 ¶",
        "2 新闻速递",
        "   沧州经济开发区：公园绿地开放…     4 ¶",
        "   运河区：微课堂 传播“好声音”       2 ¶",
        "   新华区：“税管家”入企“问诊把脉”    2 ¶",
        "  ────────────────────────────────────",
        "   身边烦难事 变成暖心事             9 ¶",
        "   共建共治“金点子”结出“金果子”      1 ¶",
        "",
        " 1/6  Enter open  / search  ? help",
      ])
    assertWellFormed(s)
  }

  @Test func severalPagesShowWhichPageAndSwitchWithAngleBrackets() {
    let pages = [TestPages.seed, TestPages.second]
    #expect(text(screen([], size: narrow, pages: pages))[0] == " 推进全国文明城市国家卫生城市…  page 1/2")
    let second = screen([.character(">")], size: wide, pages: pages)
    #expect(text(second)[0] == " p02.txt" + String(repeating: " ", count: 63) + "page 2/2")
    #expect(text(second)[2] == "   ＡＰＥＣ会议１２月举行" + String(repeating: " ", count: 51) + "1 ¶")
    #expect(
      text(screen([.character(">"), .character(">")], size: wide, pages: pages)).last
        == " 1/1  last page")
    #expect(
      text(screen([.character(">"), .character("<")], size: wide, pages: pages))[0]
        .hasSuffix("page 1/2"))
    #expect(text(screen([.character("<")], size: wide, pages: pages)).last == " 1/6  first page")
    #expect(text(screen([.character(">")], size: wide)).last == " 1/6  only one page")
  }

  @Test(arguments: [
    ([Key](), 1), (typing("j"), 2), ([.down], 2), (typing("jjk"), 2), ([.down, .down, .up], 2),
    (typing("jjjjjjjjj"), 6), (typing("k"), 1), (typing("G"), 6), ([.end], 6),
    (typing("Gg"), 1), ([.end, .home], 1), ([.tab], 2), ([.tab, .tab], 5),
    ([.tab, .tab, .tab], 1), ([.backTab], 5), (typing("3"), 5), (typing("2"), 2),
    (typing("jjj1"), 1), ([.pageDown], 6), ([.character(" ")], 6), (typing("f"), 6),
    ([.pageDown, .pageUp], 1), (typing("Gb"), 1),
    ([.mouse(.init(kind: .wheelDown, row: 3, column: 3))], 4),
  ])
  func movingTheSelection(keys: [Key], selected: Int) {
    let s = screen(keys, size: wide)
    #expect(text(s).last?.hasPrefix(" \(selected)/6 ") == true, "\(keys)")
    let rowOfArticle = [2, 4, 5, 6, 8, 9][selected - 1]
    #expect(styled(s, .selected).map { $0.prefix(2) } == ["\(rowOfArticle):"], "\(keys)")
  }

  @Test func aMissingSectionNumberSaysSo() {
    #expect(text(screen(typing("9"), size: narrow)).last == " 1/6  no section 9")
  }

  @Test func smallScreensScrollTheListToKeepTheSelectionAndItsSectionInView() {
    let small = ScreenSize(width: 20, height: 6)
    assertScreen(
      screen(typing("jjjjj"), size: small),
      [
        " 推进全国文明城市国…", "  新华区：“税管家”…", "  ────────────────", "  身边烦难事 变成暖…",
        "  共建共治“金点子”…", " 6/6  Enter open",
      ])
    // Back up: the section heading comes into view with the section's first article.
    let back = screen(typing("jjjjjkkkk"), size: small)
    #expect(text(back)[1] == "2 新闻速递")
    #expect(text(back)[2].hasPrefix("  沧州"))
  }

  @Test(arguments: [Key.enter, .character("l"), .right])
  func openKeysOpenTheSelectedArticle(key: Key) {
    let state = reader([.down, key], size: wide)
    #expect(state.focus.pane == .article)
    #expect(state.viewport.article == 1)
  }

  @Test func clickingAnArticleOpensItAndClickingASectionSelects() {
    let opened = reader([.mouse(.init(kind: .click, row: 5, column: 10))], size: wide)
    #expect(opened.focus.pane == .article)
    #expect(opened.viewport.article == 2)
    let selected = reader([.mouse(.init(kind: .click, row: 7, column: 1))], size: wide)
    #expect(selected.focus.pane == .list)
    #expect(selected.list.selection == 4)
    let outside = reader([.mouse(.init(kind: .click, row: 20, column: 1))], size: wide)
    #expect(outside.focus.pane == .list && outside.list.selection == 0)
  }

  @Test func qQuitsFromTheListAndQQuitsFromAnywhere() {
    var state = ReaderState(pages: [TestPages.seed])
    #expect(state.handle(.character("q"), size: wide) == .quit)
    var reading = reader([.enter], size: wide)
    #expect(reading.handle(.character("Q"), size: wide) == .quit)
    var helping = reader([.character("?")], size: wide)
    #expect(helping.handle(.character("Q"), size: wide) == .quit)
  }

  @Test func emptyPagesAndPagesWithoutArticlesShowASentence() {
    for page in [TestPages.empty, TestPages.hollow] {
      for keys in [[], typing("jkgGl1"), [.enter, .tab, .backTab, .end]] as [[Key]] {
        let s = screen(keys, size: wide, pages: [page])
        #expect(text(s).contains("  (this page has no articles)"))
        #expect(
          text(s).last?.hasPrefix(" Enter open") == true
            || text(s).last?.hasPrefix(" no section") == true)
      }
    }
    #expect(text(screen([], size: wide, pages: [TestPages.hollow]))[1] == "1 广告")
    #expect(text(screen([], size: wide, pages: []))[0] == " (no page)")
  }
}
