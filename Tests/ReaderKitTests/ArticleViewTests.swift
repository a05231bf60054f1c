import PaperKit
import Testing

@testable import ReaderKit

/// The layout options the English reader uses (captions marked).
let readerOptions = LayoutOptions(captionMark: Language.english.text(.captionMark))

/// The rows the article view should show: the layout's lines from `top`, trailing blanks cut.
func articleRows(_ article: Article, size: ScreenSize, top: Int) -> [String] {
  let lines = ArticleLayout.lines(for: article, width: size.width, options: readerOptions)
  return (0..<(size.height - 1)).map { i in
    top + i < lines.count
      ? String(lines[top + i].text.reversed().drop { $0 == " " }.reversed()) : ""
  }
}

/// Lines of `article` at `width`.
func lineCount(_ article: Article, width: Int) -> Int {
  ArticleLayout.lines(for: article, width: width, options: readerOptions).count
}

/// The index of the first laid-out line whose text is `text` (give or take an indent).
func lineIndex(_ article: Article, width: Int, text: String) -> Int? {
  ArticleLayout.lines(for: article, width: width, options: readerOptions).firstIndex {
    trimmed($0.text) == text
  }
}

/// `text` without the blanks and ideographic spaces around it.
func trimmed(_ text: String) -> String {
  text.trimmingCharacters(in: .whitespaces.union(["\u{3000}"]))
}

@Suite struct ArticleViewTests {
  let long = TestPages.neighbourhood

  @Test func openingShowsTheHeaderAndBodyAndAStatusLine() throws {
    let s = screen([.enter], size: wide)
    var expected = articleRows(TestPages.cangxian, size: wide, top: 0)
    expected.append(
      " 1/6  “双争”进行时  / search  ? help  q back" + String(repeating: " ", count: 31) + "100%")
    assertScreen(s, expected)
    #expect(s[0, 0].style == .title)
    #expect(s[1, 0].style == .byline)
    #expect(s[23, 2].style == .status)
    // The hints are drawn as keys, the section name as plain status text.
    let slash = try #require((0..<78).first { s[23, $0].text == "/" && s[23, $0 + 2].text == "s" })
    #expect(s[23, slash].style == .statusKey)
    #expect(s[23, slash - 3].style == .status)
    #expect(s[23, 79].style == .status)
  }

  @Test func blockStylesReachTheScreen() {
    let gold = reader([.character("3"), .enter, .character("]")], size: wide)
    let s = gold.render(size: wide)
    #expect(gold.viewport.article == 5)
    #expect(s[0, 0].style == .kicker)
    #expect(s[1, 0].style == .title)
    let lines = ArticleLayout.lines(for: TestPages.goldIdeas, width: 80)
    for (row, line) in lines.enumerated() where !line.text.isEmpty && row < 23 {
      #expect(s[row, 0].style == ReaderState.cellStyle(line.style), "row \(row)")
    }
    #expect(lines.contains { $0.style == .lead } && lines.contains { $0.style == .subheading })
  }

  @Test(arguments: [
    ([Key](), 0), (typing("j"), 1), ([.down], 1), (typing("jjk"), 1), ([.down, .up], 0),
    (typing("k"), 0), ([.character(" ")], 10), ([.pageDown], 10), (typing("f"), 10),
    ([.pageDown, .character("b")], 0), ([.pageDown, .pageDown, .pageUp], 10), (typing("d"), 5),
    (typing("ddu"), 5), (typing("g"), 0), (typing("jjjg"), 0), ([.end, .home], 0),
    ([.mouse(.init(kind: .wheelDown, row: 2, column: 2))], 3),
    (
      [
        .mouse(.init(kind: .wheelDown, row: 2, column: 2)),
        .mouse(.init(kind: .wheelUp, row: 0, column: 0)),
      ], 0
    ),
  ])
  func scrollingKeysAt41x12(keys: [Key], top: Int) {
    let state = reader([.character("3"), .enter] + keys, size: narrow)
    #expect(state.viewport.top == top, "\(keys)")
    let s = state.render(size: narrow)
    assertScreen(
      s, articleRows(long, size: narrow, top: top) + [text(s).last ?? ""])
    assertWellFormed(s)
    let count = lineCount(long, width: 41)
    let percent = min(100, (top + 11) * 100 / count)
    #expect(text(s).last?.hasSuffix(" \(percent)%") == true)
    #expect(text(s).last?.hasPrefix(" 5/6  ") == true)
  }

