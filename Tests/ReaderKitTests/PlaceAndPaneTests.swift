import Foundation
import PaperKit
import Testing

@testable import ReaderKit

/// Keeping the place through resizes and across runs, and the two-pane layout.
@Suite struct PlaceAndPaneTests {
  static let sample = ParsedSample.page

  func percent(_ screen: Screen) -> String {
    String(text(screen).last?.split(separator: " ").last ?? "")
  }

  @Test func resizeRoundTripsReturnToTheSamePlace() {
    let sizes = [
      ScreenSize(width: 200, height: 50), ScreenSize(width: 41, height: 12),
      ScreenSize(width: 20, height: 6), ScreenSize(width: 133, height: 9), wide,
    ]
    var state = ReaderState(pages: [Self.sample])
    for key in typing("3") + [.enter] + typing("7j") { _ = state.handle(key, size: wide) }
    let before = state.render(size: wide)
    for size in sizes {
      _ = state.handle(.resize, size: size)
      assertWellFormed(state.render(size: size))
    }
    #expect(state.render(size: wide) == before)
    // And with the terminal's resize first changing only the height, then only the width.
    for size in [ScreenSize(width: 80, height: 7), ScreenSize(width: 150, height: 7), wide] {
      _ = state.handle(.resize, size: size)
    }
    #expect(state.render(size: wide) == before)
    #expect(percent(before) != "100%")
  }

  @Test func twoPanesOnWideScreens() throws {
    let size = ScreenSize(width: 160, height: 40)
    var state = ReaderState(pages: [TestPages.seed])
    _ = state.handle(.character("j"), size: size)
    var rows = text(state.render(size: size))
    let divider = try #require(rows[2].firstIndex(of: "│")).utf16Offset(in: rows[2])
    #expect(divider > 40 && divider < 80, "the list is as wide as it needs")
    // The list keeps names and counts next to the titles.
    #expect(rows[4].contains("祁洁 刘明宇") && rows[4].contains("4 ¶"))
    // The right pane previews the selected article; Enter reads it there.
    #expect(rows[1].hasSuffix(TestPages.park.title))
    _ = state.handle(.enter, size: size)
    rows = text(state.render(size: size))
    #expect(rows[4].hasPrefix(" ✓ 沧州经济开发区"), "the list stays, the article marked read")
    #expect(rows.last?.hasPrefix(" 2/6") == true)
    // The list follows the article.
    _ = state.handle(.tab, size: size)
    #expect(state.list.selection == 4 && state.viewport.article == 4)
    assertWellFormed(state.render(size: size))
    // w turns it off and on.
    _ = state.handle(.character("w"), size: size)
    #expect(!text(state.render(size: size)).joined().contains("│"))
    _ = state.handle(.character("w"), size: size)
    #expect(text(state.render(size: size)).joined().contains("│"))
    // Below 120 columns, one pane.
    #expect(!text(state.render(size: wide)).joined().contains("│"))
  }

  @Test func searchingFromTheListShowsTheMatchInTheSecondPane() {
    let size = ScreenSize(width: 160, height: 20)
    var state = ReaderState(pages: [Self.sample])
    for key in [Key.character("/")] + typing("金鼎社区") { _ = state.handle(key, size: size) }
    let s = state.render(size: size)
    #expect(state.focus.prompt != nil && state.focus.pane == .list)
    let current = styled(s, .currentMatch)
    #expect(current.count == 1 && current[0].hasSuffix(":金鼎社区"), "\(current)")
    assertWellFormed(s)
  }

  @Test func placesRoundTripThroughTheStateFile() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dubao-places-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("dubao/places.json")
    #expect(try PlaceStore.load(file) == PlaceBook())
    var state = ReaderState(pages: [Self.sample])
    for key in typing("3") + [.enter] + typing("9j") { _ = state.handle(key, size: wide) }
    let before = state.render(size: wide)
    try PlaceStore.save(state.places(into: PlaceBook()), to: file)
    var reopened = ReaderState(pages: [Self.sample])
    reopened.restore(from: try PlaceStore.load(file))
    _ = reopened.handle(.resize, size: wide)
    #expect(text(reopened.render(size: wide)).dropLast() == text(before).dropLast())
    // The same path with other content does not restore.
    var other = Self.sample
    other.sections[0].articles[0].title += "（修订）"
    var elsewhere = ReaderState(pages: [other])
    elsewhere.restore(from: try PlaceStore.load(file))
    #expect(elsewhere.focus.pane == .list && elsewhere.list.selection == 0)
    // No temporary file is left behind.
    let left = try FileManager.default.contentsOfDirectory(
      atPath: file.deletingLastPathComponent().path)
    #expect(left == ["places.json"])
  }

  @Test func corruptForeignOrUnwritableStateFilesAreProblemsNotCrashes() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dubao-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let corrupt = folder.appendingPathComponent("corrupt.json")
    try Data("{\"format\": \"dubao-places-1\", \"places\": [1,".utf8).write(to: corrupt)
    #expect(throws: PlaceStore.Problem.self) { try PlaceStore.load(corrupt) }
    let foreign = folder.appendingPathComponent("foreign.json")
    try Data("{\"format\": \"other\", \"places\": {}}".utf8).write(to: foreign)
    #expect(throws: PlaceStore.Problem.self) { try PlaceStore.load(foreign) }
    let blocked = folder.appendingPathComponent("file")
    try Data().write(to: blocked)
    #expect(throws: PlaceStore.Problem.self) {
      try PlaceStore.save(PlaceBook(), to: blocked.appendingPathComponent("dubao/places.json"))
    }
  }

  @Test func theStateFileFollowsXDG() {
    #expect(
      PlaceStore.file(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])?.path
        == "/s/dubao/places.json")
    #expect(
      PlaceStore.file(environment: ["HOME": "/h"])?.path == "/h/.local/state/dubao/places.json")
    #expect(
      PlaceStore.file(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])?.path
        == "/h/.local/state/dubao/places.json")
    #expect(PlaceStore.file(environment: [:]) == nil)
  }

  @Test func headlinesBreakAtTheirSpacesAndNamesStayWhole() {
    let article = Article(
      kicker: "创文明城市 建美好家园", title: "推进全国文明城市国家卫生城市创建 全面加快沿海经济强市建设步伐",
      byline: Byline(
        text: "本报记者 祁洁 本报通讯员 郭丽芹 柴晓宁 摄影报道", reporters: ["祁洁"],
        correspondents: ["郭丽芹", "柴晓宁"]))
    let lines = ArticleLayout.lines(for: article, width: 36)
    let title = lines.filter { $0.style == .title }.map(\.text)
    #expect(title == ["推进全国文明城市国家卫生城市创建", "全面加快沿海经济强市建设步伐"])
    for width in 8...30 {
      let byline = ArticleLayout.lines(for: article, width: width).filter { $0.style == .byline }
      let joined = byline.map(\.text)
      for name in ["祁洁", "郭丽芹", "柴晓宁"] {
        #expect(joined.contains { $0.contains(name) }, "\(name) split at \(width): \(joined)")
      }
    }
    // A headline without spaces still breaks by the usual rules.
    let plain = ArticleLayout.lines(
      for: Article(title: String(repeating: "文", count: 30)), width: 20)
    #expect(plain.filter { $0.style == .title }.count == 3)
  }
}
