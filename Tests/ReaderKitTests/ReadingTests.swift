import PaperKit
import Testing

@testable import ReaderKit

/// Hand-made pages with what parser edition 2 fills: furniture, continuations, teasers.
enum FurnishedPages {
  static var front: Page {
    var continued = TestPages.cangxian
    continued.continues = true
    continued.continuedTo = "6"
    var unknown = TestPages.yunhe
    unknown.continues = true
    var teaser = Article(title: "全市开展绿地开放共享")
    teaser.teaserFor = "A05"
    let photo = Article(title: "秋收", blocks: [Block(.caption, "农民在田间收割（记者 摄）")])
    let headline = Article(title: "“四个全民”活动一线掠影")
    var page = Page(
      source: "issue/A01.txt", encoding: "UTF-8",
      sections: [
        Section(name: "要闻", articles: [continued, unknown, teaser, photo, headline])
      ])
    page.furniture = ["沧州日报", "2023年10月14日 星期六", "A01版"]
    return page
  }

  static var sixth: Page {
    var from = TestPages.tax
    from.continuedFrom = "A01"
    var page = Page(
      source: "issue/A06.txt", encoding: "UTF-8",
      sections: [Section(name: nil, articles: [from, TestPages.park])])
    page.furniture = ["第6版"]
    return page
  }
}

/// The reader as a reader uses it: `handle` and `render` only, rows compared.
@Suite struct ReadingTests {
  func run(
    _ keys: [Key], size: ScreenSize = wide, pages: [Page] = [TestPages.seed],
    language: Language = .english
  ) -> (ReaderState, [String]) {
    var state = ReaderState(pages: pages, language: language)
    for key in keys { _ = state.handle(key, size: size) }
    return (state, text(state.render(size: size)))
  }

  @Test func theTopLineNamesThePaperDateAndPage() {
    let (_, rows) = run([], pages: [FurnishedPages.front, FurnishedPages.sixth])
    #expect(rows[0].hasPrefix(" 沧州日报  2023年10月14日 星期六  A01版"))
    #expect(rows[0].hasSuffix("A01版 1/2"))
    let (_, zh) = run(
      [.character(">")], pages: [FurnishedPages.front, FurnishedPages.sixth], language: .chinese)
    #expect(zh[0].hasSuffix("第6版 2/2"))
    let stdin = Page(
      source: "-", encoding: "UTF-8", sections: [Section(name: nil, articles: [TestPages.park])])
    #expect(run([], pages: [stdin]).1[0] == " standard input")
    #expect(run([], pages: [stdin], language: .chinese).1[0] == " 标准输入")
    #expect(run([], pages: [TestPages.second]).1[0] == " p02.txt")
  }

