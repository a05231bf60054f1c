import Foundation
import PaperKit
import Testing

@testable import ReaderKit

/// A large text read in parts: its first articles show while the rest is read, the list
/// grows under the reader, and keys answer meanwhile.
@Suite struct PageInPartsTests {
  static func part(_ titles: [String], read: Int, of total: Int, goesOn: Bool = true) -> PagePart {
    let articles = titles.map { Article(title: $0, blocks: [Block(.paragraph, "\($0)的正文。")]) }
    var part = PagePart(
      banner: nil, continuesSection: goesOn, sections: [Section(name: nil, articles: articles)],
      furniture: [])
    part.bytesRead = read
    part.totalBytes = total
    return part
  }

  /// A reader on one large page still being read, as `dubao big.txt` opens.
  static func reader() -> ReaderState {
    ReaderState(pages: [Page(source: "big.txt", encoding: "")], pending: [0])
  }

  @Test func theFirstArticlesShowWhileTheRestIsRead() {
    var state = Self.reader()
    var rows = text(state.render(size: wide))
    #expect(rows.contains { $0.contains("(this page is being read…)") })
    #expect(rows.last?.contains("reading…") == true)
    state.receive(
      .pagePartRead(
        number: 0, part: Self.part(["第一篇", "第二篇"], read: 25, of: 100, goesOn: false),
        warnings: []))
    rows = text(state.render(size: wide))
    #expect(rows.contains { $0.contains("第一篇") })
    #expect(rows.contains { $0.contains("第二篇") })
    #expect(rows.last?.contains("reading 25%") == true)
    #expect(state.pendingPages == [0])
  }

  @Test func theListGrowsUnderTheReaderAndKeysAnswerMeanwhile() {
    var state = Self.reader()
    state.receive(
      .pagePartRead(
        number: 0, part: Self.part(["第一篇", "第二篇"], read: 40, of: 100, goesOn: false),
        warnings: []))
    _ = state.handle(.character("j"), size: wide)
    _ = state.handle(.enter, size: wide)
    #expect(text(state.render(size: wide)).contains { $0.contains("第二篇的正文") })
    state.receive(
      .pagePartRead(number: 0, part: Self.part(["第三篇"], read: 80, of: 100), warnings: []))
    // The article being read stays open; the new one is in the list.
    #expect(state.focus.pane == .article)
    #expect(state.viewport.article == 1)
    #expect(text(state.render(size: wide)).last?.contains("reading 80%") == true)
    _ = state.handle(.character("q"), size: wide)
    _ = state.handle(.character("j"), size: wide)
    #expect(state.list.selection == 2)
    state.receive(
      .pagePartRead(
        number: 0, part: Self.part(["第四篇"], read: 100, of: 100), warnings: ["a warning"]))
    #expect(state.pendingPages.isEmpty)
    #expect(state.pages[0].articles.map(\.title) == ["第一篇", "第二篇", "第三篇", "第四篇"])
    #expect(state.pages[0].sections.count == 1)
    #expect(state.pages[0].warnings == ["a warning"])
    #expect(state.list.selection == 2)
    #expect(text(state.render(size: wide)).last?.contains("reading") == false)
  }

  @Test func searchFindsArticlesOfPartsReadAfterItsFirstQuery() {
    var state = Self.reader()
    state.receive(
      .pagePartRead(
        number: 0, part: Self.part(["第一篇", "第二篇"], read: 50, of: 100, goesOn: false),
        warnings: []))
    _ = state.handle(.character("/"), size: wide)
    for key in typing("篇的正文") { _ = state.handle(key, size: wide) }
    _ = state.handle(.enter, size: wide)
    #expect(state.search?.hits.count == 2)
    state.receive(
      .pagePartRead(number: 0, part: Self.part(["第三篇"], read: 100, of: 100), warnings: []))
    _ = state.handle(.character("/"), size: wide)
    for key in typing("第三篇的") { _ = state.handle(key, size: wide) }
    _ = state.handle(.enter, size: wide)
    #expect(state.search?.hits.count == 1)
  }

  @Test func aLargePageIsFoldedForSearchInTheBackground() throws {
    var state = Self.reader()
    state.receive(
      .pagePartRead(
        number: 0, part: Self.part(["第一篇", "第二篇"], read: 100, of: 100, goesOn: false),
        warnings: []))
    #expect(!state.cache.holdsSearchIndex(ofPage: 0, articles: 2))
    state.prepareSearch(ofPage: 0)
    let deadline = Date().addingTimeInterval(10)
    while !state.cache.holdsSearchIndex(ofPage: 0, articles: 2), Date() < deadline {
      Thread.sleep(forTimeInterval: 0.002)
    }
    #expect(state.cache.holdsSearchIndex(ofPage: 0, articles: 2))
  }

