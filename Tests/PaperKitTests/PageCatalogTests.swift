import Foundation
import Testing

@testable import PaperKit

/// Natural page order, page references, the catalog of a folder, and continuation links.
@Suite struct PageCatalogTests {
  @Test(arguments: [
    (["10.txt", "2.txt", "1.txt"], ["1.txt", "2.txt", "10.txt"]),
    (["A10.txt", "B1.txt", "A2.txt"], ["A2.txt", "A10.txt", "B1.txt"]),
    (["第10版.txt", "第2版.txt", "第1版.txt"], ["第1版.txt", "第2版.txt", "第10版.txt"]),
    (["第十版", "第二版", "第十一版", "第三版"], ["第二版", "第三版", "第十版", "第十一版"]),
    (["p010.txt", "p9.txt", "p9a.txt"], ["p9.txt", "p9a.txt", "p010.txt"]),
    (["２.txt", "10.txt"], ["２.txt", "10.txt"]),
  ])
  func naturalOrder(names: [String], expected: [String]) {
    #expect(names.sorted(by: NaturalOrder.areInIncreasingOrder) == expected)
    #expect(NaturalOrder.sorted(names) == expected)
  }

  @Test func naturalOrderIsAStrictOrder() {
    #expect(!NaturalOrder.areInIncreasingOrder("2.txt", "2.txt"))
    // Equal by value, different by spelling: still one order, never both ways.
    let (a, b) = ("p02.txt", "p2.txt")
    #expect(NaturalOrder.areInIncreasingOrder(a, b) != NaturalOrder.areInIncreasingOrder(b, a))
  }

  @Test(arguments: [
    ("第6版", "6"), ("6", "6"), ("A04版", "A4"), ("A04", "A4"), ("三", "3"), ("第十二版", "12"),
    ("６版", "6"), ("b3", "B3"), ("第一版", "1"),
  ])
  func pageReferenceKeys(name: String, key: String) {
    #expect(PageReference.key(name) == key)
  }

  @Test func namesWithoutANumberHaveNoKey() {
    #expect(PageReference.key("要闻") == nil)
    #expect(PageReference.key("") == nil)
  }

  @Test func aLargeTextFileNamedAloneIsListedUnreadAndASmallOneRead() throws {
    let folder = NSTemporaryDirectory() + "dubao-catalog-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let seed = try Fixtures.bytes("seed.txt")
    let small = folder + "/small.txt"
    let large = folder + "/large.txt"
    try Data(seed).write(to: URL(fileURLWithPath: small))
    let copies = PagePartParser.wholeTextBytes / seed.count + 1
    try Data(Array([[UInt8]](repeating: seed, count: copies).joined())).write(
      to: URL(fileURLWithPath: large))
    let listed = try PageCatalog.listing([PagePath(small), PagePath(large)]).catalog
    #expect(listed.entries[0].wasRead)
    #expect(listed.entries[1] == .file(PagePath(large)))
    #expect(listed.byteCount(1) == seed.count * copies)
    let text = try #require(try listed.text(1))
    #expect(text.isLarge)
    #expect(try listed.load(1).articles.count >= copies * 7)
  }