  @Test func theArticleStatusNamesThePageWhenSeveralAreOpen() {
    let pages = [TestPages.seed, TestPages.second]
    #expect(run([.enter], pages: pages).1.last?.hasPrefix(" 1/6  page 1/2  “双争”进行时") == true)
    #expect(
      run([.enter], pages: pages, language: .chinese).1.last?.hasPrefix(" 1/6  第1版 1/2  “双争”进行时")
        == true)
    #expect(run([.enter]).1.last?.hasPrefix(" 1/6  “双争”进行时") == true)
  }

  @Test func missingTextIsSaidInTheListAndTheView() {
    let pages = [FurnishedPages.front]
    let (_, list) = run([], pages: pages, language: .chinese)
    #expect(list[4].hasSuffix("导读 → A05"))
    #expect(list[5].hasSuffix("图片"))
    #expect(list[6].hasSuffix("仅标题"))
    #expect(run([], pages: pages).1[6].hasSuffix("headline only"))
    let continued = run([.enter, .character("G")], pages: pages, language: .chinese).1
    #expect(continued.contains("（未完，转第6版）"))
    let unknown = run([.character("j"), .enter, .character("G")], pages: pages, language: .chinese)
      .1
    #expect(unknown.contains("（未完）"))
    let teaser = run(typing("jj") + [.enter], pages: pages, language: .chinese).1
    #expect(teaser[0] == "全市开展绿地开放共享" && teaser[2] == "导读 → A05")
    let from = run([.enter], pages: [FurnishedPages.sixth]).1
    #expect(from[0] == "(continued from page A01)")
    #expect(from[2] == TestPages.tax.title)
  }

  @Test func spaceReadsOnAcrossArticlesAndPages() {
    let pages = [TestPages.seed, TestPages.second]
    // The first article fits the screen: Space opens the second.
    var (state, _) = run([.enter, .character(" ")], pages: pages)
    #expect(state.viewport.article == 1)
    // The long one takes pages of Space, then goes on to the next article.
    (state, _) = run([.character("3"), .enter], size: narrow, pages: pages)
    var presses = 0
    while state.viewport.article == 4, presses < 50 {
      _ = state.handle(.character(" "), size: narrow)
      presses += 1
    }
    #expect(presses > 3 && state.viewport.article == 5)
    // After the page's last article, Space and ] go on to the next page, saying so.
    let (last, rows) = run(
      [.character("3"), .enter, .character("]"), .character(" ")], pages: pages)
    #expect(last.pageNumber == 1 && last.viewport.article == 0)
    #expect(rows.last?.hasPrefix(" 1/1  on to page 2") == true)
    let back = run([.character(">"), .enter, .character("[")], pages: pages)
    #expect(back.0.pageNumber == 0 && back.0.viewport.article == 5)
    #expect(back.1.last?.hasPrefix(" 6/6  back to page 1") == true)
    let end = run([.character(">"), .enter, .character("]")], pages: pages).1
    #expect(end.last?.hasPrefix(" 1/1  end of the last article") == true)
    #expect(
      run([.enter, .character("[")]).1.last?.hasPrefix(" 1/6  first article of the page") == true)
  }

  @Test func lessKeysScrollTheArticle() {
    let open: [Key] = [.character("3"), .enter]
    let count = run(open, size: narrow).0.laidViewport(narrow)!.lines.count
    func top(_ keys: [Key]) -> Int { run(open + keys, size: narrow).0.viewport.top }
    #expect(top([.control("f")]) == 10)
    #expect(top([.control("f"), .control("b")]) == 0)
    #expect(top([.control("d")]) == 5)
    #expect(top([.control("d"), .control("u")]) == 0)
    #expect(top([.control("e"), .control("e")]) == 2)
    #expect(top([.control("e"), .control("e"), .control("y")]) == 1)
    #expect(top(typing("10j")) == 10)
    #expect(top(typing("10j3k")) == 7)
    #expect(top(typing("5G")) == 4)
    #expect(top(typing("G")) == count - 11)
    #expect(top(typing("2f")) == 20)
  }

  @Test func countsWorkInTheListAndDigitsStillJumpToSections() {
    #expect(run(typing("3j")).0.list.selection == 3)
    #expect(run(typing("5G")).0.list.selection == 4)
    #expect(run(typing("2g")).0.list.selection == 1)
    #expect(run(typing("3")).0.list.selection == 4)  // section 3's first article
    #expect(run(typing("2")).1.last?.hasSuffix("count 2") == true)
    #expect(run(typing("0")).1.last?.hasPrefix(" 1/6  0 does nothing here") == true)
    #expect(run(typing("10j")).0.list.selection == 5)
    // A count is dropped by a key that takes none.
    let dropped = run(typing("2?q")).0
    #expect(dropped.pendingCount == nil && dropped.list.selection == 1)
  }

  @Test func escUAndBackslashClearTheHighlights() {
    let search: [Key] = [.enter, .character("/")] + typing("观摩") + [.enter]
    let (found, _) = run(search)
    #expect(found.search != nil)
    for keys in [[.character("\\")], [.escape, .character("u")]] as [[Key]] {
      let (cleared, rows) = run(search + keys)
      #expect(cleared.search == nil)
      #expect(cleared.focus.pane == .article, "Esc u stays in the article")
      #expect(rows.last?.hasPrefix(" 1/6  highlights cleared") == true)
      #expect(styled(cleared.render(size: wide), .match).isEmpty)
      // n searches for the last query again.
      let (again, _) = run(search + keys + [.character("n")])
      #expect(again.search?.query == "观摩")
    }
    #expect(run(typing("\\")).1.last?.hasPrefix(" 1/6  no highlights to clear") == true)
    // Esc alone still goes back to the list.
    #expect(run([.enter, .escape]).0.focus.pane == .list)
    // Esc that cancels a prompt leaves u its own meaning: half a page up.
    let open: [Key] = typing("3") + [.enter] + typing("dd")
    let (cancelled, _) = run(
      open + search.dropFirst() + [.character("n"), .character("/"), .escape, .character("u")])
    #expect(cancelled.search != nil)
    let (scrolled, _) = run(open + [.character("/"), .escape, .character("u")])
    #expect(scrolled.viewport.top == run(open + typing("u")).0.viewport.top)
  }

  @Test func keysInsideHelpCloseItAndAct() {
    for key in typing("]}[") {
      let (state, rows) = run([.enter, .character("?"), key])
      #expect(state.focus.helpTop == nil, "\(key)")
      #expect(!rows[0].contains("Dubao keys"))
    }
    #expect(run([.enter, .character("?"), .character("]")]).0.viewport.article == 1)
  }

  @Test func readArticlesAreMarkedInTheList() {
    let rows = run([.enter, .character("q"), .character("j")]).1
    #expect(rows[2].hasPrefix(" ✓ 沧县"))
    #expect(rows[4].hasPrefix("   沧州"))
  }

  @Test func yCopiesTheArticleAsPlainText() {
    var state = ReaderState(pages: [TestPages.seed])
    _ = state.handle(.enter, size: wide)
    let command = state.handle(.character("y"), size: wide)
    guard case .copy(let copied) = command else {
      Issue.record("y gave \(command)")
      return
    }
    #expect(copied.hasPrefix("沧县：观摩学先进 加压促提升\n本报讯（记者祁洁 通讯员韩振兴）\n\n为进一步"))
    #expect(copied.hasSuffix("新思路。\n"))
    #expect(!copied.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(text(state.render(size: wide)).last?.hasPrefix(" 1/6  copied ") == true)
    // From the list, the selected article.
    var list = ReaderState(pages: [TestPages.seed])
    _ = list.handle(.character("j"), size: wide)
    guard case .copy(let selected) = list.handle(.character("y"), size: wide) else {
      Issue.record("no copy from the list")
      return
    }
    #expect(selected.hasPrefix(TestPages.park.title))
  }

  @Test func sSavesUnderTheTitleAndAsksBeforeOverwriting() {
    var state = ReaderState(pages: [TestPages.seed])
    _ = state.handle(.enter, size: wide)
    _ = state.handle(.character("s"), size: wide)
    #expect(text(state.render(size: wide)).last == "save as: 沧县：观摩学先进 加压促提升.txt")
    guard case .save(let path, let body, false) = state.handle(.enter, size: wide) else {
      Issue.record("Enter did not save")
      return
    }
    #expect(path == "沧县：观摩学先进 加压促提升.txt" && body.hasPrefix("沧县"))
    state.finishSave(path: path, outcome: .exists)
    #expect(
      text(state.render(size: wide)).last?.hasPrefix("\(path) exists: overwrite? (y/n)") == true)
    var declined = state
    #expect(declined.handle(.character("n"), size: wide) == .continue)
    #expect(text(declined.render(size: wide)).last?.hasPrefix(" 1/6  not saved") == true)
    guard case .save(_, _, true) = state.handle(.character("y"), size: wide) else {
      Issue.record("y did not overwrite")
      return
    }
    state.finishSave(path: path, outcome: .saved)
    #expect(text(state.render(size: wide)).last?.hasPrefix(" 1/6  saved \(path)") == true)
    state.finishSave(path: "/x", outcome: .failed("Permission denied"))
    #expect(
      text(state.render(size: wide)).last?.hasPrefix(" 1/6  cannot save /x: Permission denied")
        == true)
  }

  @Test func pipeSendsTheArticleToACommand() {
    var state = ReaderState(pages: [TestPages.seed])
    for key in [Key.enter, .character("|")] + typing("wc -c") { _ = state.handle(key, size: wide) }
    guard case .pipe("wc -c", let body) = state.handle(.enter, size: wide) else {
      Issue.record("| did not pipe")
      return
    }
    #expect(body.hasPrefix("沧县"))
    state.finishPipe(command: "wc -c", status: 0, error: nil)
    #expect(text(state.render(size: wide)).last?.hasPrefix(" 1/6  wc -c: exit status 0") == true)
    // Esc cancels without running anything.
    var cancelled = ReaderState(pages: [TestPages.seed])
    for key: Key in [.enter, .character("|"), .character("x")] {
      _ = cancelled.handle(key, size: wide)
    }
    #expect(cancelled.handle(.escape, size: wide) == .continue)
    #expect(cancelled.focus.prompt == nil && cancelled.focus.pane == .article)
  }

  @Test func captionsAreMarkedAndStyledApartFromBylines() throws {
    let (state, rows) = run([.character("3"), .enter])
    let caption = try #require(rows.firstIndex { $0.hasPrefix("Photo: 社区工作人员入户走访") })
    let zh = run([.character("3"), .enter], language: .chinese).1
    #expect(zh.contains("图：社区工作人员入户走访（资料片）"))
    let s = state.render(size: wide)
    #expect(s[caption, 0].style == .caption && s[1, 0].style == .byline)
    // A search match in a caption is highlighted where it is drawn, after the mark.
    let (found, _) = run([.character("3"), .enter, .character("/")] + typing("入户") + [.enter])
    let marked = styled(found.render(size: wide), .currentMatch)
    #expect(marked.count == 1 && marked[0].hasSuffix(":入户"))
  }

  @Test func movingKeysThatMoveNothingSaySo() {
    #expect(run(typing("k")).1.last?.hasPrefix(" 1/6  first article") == true)
    #expect(run(typing("Gj")).1.last?.hasPrefix(" 6/6  last article") == true)
    #expect(run([.enter, .character("k")]).1.last?.hasPrefix(" 1/6  top of the article") == true)
    #expect(
      run([.enter, .character("j")]).1.last?.hasPrefix(" 1/6  end of the article: Space reads on")
        == true)
    #expect(run([.control("x")]).1.last?.hasPrefix(" 1/6  Ctrl-X does nothing here") == true)
    #expect(
      run([.control("x")], language: .chinese).1.last?.hasPrefix(" 1/6  Ctrl-X 在这里不起作用") == true)
  }
}