  @Test func aWholePageOpensWhereItWasLeftIfTheReaderHasNotMoved() {
    var whole = Page(source: "big.txt", encoding: "")
    whole.append(Self.part(["第一篇", "第二篇"], read: 50, of: 100, goesOn: false))
    whole.append(Self.part(["第三篇"], read: 100, of: 100))
    var first = ReaderState(pages: [whole])
    _ = first.handle(.character("G"), size: wide)
    let book = first.places(into: PlaceBook())
    var state = Self.reader()
    state.restore(from: book)
    state.receive(
      .pagePartRead(
        number: 0, part: Self.part(["第一篇", "第二篇"], read: 50, of: 100, goesOn: false),
        warnings: []))
    #expect(state.list.selection == 0)
    state.receive(
      .pagePartRead(number: 0, part: Self.part(["第三篇"], read: 100, of: 100), warnings: []))
    #expect(state.list.selection == 2)
  }

  @Test func readMarksOfALargePageApplyWhenItIsWholeWhereverTheReaderIs() {
    var whole = Page(source: "big.txt", encoding: "")
    whole.append(Self.part(["第一篇", "第二篇"], read: 50, of: 100, goesOn: false))
    whole.append(Self.part(["第三篇"], read: 100, of: 100))
    let small = Page(
      source: "small.txt", encoding: "",
      sections: [
        Section(name: nil, articles: [Article(title: "甲"), Article(title: "乙")])
      ])
    var first = ReaderState(pages: [small, whole])
    _ = first.handle(.character(">"), size: wide)
    _ = first.handle(.character("j"), size: wide)
    _ = first.handle(.enter, size: wide)
    let book = first.places(into: PlaceBook())
    var state = ReaderState(pages: [small, Page(source: "big.txt", encoding: "")], pending: [1])
    state.restore(from: book)
    _ = state.handle(.character("j"), size: wide)  // moved on the small page
    state.receive(
      .pagePartRead(
        number: 1, part: Self.part(["第一篇", "第二篇"], read: 50, of: 100, goesOn: false),
        warnings: []))
    #expect(!state.readArticles.contains(ArticleKey(page: 1, article: 1)))
    state.receive(
      .pagePartRead(number: 1, part: Self.part(["第三篇"], read: 100, of: 100), warnings: []))
    #expect(state.readArticles.contains(ArticleKey(page: 1, article: 1)))
    #expect(state.pageNumber == 0)
    #expect(state.list.selection == 1)
  }

  @Test func aFeedHandsOverEveryPartAndStopsWhenAsked() throws {
    let feed = PageFeed(numbers: [0]) { number, send in
      for step in 1...3 {
        let part = Self.part(["第\(step)篇"], read: step * 10, of: 30, goesOn: step > 1)
        guard send(.pagePartRead(number: number, part: part, warnings: [])) else { return }
      }
    }
    feed.start()
    var events: [ReaderEvent] = []
    let deadline = Date().addingTimeInterval(10)
    while events.count < 3, Date() < deadline {
      events += feed.take()
      Thread.sleep(forTimeInterval: 0.005)
    }
    var state = Self.reader()
    for event in events { state.receive(event) }
    #expect(state.pages[0].articles.map(\.title) == ["第1篇", "第2篇", "第3篇"])
    #expect(state.pendingPages.isEmpty)
  }
}

/// The section list's index of a page read in parts, updated part by part, is the index of the
/// whole page.
@Suite struct PageIndexUpdateTests {
  static func expectSame(_ a: PageIndex, _ b: PageIndex) {
    #expect(a.articles == b.articles)
    #expect(a.sectionStarts == b.sectionStarts)
    #expect(a.sectionOfArticle == b.sectionOfArticle)
    #expect(a.rows == b.rows)
    #expect(a.rowOfArticle == b.rowOfArticle)
    #expect(a.widestTitle == b.widestTitle)
    #expect(a.widestHeading == b.widestHeading)
  }

  @Test(arguments: [700, 3000]) func anIndexUpdatedPartByPartIsTheWholePagesIndex(_ size: Int) {
    let text = String(repeating: SamplePage.text + "\n\n", count: 3)
    var parser = PagePartParser(
      text: text, partBytes: size, firstPartBytes: SamplePage.text.utf8.count)
    var page = Page(source: "", encoding: "")
    var index = PageIndex(page)
    #expect(index.rows == [.empty])
    while let part = parser.next() {
      page.append(part)
      index.update(to: page)
      Self.expectSame(index, PageIndex(page))
    }
    #expect(index.articles.count == page.articles.count)
    #expect(index.articles.count > 14)
  }

  @Test func aFirstNamedSectionRebuildsTheRules() {
    var page = Page(
      source: "", encoding: "", sections: [Section(name: nil, articles: [Article(title: "一")])])
    var index = PageIndex(page)
    page.sections.append(Section(name: "要闻", articles: [Article(title: "二")]))
    index.update(to: page)
    Self.expectSame(index, PageIndex(page))
    page.sections.append(Section(name: nil, articles: [Article(title: "三")]))
    index.update(to: page)
    Self.expectSame(index, PageIndex(page))
    #expect(index.rows.contains(.rule(2)))
  }
}