  @Test func aFolderListsItsTextFilesInNaturalOrder() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dubao-catalog-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["10.txt", "2.txt", ".hidden.txt", "notes.md", "1.TXT"] {
      try Data("标题\n正文。\n".utf8).write(to: folder.appendingPathComponent(name))
    }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("3.txt"), withIntermediateDirectories: true)
    let (catalog, failures) = try PageCatalog.listing([PagePath(folder.path)])
    #expect(failures.isEmpty)
    #expect(
      catalog.entries.map { ($0.source as NSString).lastPathComponent } == [
        "1.TXT", "2.txt", "10.txt",
      ])
    #expect(catalog.placeholder(2).articles.isEmpty)
    #expect(catalog.placeholder(2).source.hasSuffix("10.txt"))
    // Listing reads no page: a page made unreadable after listing is an empty page that says so.
    try Data([0, 1, 2, 0, 0, 0, 0xFF]).write(to: folder.appendingPathComponent("2.txt"))
    let bad = catalog.page(1)
    #expect(bad.articles.isEmpty)
    #expect(bad.warnings == ["\(catalog.entries[1].source): not a text file"])
    #expect(throws: PageLoadingError.self) { try catalog.load(1) }
  }

  @Test func aFolderWithoutPagesIsAFailure() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dubao-catalog-empty-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let (catalog, failures) = try PageCatalog.listing([PagePath(folder.path)])
    #expect(catalog.count == 0)
    #expect(
      failures == [PageLoadingError("\(folder.path): no .txt or .pdf page files in directory")])
  }

  // MARK: - Continuations

  static func article(_ title: String, to: String? = nil, from: String? = nil) -> Article {
    var article = Article(title: title, blocks: [Block(.paragraph, "正文。")])
    article.continuedTo = to
    article.continuedFrom = from
    return article
  }

  static func page(_ source: String, name: String?, _ articles: [Article]) -> Page {
    var page = Page(
      source: source, encoding: "UTF-8", sections: [Section(name: nil, articles: articles)])
    if let name { page.furniture = ["某某日报", name] }
    return page
  }

  static let pages = [
    page(
      "issue/01.txt", name: "第1版",
      [article("头条", to: "3"), article("短讯"), article("另一篇 长文", to: "A2")]),
    page("issue/02.txt", name: "A2版", [article("无关", from: "第5版"), article("另一篇", from: "第一版")]),
    page("issue/03.txt", name: nil, [article("别的"), article("头条", from: "第一版")]),
  ]

  @Test func aForwardMarkFindsTheContinuationByPageNameAndTitle() {
    // `3` is page 3 by its file name (it prints no page name); `A2` by its furniture.
    #expect(
      ContinuationLinks.forward(from: 0, article: 0, in: Self.pages)
        == ArticleLocation(page: 2, article: 1))
    #expect(
      ContinuationLinks.forward(from: 0, article: 2, in: Self.pages)
        == ArticleLocation(page: 1, article: 1))
    #expect(ContinuationLinks.forward(from: 0, article: 1, in: Self.pages) == nil)
  }

  @Test func aBackwardMarkFindsWhereTheStoryStarts() {
    #expect(
      ContinuationLinks.backward(from: 2, article: 1, in: Self.pages)
        == ArticleLocation(page: 0, article: 0))
    // `上接第5版` on page 2: no page 5 is open.
    #expect(ContinuationLinks.backward(from: 1, article: 0, in: Self.pages) == nil)
  }

  @Test func aMarkNamingAPageNotOpenLeadsNowhere() {
    let pages = [Self.page("a.txt", name: "第1版", [Self.article("头条", to: "9")])]
    #expect(ContinuationLinks.forward(from: 0, article: 0, in: pages) == nil)
  }

  @Test func jsonKeepsTheLinkAsPageAndArticleIndex() throws {
    let linked = ContinuationLinks.linked(Self.pages)
    #expect(linked[0].articles[0].continuation == ArticleLocation(page: 2, article: 1))
    #expect(linked[2].articles[1].continuation == ArticleLocation(page: 0, article: 0))
    #expect(linked[0].articles[1].continuation == nil)
    #expect(linked[1].articles[0].continuation == nil)
    let json = try JSONOutput.encode(Self.pages)
    #expect(json.contains(#""continuation" : {\n"#) || json.contains(#""continuation" : {"#))
    let decoded = try JSONDecoder().decode(
      [String: [Page]].self, from: Data(json.utf8))
    #expect(decoded["pages"]?[0].articles[0].continuation == ArticleLocation(page: 2, article: 1))
    // A lone page has no links, and its JSON no `continuation` field.
    #expect(!(try JSONOutput.encode([Self.pages[0]])).contains("continuation"))
  }
}
