import Foundation
import PaperKit
import Synchronization
import Testing

@testable import ReaderKit

/// Pages that arrive after the first frame, the page list, and continuations followed.
@Suite struct PagesInBackgroundTests {
  static func article(_ title: String, to: String? = nil, from: String? = nil) -> Article {
    var article = Article(title: title, blocks: [Block(.paragraph, "\(title)的正文。")])
    article.continuedTo = to
    article.continuedFrom = from
    return article
  }

  static func page(_ source: String, name: String?, _ articles: [Article]) -> Page {
    var page = Page(
      source: source, encoding: "UTF-8", sections: [Section(name: nil, articles: articles)])
    if let name { page.furniture = [name] }
    return page
  }

  static let issue = [
    page("issue/1.txt", name: "第1版", [article("头条新闻", to: "3"), article("短讯一则")]),
    page("issue/2.txt", name: "第2版", [article("二版要闻"), article("二版评论")]),
    page("issue/3.txt", name: "第3版", [article("三版专题"), article("头条新闻", from: "第一版")]),
  ]

  /// A reader with page 1 parsed and the others placeholders, as `dubao DIR` opens.
  static func lazyReader() -> ReaderState {
    let placeholders = issue.indices.map {
      $0 == 0 ? issue[0] : Page(source: issue[$0].source, encoding: "")
    }
    return ReaderState(pages: placeholders, pending: [1, 2])
  }

  @Test func aPageStillBeingReadSaysSoAndFillsInWhenItArrives() {
    var state = Self.lazyReader()
    #expect(state.wantedPage == nil)
    var rows = text(state.render(size: wide))
    #expect(rows[1].contains("头条新闻"))
    #expect(rows.last?.contains("reading 33%") == true)
    _ = state.handle(.character(">"), size: wide)
    #expect(state.wantedPage == 1)
    rows = text(state.render(size: wide))
    #expect(rows.contains { $0.contains("(this page is being read…)") })
    #expect(rows[0].contains("page 2/3"))
    state.receive(.pageParsed(number: 1, page: Self.issue[1]))
    rows = text(state.render(size: wide))
    #expect(rows.contains { $0.contains("二版要闻") })
    #expect(rows.last?.contains("reading 66%") == true)
    // Keys answer on the new page at once.
    _ = state.handle(.character("j"), size: wide)
    _ = state.handle(.enter, size: wide)
    #expect(text(state.render(size: wide)).contains { $0.contains("二版评论的正文") })
    state.receive(.pageParsed(number: 2, page: Self.issue[2]))
    #expect(state.pendingPages.isEmpty)
    #expect(text(state.render(size: wide)).last?.contains("reading") == false)
    // The article read stays open when another page arrives.
    #expect(text(state.render(size: wide)).contains { $0.contains("二版评论的正文") })
  }

  @Test func theListShowsWhereEachPartOfAContinuedStoryIs() {
    var state = ReaderState(pages: Self.issue)
    #expect(text(state.render(size: wide))[1].contains("头条新闻 → 3"))
    _ = state.handle(.character(">"), size: wide)
    _ = state.handle(.character(">"), size: wide)
    let rows = text(state.render(size: wide))
    #expect(rows.contains { $0.contains("头条新闻 ← 第一版") })
    #expect(rows.contains { $0.contains("三版专题") && !$0.contains("←") && !$0.contains("→") })
  }

  @Test func aPageArrivingTwiceOrOutOfRangeChangesNothing() {
    var state = Self.lazyReader()
    state.receive(.pageParsed(number: 0, page: Self.issue[2]))
    state.receive(.pageParsed(number: 7, page: Self.issue[2]))
    #expect(state.pages[0] == Self.issue[0])
    #expect(state.pendingPages == [1, 2])
  }

  @Test func placesAreNotSavedForPagesStillBeingRead() {
    let state = Self.lazyReader()
    let book = state.places(into: PlaceBook())
    #expect(book.places.count == 1)
    #expect(book.places[PlaceStore.key(of: Self.issue[0])] != nil)
  }

  @Test func readMarksOfAPageThatArrivesLaterAreRestored() {
    var first = ReaderState(pages: Self.issue)
    _ = first.handle(.character(">"), size: wide)
    _ = first.handle(.enter, size: wide)
    let book = first.places(into: PlaceBook())
    var state = Self.lazyReader()
    state.restore(from: book)
    #expect(!state.readArticles.contains(ArticleKey(page: 1, article: 0)))
    state.receive(.pageParsed(number: 1, page: Self.issue[1]))
    #expect(state.readArticles.contains(ArticleKey(page: 1, article: 0)))
  }

  @Test func aLargePageShownWhileReadOpensWhereItWasLeft() {
    var first = ReaderState(pages: [Self.issue[1]])
    _ = first.handle(.character("j"), size: wide)
    _ = first.handle(.enter, size: wide)
    let book = first.places(into: PlaceBook())
    var state = ReaderState(
      pages: [Page(source: Self.issue[1].source, encoding: "")], pending: [0])
    state.restore(from: book)
    #expect(text(state.render(size: wide)).last?.contains("reading…") == true)
    state.receive(.pageParsed(number: 0, page: Self.issue[1]))
    #expect(state.focus.pane == .article)
    #expect(state.viewport.article == 1)
    #expect(text(state.render(size: wide)).last?.contains("reading") == false)
  }

