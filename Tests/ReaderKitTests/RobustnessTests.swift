import PaperKit
import Testing

@testable import ReaderKit

@Suite struct RobustnessTests {
  /// Every key the reader knows, plus ones it does not.
  static let keys: [Key] =
    Keymap.bindings.flatMap { binding in
      binding.keys.compactMap { pattern -> Key? in
        if case .key(let key) = pattern { return key }
        return nil
      }
    } + [
      .character("1"), .character("3"), .character("9"), .character("中"), .character("報"),
      .character("é"), .character("👍🏽"), .character("\u{7}"), .control("x"), .function(5),
      .function(12), .unknown, .delete, .resize, .character("/"), .character("获"),
      .character("得"), .character("感"), .enter, .escape, .backspace,
      .mouse(.init(kind: .click, row: 3, column: 5)),
      .mouse(.init(kind: .click, row: -1, column: 500)),
      .mouse(.init(kind: .click, row: 900, column: 0)),
      .mouse(.init(kind: .wheelUp, row: 0, column: 0)),
      .mouse(.init(kind: .wheelDown, row: 5, column: 5)),
    ]

  static let sizes = [
    ScreenSize(width: 0, height: 0), .init(width: 1, height: 1), .init(width: 19, height: 6),
    .init(width: 20, height: 5), .init(width: 20, height: 6), .init(width: 21, height: 7),
    .init(width: 41, height: 12), .init(width: 80, height: 24), .init(width: 200, height: 3),
    .init(width: -3, height: -1), .init(width: 160, height: 40), .init(width: 120, height: 8),
    .init(width: 300, height: 6),
  ]

  @Test(arguments: [
    [TestPages.seed], [TestPages.seed, TestPages.second, TestPages.empty], [TestPages.empty],
    [TestPages.hollow], [], [FurnishedPages.front, TestPages.empty, FurnishedPages.sixth],
  ])
  func randomKeysAtEverySizeNeverBreakTheScreen(pages: [Page]) {
    var seed: UInt64 = 0x5EED
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    var state = ReaderState(pages: pages)
    for _ in 0..<1500 {
      let size = Self.sizes[next(Self.sizes.count)]
      let key = Self.keys[next(Self.keys.count)]
      if state.handle(key, size: size) == .quit { state = ReaderState(pages: pages) }
      let s = state.render(size: size)
      #expect(s.cells.count == max(size.width, 0) * max(size.height, 0))
      assertWellFormed(s)
      let articles = state.index.articles.count
      #expect(articles == 0 || state.index.articles.indices.contains(state.list.selection))
      if state.focus.pane == .article {
        #expect(state.index.articles.indices.contains(state.viewport.article))
      }
      if let search = state.search, let current = search.current {
        #expect(search.hits.indices.contains(current))
      }
      #expect(
        (s.cursor != nil) == (state.focus.prompt != nil && s.size.width >= 20 && s.size.height >= 6)
      )
      if let cursor = s.cursor {
        #expect(cursor.row >= 0 && cursor.row < s.size.height)
        #expect(cursor.column >= 0 && cursor.column < s.size.width)
      }
    }
  }

  @Test func belowTwentyBySixOneLineSaysTheTerminalIsTooSmall() {
    assertScreen(
      screen([], size: .init(width: 19, height: 6)),
      ["terminal too small", "", "", "", "", ""])
    assertScreen(
      screen([.enter], size: .init(width: 25, height: 5)),
      ["terminal too small"] + Array(repeating: "", count: 4))
    assertScreen(screen([], size: .init(width: 10, height: 2)), ["terminal…", ""])
    #expect(screen([], size: .init(width: 0, height: 0)).rows.isEmpty)
    #expect(text(screen([], size: .init(width: 20, height: 6)))[0] == " 推进全国文明城市国…")
  }

  @Test func keysPressedOnATooSmallTerminalStillWorkAfterGrowing() {
    let tiny = ScreenSize(width: 5, height: 2)
    var state = ReaderState(pages: [TestPages.seed])
    for key in [Key.down, .enter, .character("G"), .character("j")] {
      _ = state.handle(key, size: tiny)
    }
    _ = state.handle(.resize, size: wide)
    #expect(state.focus.pane == .article && state.viewport.article == 1)
    assertWellFormed(state.render(size: wide))
  }

  @Test func chineseTypedByMistakeSaysHowToGetHelp() {
    #expect(
      text(screen(typing("中"), size: wide)).last?.hasPrefix(" 1/6  unknown key 中, ? for help")
        == true)
    let reading = screen([.enter, .character("读")], size: wide)
    #expect(text(reading).last?.hasPrefix(" 1/6  unknown key 读, ? for help") == true)
    // Keys without a printable name change nothing; named ones say so, unknown ones not.
    let quiet = reader([.unknown], size: wide)
    #expect(quiet.focus.pane == .list && quiet.list.selection == 0 && quiet.message == nil)
    for key in [Key.function(9), .control("x")] {
      let said = reader([key], size: wide)
      #expect(said.focus.pane == .list && said.list.selection == 0)
      #expect(said.message?.text == "\(key.label) does nothing here")
    }
  }
}
