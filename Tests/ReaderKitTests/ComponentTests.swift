import PaperKit
import Testing

@testable import ReaderKit

/// The reader's components on their own, without screens.
@Suite struct ComponentTests {
  static let long = TestPages.neighbourhood
  static func laid(width: Int) -> LaidOutArticle {
    LaidOutArticle(ArticleLayout.lines(for: long, width: width))
  }

  @Test func theViewportScrollsWithinTheArticle() {
    let laid = Self.laid(width: 41)
    let height = 11
    var viewport = ArticleViewport(article: 0, width: 41)
    viewport.scroll(by: -5, laid: laid, height: height)
    #expect(viewport.top == 0 && viewport.anchor == nil)
    viewport.scroll(by: 1_000, laid: laid, height: height)
    #expect(viewport.top == laid.lines.count - height)
    viewport.scroll(by: 3, laid: laid, height: height)
    #expect(viewport.top == laid.lines.count - height)
    viewport.go(to: 4, laid: laid, height: height)
    #expect(viewport.top == 4 && viewport.anchor != nil)
  }

  @Test func revealKeepsLinesOffTheEdgesAndMayGoPastTheEnd() {
    let laid = Self.laid(width: 41)
    var viewport = ArticleViewport(article: 0, width: 41)
    let last = laid.lines.count - 1
    viewport.reveal(first: last, last: last, laid: laid, height: 11)
    #expect(viewport.top + 11 - 1 - 1 == last)  // one line of margin below the match
    #expect(viewport.slack == 1)
    viewport.scroll(by: -1, laid: laid, height: 11)
    #expect(viewport.slack == 0)
  }

  @Test func remappingThroughAnySizesComesBackToTheSameLine() {
    let narrowLaid = Self.laid(width: 41)
    var viewport = ArticleViewport(article: 0, width: 41)
    viewport.go(to: 13, laid: narrowLaid, height: 11)
    let before = viewport.top
    for width in [84, 20, 60, 33, 84, 41] {
      viewport.remap(to: Self.laid(width: width), width: width, height: width == 20 ? 4 : 11)
    }
    #expect(viewport.top == before)
    // A screen so tall the article fits clamps to 0, and the place still comes back.
    viewport.remap(to: narrowLaid, width: 41, height: 200)
    #expect(viewport.top == 0)
    viewport.remap(to: narrowLaid, width: 41, height: 11)
    #expect(viewport.top == before)
  }

  @Test func theSectionListRevealsTheSelectionAndItsHeading() {
    let index = PageIndex(TestPages.seed)
    var list = SectionList()
    list.select(5, index: index, height: 3)
    #expect(list.selection == 5)
    #expect(list.top == index.rowOfArticle[5] - 2)
    list.select(1, index: index, height: 3)
    #expect(list.top == index.rowOfArticle[1] - 1)  // the heading 2 新闻速递 shows too
    list.select(99, index: index, height: 3)
    #expect(list.selection == index.articles.count - 1)
    list.select(-4, index: index, height: 30)
    #expect(list.selection == 0 && list.top == 0)
  }

  @Test func pagesWithoutSectionNamesGetNoHeadingsAndUnnamedOnesARule() {
    let bare = Page(
      source: "p.txt", encoding: "UTF-8",
      sections: [Section(name: nil, articles: [TestPages.park, TestPages.tax])])
    #expect(PageIndex(bare).rows == [.article(0), .article(1)])
    #expect(PageIndex(TestPages.seed).rows.contains(.rule(2)))
    #expect(!PageIndex(TestPages.seed).rows.contains(.section(2)))
  }

  @Test func theLineEditorEditsAndBrowsesHistory() {
    var editor = LineEditor()
    for c in "沧县a" { editor.insert(c) }
    editor.move(by: -1)
    editor.backspace()
    #expect(editor.string == "沧a" && editor.cursor == 1)
    editor.delete()
    #expect(editor.string == "沧")
    var empty = LineEditor()
    let deleted = empty.backspace()
    #expect(!deleted)
    let history = ["一", "二"]
    var seen: [String] = []
    for older in [true, true, true, false, false, false] {
      let moved = older ? editor.older(in: history) : editor.newer(in: history)
      seen.append(moved ? editor.string : "-")
    }
    #expect(seen == ["二", "一", "-", "二", "沧", "-"])
    editor.moveToEnd(false)
    #expect(editor.cursor == 0)
  }

  @Test func theEditorShowsTheCursorMeasuringOnlyWhatFits() {
    var editor = LineEditor(String(repeating: "文", count: 10_000))
    #expect(editor.firstVisible(room: 10) == 10_000 - 5)
    editor.moveToEnd(false)
    #expect(editor.firstVisible(room: 10) == 0)
  }

  @Test func theSearchSessionStepsAndWraps() {
    let pages = [TestPages.seed]
    let cache = ReaderCache(options: .init(), language: .english)
    var search = SearchSession(query: "获得感", pages: pages, in: [0], cache: cache)
    #expect(search.hits.count == 3)
    let start = HitKey(page: 0, article: 0, field: .kicker, offset: 0)
    #expect(search.step(1, currentInView: false, view: start)?.index == 0)
    search.current = 2
    #expect(search.step(1, currentInView: true, view: start)! == (0, .toFirst))
    search.current = 0
    #expect(search.step(-1, currentInView: true, view: start)! == (2, .toLast))
    #expect(search.step(2, currentInView: true, view: start)! == (2, nil))
    let none = SearchSession(query: "火星", pages: pages, in: [0], cache: cache)
    #expect(none.step(1, currentInView: false, view: start) == nil)
  }

  @Test func theCacheIsBoundedByBytesAndKeepsTheNewest() {
    let cache = ReaderCache(options: .init(), language: .english, layoutBudget: 20_000)
    for width in [20, 30, 40, 50, 60, 70, 80] {
      _ = cache.laid(Self.long, page: 0, index: 4, width: width)
      #expect(cache.layoutBytes <= 20_000 || cache.layoutCount == 1)
    }
    let one = LaidOutArticle(ArticleLayout.lines(for: Self.long, width: 20)).bytes
    #expect(one > 5_000)
    #expect(cache.layoutCount < 7)
    // An entry bigger than the budget alone is still kept: it is on screen.
    let tiny = ReaderCache(options: .init(), language: .english, layoutBudget: 10)
    _ = tiny.laid(Self.long, page: 0, index: 4, width: 40)
    #expect(tiny.layoutCount == 1)
  }
}
