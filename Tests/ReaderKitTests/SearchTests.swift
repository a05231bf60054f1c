import PaperKit
import Testing

@testable import ReaderKit

/// The status line's right end, e.g. `1/3  100%`.
func statusRight(_ s: Screen) -> String {
  String(
    text(s).last?.split(separator: " ", omittingEmptySubsequences: true).suffix(2).joined(
      separator: "  ") ?? "")
}

@Suite struct SearchTests {
  let slash = Key.character("/")

  @Test func thePromptOpensOnTheBottomLineWithTheCursorAfterTheText() {
    let open = screen([slash], size: wide)
    #expect(text(open).last == "/")
    #expect(open.cursor == ScreenPosition(row: 23, column: 1))
    #expect(open[23, 0].style == .prompt)
    let typed = screen([slash] + typing("获得"), size: narrow)
    #expect(text(typed).last == "/获得" + String(repeating: " ", count: 32) + "1/3")
    #expect(typed.cursor == ScreenPosition(row: 11, column: 5))
    #expect(screen([.enter, slash], size: wide).cursor == ScreenPosition(row: 23, column: 1))
    // No prompt, no cursor.
    #expect(screen([], size: wide).cursor == nil)
    #expect(screen([slash, .escape], size: wide).cursor == nil)
  }

  @Test func typingInTheListMovesTheSelectionAndShowsCountsPerArticle() {
    let s = screen([slash] + typing("获"), size: narrow)
    assertScreen(
      s,
      [
        " 推进全国文明城市国家卫生城市创建 全面加…",
        "1 “双争”进行时",
        "   沧县：观摩学先进 加压促提升       3 ¶",
        "2 新闻速递",
        "   沧州经济开发区：公园绿地… [1]     4 ¶",
        "   运河区：微课堂 传播“好声音”       2 ¶",
        "   新华区：“税管家”入企“问诊… [1]    2 ¶",
        "  ────────────────────────────────────",
        "   身边烦难事 变成暖心事 [1]         9 ¶",
        "   共建共治“金点子”结出“金果子”      1 ¶",
        "",
        "/获                                  1/3",
      ])
    #expect(styled(s, .selected).first?.hasPrefix("4:") == true)
    #expect(styled(s, .match) == ["6: [1]", "8: [1]"])
    // From a later selection, the first match at or after it.
    let later = reader(typing("jjj") + [slash] + typing("获得感"), size: narrow)
    #expect(later.list.selection == 3)
    #expect(later.search?.current == 1)
  }

  @Test func theWholeFlowFromTypingToWrappingAndBack() throws {
    var state = ReaderState(pages: [TestPages.seed])
    func press(_ keys: [Key]) -> Screen {
      for key in keys { _ = state.handle(key, size: narrow) }
      return state.render(size: narrow)
    }
    let list = state.render(size: narrow)
    var s = press([slash] + typing("获得感") + [.enter])
    #expect(state.focus.pane == .article && state.viewport.article == 1)
    #expect(statusRight(s).hasPrefix("1/3  "))
    let marked = try #require(styled(s, .currentMatch).first)
    #expect(marked.hasSuffix(":获得感"))
    let markedRow = try #require(Int(marked.split(separator: ":")[0]))
    #expect(text(s)[markedRow].contains("获得感"))
    #expect(markedRow >= 1 && markedRow <= 9, "the match is off the top and bottom edges")
    #expect(s.cursor == nil)

    s = press(typing("n"))
    #expect(state.viewport.article == 3)
    #expect(statusRight(s).hasPrefix("2/3  "))
    #expect(styled(s, .currentMatch).count == 1)
    #expect(styled(s, .currentMatch).first?.hasSuffix(":获得感") == true)

    s = press(typing("n"))
    #expect(state.viewport.article == 4)
    #expect(statusRight(s).hasPrefix("3/3  "))
    let row = try #require(
      styled(s, .currentMatch).first.flatMap { Int($0.split(separator: ":")[0]) })
    #expect(row >= 1 && row <= 9, "the match is off the top and bottom edges")