  // MARK: - The page list

  @Test func thePageListShowsEveryPageAndOpensTheOneChosen() {
    var state = Self.lazyReader()
    _ = state.handle(.character("p"), size: wide)
    var rows = text(state.render(size: wide))
    #expect(rows[1].hasPrefix(" 1  第1版  1.txt  头条新闻 · 短讯一则"))
    #expect(rows[2].hasPrefix(" 2         2.txt  (being read)"))
    #expect(rows.last?.hasPrefix(" p/  Enter open  Esc close") == true)
    #expect(rows.last?.contains("1 of 3 pages") == true)
    state.receive(.pageParsed(number: 2, page: Self.issue[2]))
    for key in typing("专题") { _ = state.handle(key, size: wide) }
    rows = text(state.render(size: wide))
    #expect(rows[1].hasPrefix(" 3  第3版  3.txt  三版专题 · 头条新闻"))
    #expect(rows[2].isEmpty)
    #expect(rows.last?.contains("p/专题") == true)
    _ = state.handle(.enter, size: wide)
    #expect(state.pageNumber == 2)
    rows = text(state.render(size: wide))
    #expect(rows[0].contains("第3版 3/3"))
    #expect(rows[1].contains("三版专题"))
  }

  @Test func thePageListMovesFiltersAndCloses() {
    var state = ReaderState(pages: Self.issue)
    _ = state.handle(.character("p"), size: wide)
    _ = state.handle(.down, size: wide)
    _ = state.handle(.down, size: wide)
    _ = state.handle(.down, size: wide)  // stays on the last
    #expect(state.focus.pageList?.selection == 2)
    for key in typing("zz") { _ = state.handle(key, size: wide) }
    var rows = text(state.render(size: wide))
    #expect(rows[1].contains("no page matches “zz”"))
    _ = state.handle(.enter, size: wide)
    #expect(state.pageNumber == 0)
    _ = state.handle(.backspace, size: wide)
    _ = state.handle(.backspace, size: wide)
    rows = text(state.render(size: wide))
    #expect(rows[3].contains("3.txt"))
    _ = state.handle(.escape, size: wide)
    #expect(state.focus.pageList == nil)
    #expect(state.pageNumber == 0)
    #expect(text(state.render(size: wide))[1].contains("头条新闻"))
  }

  // MARK: - Continuations

  @Test func jFollowsAContinuationAndQComesBack() {
    var state = ReaderState(pages: Self.issue)
    _ = state.handle(.enter, size: wide)
    _ = state.handle(.character("J"), size: wide)
    #expect(state.pageNumber == 2)
    #expect(state.viewport.article == 1)
    var rows = text(state.render(size: wide))
    #expect(rows.contains { $0.contains("头条新闻的正文") })
    #expect(rows.last?.contains("part on page 第3版; q goes back") == true)
    // And back the other way from the 上接 part: J again leads to where the story starts.
    _ = state.handle(.character("q"), size: wide)
    #expect(state.pageNumber == 0)
    #expect(state.focus.pane == .article)
    rows = text(state.render(size: wide))
    #expect(rows.last?.contains("back where you jumped from") == true)
    _ = state.handle(.character("q"), size: wide)
    #expect(state.focus.pane == .list)
  }

  @Test func jFromTheListAndFromTheSecondPart() {
    var state = ReaderState(pages: Self.issue)
    _ = state.handle(.character(">"), size: wide)
    _ = state.handle(.character(">"), size: wide)
    _ = state.handle(.character("j"), size: wide)
    _ = state.handle(.character("J"), size: wide)
    #expect(state.pageNumber == 0)
    #expect(state.viewport.article == 0)
    #expect(state.focus.pane == .article)
  }

  @Test func jWithoutAContinuationSaysSo() {
    var state = ReaderState(pages: Self.issue)
    _ = state.handle(.character("j"), size: wide)
    _ = state.handle(.character("J"), size: wide)
    #expect(state.pageNumber == 0)
    #expect(
      text(state.render(size: wide)).last?.contains(
        "no continuation of this article on the pages open") == true)
    var lazy = Self.lazyReader()
    _ = lazy.handle(.character("J"), size: wide)
    #expect(
      text(lazy.render(size: wide)).last?.contains("page 3 is still being read") == true)
  }

  // MARK: - The feed

  @Test func theFeedParsesThePreferredPageFirstThenTheRestInOrder() {
    let order = Mutex<[Int]>([])
    let feed = PageFeed(numbers: [1, 2, 3, 4]) { number in
      order.withLock { $0.append(number) }
      return Self.issue[number % 3]
    }
    feed.prefer(3)
    feed.start()
    var events: [ReaderEvent] = []
    // Waits for the thread, not a timing: it fails only if the pages never come.
    for _ in 0..<2000 where events.count < 4 {
      events += feed.take()
      usleep(1000)
    }
    #expect(order.withLock { $0 } == [3, 1, 2, 4])
    #expect(events.count == 4)
    #expect(feed.isFinished)
  }
}