  @Test(arguments: [
    [Key.character("G")], [.end],
    typing(
      "jjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjj"),
    Array(repeating: Key.pageDown, count: 20),
  ])
  func theBottomShowsTheLastLineOnTheLastRow(keys: [Key]) {
    let state = reader([.character("3"), .enter] + keys, size: narrow)
    let count = lineCount(long, width: 41)
    #expect(state.viewport.top == count - 11)
    let s = state.render(size: narrow)
    #expect(text(s)[10] == ArticleLayout.lines(for: long, width: 41).last?.text)
    #expect(text(s).last?.hasSuffix(" 100%") == true)
  }

  @Test func bracesJumpBetweenSubheads() throws {
    let first = try #require(lineIndex(long, width: 80, text: "居民抢着当管理员"))
    let second = try #require(lineIndex(long, width: 80, text: "“一社一品”打开“幸福门”"))
    #expect(reader([.character("3"), .enter, .character("}")], size: wide).viewport.top == first)
    let two = reader([.character("3"), .enter, .character("}"), .character("}")], size: wide)
    #expect(two.viewport.top == min(second, lineCount(long, width: 80) - 23))
    #expect(
      reader([.character("3"), .enter] + typing("}}{"), size: wide).viewport.top == first)
    #expect(
      text(screen([.character("3"), .enter, .character("{")], size: wide)).last?
        .hasPrefix(" 5/6  no subhead above") == true)
    // At 41×12 the third subhead can come to the top.
    let third = try #require(lineIndex(long, width: 41, text: "“笨法”巧解烦难事"))
    let s = reader([.character("3"), .enter] + typing("}}}"), size: narrow)
    #expect(s.viewport.top == third)
    #expect(trimmed(text(s.render(size: narrow))[0]) == "“笨法”巧解烦难事")
    #expect(
      text(screen([.character("3"), .enter] + typing("}}}}"), size: narrow)).last?
        .hasPrefix(" 5/6  no subhead below") == true)
  }

  @Test func bracketsOpenTheNextAndPreviousArticle() {
    #expect(reader([.enter, .character("]")], size: wide).viewport.article == 1)
    #expect(reader([.enter] + typing("]]]["), size: wide).viewport.article == 2)
    let scrolled = reader([.enter, .character("j"), .character("]")], size: wide)
    #expect(scrolled.viewport.top == 0)
    #expect(
      text(screen([.enter, .character("[")], size: wide)).last?
        .hasPrefix(" 1/6  first article of the page") == true)
    #expect(
      text(screen([.end, .enter, .character("]")], size: wide)).last?
        .hasPrefix(" 6/6  last article of the page") == true)
  }

  @Test(arguments: [Key.character("q"), .character("h"), .left, .escape])
  func backKeysReturnToTheListWithTheArticleSelected(key: Key) {
    let state = reader([.character("2"), .enter, .character("]"), key], size: wide)
    #expect(state.focus.pane == .list)
    #expect(state.list.selection == 2)
    #expect(text(state.render(size: wide)).last?.hasPrefix(" 3/6 ") == true)
  }

  @Test func sectionKeysInTheArticleViewOpenTheFirstArticleOfTheSection() {
    let tabbed = reader([.enter, .tab], size: wide)
    #expect(tabbed.focus.pane == .article && tabbed.viewport.article == 1)
    #expect(reader([.enter, .tab, .tab], size: wide).viewport.article == 4)
    #expect(reader([.enter, .backTab], size: wide).viewport.article == 4)
    let third = reader([.enter, .character("3")], size: wide)
    #expect(third.focus.pane == .article && third.viewport.article == 4)
    #expect(
      text(screen([.enter, .character("9")], size: wide)).last?.hasPrefix(" 1/6  no section 9")
        == true)
  }

  @Test func resizingKeepsTheTopLineOfText() {
    let sizes = [narrow, ScreenSize(width: 20, height: 6), wide, ScreenSize(width: 33, height: 9)]
    let start = reader([.character("3"), .enter] + typing("}}"), size: narrow)
    #expect(trimmed(text(start.render(size: narrow))[0]) == "“一社一品”打开“幸福门”")
    for size in sizes {
      var state = start
      _ = state.handle(.resize, size: size)
      let top = trimmed(text(state.render(size: size))[0])
      let expected = size.width == 80 ? 0 : 1
      // At 80 columns the article is too short to bring the subhead to the top; it stays in view.
      if expected == 1 {
        #expect("“一社一品”打开“幸福门”".hasPrefix(top), "\(size)")
      } else {
        #expect(text(state.render(size: size)).map(trimmed).contains("“一社一品”打开“幸福门”"))
      }
    }
    // Mid-paragraph: the text at the top at one width is at the top at another.
    var mid = reader([.character("3"), .enter] + typing("}}jjj"), size: narrow)
    let before = trimmed(text(mid.render(size: narrow))[0])
    _ = mid.handle(.resize, size: .init(width: 60, height: 12))
    let after = trimmed(text(mid.render(size: .init(width: 60, height: 12)))[0])
    #expect(after.contains(before.prefix(3)), "\(before) / \(after)")
  }

  @Test func wideCharactersAtTheRightEdgeOfOddWidths() {
    for width in [20, 21, 41, 79, 80, 81] {
      let size = ScreenSize(width: width, height: 12)
      var state = reader([.character("3"), .enter], size: size)
      for _ in 0..<40 {
        let s = state.render(size: size)
        assertWellFormed(s)
        #expect(s.rows.allSatisfy { CellWidth.of($0) == width })
        _ = state.handle(.down, size: size)
      }
    }
    // Somewhere in the long article a wide character ends in the last usable column: at 41
    // columns in column 39 (the 41st column stays blank), at 40 columns in column 39 too.
    for width in [40, 41] {
      let size = ScreenSize(width: width, height: 12)
      var state = reader([.character("3"), .enter], size: size)
      var found = false
      for _ in 0..<40 {
        let s = state.render(size: size)
        found = found || (0..<11).contains { s[$0, 38].width == 2 }
        _ = state.handle(.down, size: size)
      }
      #expect(found, "no full line at width \(width)")
    }
  }

  @Test func aVeryLongArticleScrollsToItsEnd() {
    let paragraph = "全市统一开展绿地开放共享工作，沧州经济开发区第一时间制定方案，按照时间节点逐步推进。"
    let huge = Article(
      title: "长文", blocks: Array(repeating: Block(.paragraph, paragraph), count: 5000))
    let page = Page(
      source: "long.txt", encoding: "UTF-8", sections: [Section(name: "长", articles: [huge])])
    var state = ReaderState(pages: [page])
    _ = state.handle(.enter, size: wide)
    _ = state.handle(.character("G"), size: wide)
    let count = lineCount(huge, width: 80)
    #expect(state.viewport.top == count - 23)
    #expect(text(state.render(size: wide)).last?.hasSuffix(" 100%") == true)
    _ = state.handle(.character("u"), size: wide)
    #expect(state.viewport.top == count - 23 - 11)
    #expect(text(state.render(size: wide)).last?.hasSuffix(" 99%") == true)
  }

  @Test func onAWideTerminalTheTextIsACentredColumnOfReadingWidth() throws {
    let size = ScreenSize(width: 160, height: 20)
    var state = ReaderState(pages: [ParsedSample.page])
    // One pane (`w`): the article alone, its text centred.
    for key in typing("w5") + [.enter, .character("/")] + typing("居民抢着") + [.enter] {
      _ = state.handle(key, size: size)
    }
    let s = state.render(size: size)
    let left = (160 - ScreenLayout.readingMeasure) / 2
    var widest = 0
    for row in 0..<(size.height - 1) {
      let used = (0..<size.width).filter { s[row, $0].text != " " }
      guard let first = used.first, let last = used.last else { continue }
      #expect(first >= left, "row \(row) starts at \(first)")
      widest = max(widest, last + 1 - left)
    }
    #expect(widest > ScreenLayout.readingMeasure - 4)
    #expect(widest <= ScreenLayout.readingMeasure)
    // The match is highlighted where its characters are drawn, not where they would be at
    // the left edge.
    let current = try #require(styled(s, .currentMatch).first)
    #expect(current.hasSuffix(":居民抢着"))
  }
}