    s = press(typing("n"))
    #expect(state.viewport.article == 1)
    #expect(statusRight(s).hasPrefix("1/3  "))
    #expect(text(s).last?.hasPrefix(" 2/6  wrapped to first match") == true)

    s = press(typing("N"))
    #expect(state.viewport.article == 4)
    #expect(text(s).last?.hasPrefix(" 5/6  wrapped to last match") == true)
    #expect(statusRight(s).hasPrefix("3/3"))

    s = press(typing("N"))
    #expect(state.viewport.article == 3)
    #expect(statusRight(s).hasPrefix("2/3  "))
    #expect(text(s).last?.hasPrefix(" 4/6  新闻速递") == true)

    // Back to the list: the counts stay; q there still quits.
    s = press(typing("q"))
    #expect(text(s)[6].hasSuffix("[1]    2 ¶"))
    #expect(list != s)
  }

  @Test func escapeRestoresTheViewAndTheSearchFromBefore() {
    let base: [Key] = [.character("3"), .enter, .character("}"), .character("j")]
    let before = screen(base, size: narrow)
    let typed = reader(base + [slash] + typing("获得感"), size: narrow)
    #expect(typed.render(size: narrow) != before)
    #expect(screen(base + [slash] + typing("获得感") + [.escape], size: narrow) == before)
    #expect(screen(base + [slash] + typing("获得感") + [.control("g")], size: narrow) == before)
    // An earlier search comes back too.
    let searched = base + [slash] + typing("社区") + [.enter]
    let kept = screen(searched, size: narrow)
    #expect(screen(searched + [slash] + typing("获得") + [.escape], size: narrow) == kept)
    // Backspace on an empty prompt cancels, as in less.
    #expect(screen(base + [slash, .backspace], size: narrow) == before)
  }

  @Test func typingInAnArticleSearchesFromItsTopLine() {
    let state = reader([.character("3"), .enter, slash] + typing("获得感"), size: narrow)
    #expect(state.viewport.article == 4)
    #expect(state.search?.current == 2)
    let top = reader([.enter, slash] + typing("获得感"), size: narrow)
    #expect(top.viewport.article == 1)
    #expect(top.focus.pane == .article)
  }

  @Test func everyVisibleMatchIsHighlightedAndTheCurrentOneDistinctly() {
    let s = screen([.character("3"), .enter, slash] + typing("社区") + [.enter], size: wide)
    let current = styled(s, .currentMatch)
    #expect(current.count == 1 && current[0].hasSuffix(":社区"))
    let shown = text(s).dropLast().joined().components(separatedBy: "社区").count - 1
    let cells = (styled(s, .match) + current).reduce(0) { $0 + $1.split(separator: ":")[1].count }
    #expect(shown >= 3)
    #expect(cells == 2 * shown)
  }

  @Test func aMatchSplitByALineBreakIsHighlightedOnBothLines() throws {
    let lines = ArticleLayout.lines(for: TestPages.park, width: 41)
    // The last two characters of a paragraph line and the first two of the next line.
    let i = try #require(
      lines.indices.first { i in
        i + 1 < lines.count && lines[i].source != nil
          && lines[i].source?.field == lines[i + 1].source?.field
          && lines[i].style == .paragraph
      })
    let query = String(lines[i].text.suffix(2)) + String(lines[i + 1].text.prefix(2))
    let s = screen([.down, slash] + typing(query) + [.enter], size: narrow)
    let marks = styled(s, .currentMatch)
    #expect(marks.count == 2, "\(query): \(marks)")
    #expect(marks.first?.hasSuffix(String(lines[i].text.suffix(2))) == true)
    #expect(marks.last?.hasSuffix(String(lines[i + 1].text.prefix(2))) == true)
  }

  @Test func notFoundShowsTheQuery() {
    let typed = screen([slash] + typing("火星"), size: narrow)
    #expect(text(typed).last == "/火星" + String(repeating: " ", count: 26) + "not found")
    let confirmed = screen([slash] + typing("火星") + [.enter], size: narrow)
    #expect(text(confirmed).last == " 1/6  not found: 火星")
    #expect(styled(confirmed, .error) == ["11:not found: 火星"])
    let again = screen([slash] + typing("火星") + [.enter, .character("n")], size: narrow)
    #expect(text(again).last == " 1/6  not found: 火星")
    #expect(text(screen(typing("n"), size: narrow)).last == " 1/6  no search yet: / to search")
  }

  @Test func editingKeysInThePrompt() {
    func prompt(_ keys: [Key]) -> (String, Int?) {
      let s = screen([slash] + keys, size: wide)
      return (text(s).last.map { String($0.prefix { $0 != " " }) } ?? "", s.cursor?.column)
    }
    #expect(prompt(typing("获得感")) == ("/获得感", 7))
    #expect(prompt(typing("获得感") + [.backspace]) == ("/获得", 5))
    #expect(prompt(typing("获得感") + [.control("h")]) == ("/获得", 5))
    #expect(prompt(typing("获得感") + [.left, .left, .backspace]) == ("/得感", 1))
    #expect(prompt(typing("获得感") + [.left, .left]) == ("/获得感", 3))
    #expect(prompt(typing("获得感") + [.home, .delete]) == ("/得感", 1))
    #expect(prompt(typing("获得感") + [.control("a"), .right, .control("d")]) == ("/获感", 3))
    #expect(prompt(typing("获得感") + [.home, .control("e"), .left]) == ("/获得感", 5))
    #expect(prompt(typing("获得感") + [.control("u")]) == ("/", 1))
    #expect(prompt(typing("得感") + [.home] + typing("获")) == ("/获得感", 3))
    #expect(prompt(typing("6月a") + [.left, .left]) == ("/6月a", 2))
    // Keys that mean something elsewhere are text here.
    #expect(prompt(typing("qjG?n/")) == ("/qjG?n/", 7))
    // Unknown keys and control characters do not reach the query.
    #expect(prompt([.unknown, .function(3), .character("\u{7}"), .tab] + typing("a")) == ("/a", 2))
  }

  @Test func upAndDownRecallEarlierQueries() {
    let twice: [Key] = [slash] + typing("获得感") + [.enter, slash] + typing("社区") + [.enter, slash]
    func line(_ keys: [Key]) -> String {
      String(text(screen(twice + keys, size: wide)).last?.prefix { $0 != " " } ?? "")
    }
    #expect(line([.up]) == "/社区")
    #expect(line([.up, .up]) == "/获得感")
    #expect(line([.up, .up, .up]) == "/获得感")
    #expect(line([.up, .up, .down]) == "/社区")
    #expect(line(typing("新") + [.up, .down]) == "/新")
    #expect(screen(twice + [.up], size: wide).cursor?.column == 5)
    // Enter on an empty prompt repeats the last search.
    let repeated = reader(twice + [.enter], size: wide)
    #expect(repeated.search?.query == "社区")
    #expect(repeated.focus.prompt == nil)
  }

  @Test func aLongQueryScrollsInsideThePromptAndKeepsTheCursorOnScreen() {
    let small = ScreenSize(width: 20, height: 6)
    let query = typing("沧州经济开发区公园绿地开放共享工作")
    let s = screen([slash] + query, size: small)
    #expect(s.cursor == ScreenPosition(row: 5, column: 19))
    #expect(text(s).last == "/园绿地开放共享工作")
    assertWellFormed(s)
    let home = screen([slash] + query + [.home], size: small)
    #expect(home.cursor == ScreenPosition(row: 5, column: 1))
    #expect(text(home).last?.hasPrefix("/沧州经济") == true)
  }

  @Test func enterOnAnArticleWithMatchesOpensItAtItsFirstMatch() {
    let keys: [Key] = [slash] + typing("祁洁") + [.enter, .character("q"), .character("G")]
    let list = screen(keys, size: wide)
    #expect(text(list)[9].contains("[1]"))
    let opened = reader(keys + [.enter], size: wide)
    #expect(opened.viewport.article == 5)
    let s = opened.render(size: wide)
    #expect(statusRight(s).hasPrefix("6/6  "))
    #expect(styled(s, .currentMatch).first?.hasSuffix(":祁洁") == true)
  }

  @Test func searchStaysOnThePageAndAPressRepeatsItAcrossAllPages() {
    let pages = [TestPages.seed, TestPages.second]
    let keys: [Key] = [slash] + typing("获得感") + [.enter]
    #expect(reader(keys, size: wide, pages: pages).search?.hits.count == 3)
    // Another page: the same query, run there.
    let next = reader(keys + [.character(">")], size: wide, pages: pages)
    #expect(next.pageNumber == 1 && next.search?.hits.count == 1)
    #expect(text(next.render(size: wide)).last?.hasSuffix("1 match") == true)
    // a: all pages.
    var all = reader(keys + [.character("a")], size: wide, pages: pages)
    #expect(all.search?.hits.count == 4)
    #expect(text(all.render(size: wide)).last?.contains("1/4 all pages") == true)
    for _ in 0..<3 { _ = all.handle(.character("n"), size: wide) }
    #expect(all.pageNumber == 1 && all.viewport.article == 0 && all.focus.pane == .article)
    #expect(text(all.render(size: wide))[0].contains("１２月"))
    _ = all.handle(.character("n"), size: wide)
    #expect(all.pageNumber == 0 && all.viewport.article == 1)
    _ = all.handle(.character("N"), size: wide)
    #expect(all.pageNumber == 1)
  }

  @Test func afterAllPagesAnotherPageShowsTheCountUntilNPicksAMatchThere() {
    let pages = [TestPages.seed, TestPages.second]
    var state = reader(
      [slash] + typing("获得感") + [.enter, .character("a")], size: wide, pages: pages)
    #expect(text(state.render(size: wide)).last?.contains("1/4 all pages") == true)
    _ = state.handle(.character(">"), size: wide)
    #expect(state.pageNumber == 1 && state.focus.pane == .list)
    let s = state.render(size: wide)
    #expect(text(s).last?.hasSuffix("4 matches all pages") == true)
    #expect(styled(s, .currentMatch).isEmpty)
    // n goes to the first match on the page shown, the 4th of all.
    _ = state.handle(.character("n"), size: wide)
    #expect(state.pageNumber == 1 && state.focus.pane == .article)
    #expect(text(state.render(size: wide)).last?.contains("4/4 all pages") == true)
    // < and n: back to the first page's first match, without wrapping.
    _ = state.handle(.character("<"), size: wide)
    _ = state.handle(.character("n"), size: wide)
    #expect(state.pageNumber == 0)
    let back = state.render(size: wide)
    #expect(text(back).last?.contains("1/4 all pages") == true)
    #expect(text(back).last?.contains("wrapped") == false)
  }

  @Test func resizingKeepsTheCurrentMatchHighlighted() {
    var state = reader(
      [slash] + typing("获得感") + [.enter, .character("n"), .character("n")], size: wide)
    for size in [narrow, ScreenSize(width: 20, height: 6), wide] {
      _ = state.handle(.resize, size: size)
      let s = state.render(size: size)
      #expect(!styled(s, .currentMatch).isEmpty, "\(size)")
      assertWellFormed(s)
    }
  }

  @Test func matchesInTitlesAreHighlightedInTheList() {
    let s = screen([slash] + typing("区：") + [.enter, .character("q")], size: wide)
    // Selected rows show the selection; the others show their title matches.
    #expect(styled(s, .match).filter { $0.hasPrefix("5:区：") || $0.hasPrefix("6:区：") }.count == 2)
    let cut = screen(
      [slash] + typing("共享") + [.enter, .character("q"), .character("j")], size: narrow)
    // 沧州经济开发区：公园绿地开放共享 is cut before 共享 at 41 columns: nothing to mark there.
    #expect(text(cut)[4].hasPrefix(" ✓ 沧州经济开发区：公园绿地… [5]"))
    #expect(styled(cut, .match).filter { $0.hasPrefix("4:") } == ["4: [5]"])
    #expect(styled(cut, .currentMatch).isEmpty)
  }
}
