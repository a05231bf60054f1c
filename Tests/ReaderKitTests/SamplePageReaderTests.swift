import PaperKit
import Testing

@testable import ReaderKit

/// The bundled sample page as the parser reads it.
enum ParsedSample {
  static let page = PageParser.parse(SamplePage.text, source: SamplePage.source)
}

/// The bundled sample page through the real parser, driven as the end-to-end test drives the
/// binary. These fail, not skip, when the parser regresses.
struct SamplePageReaderTests {
  static let page = ParsedSample.page

  func press(_ keys: [Key], _ state: inout ReaderState, size: ScreenSize = wide) -> Screen {
    for key in keys { _ = state.handle(key, size: size) }
    return state.render(size: size)
  }

  @Test func tabToTheNewsSectionOpenTheParkArticleAndReadToTheEnd() throws {
    var state = ReaderState(pages: [Self.page])
    var s = state.render(size: wide)
    #expect(text(s)[0].hasPrefix(" 推进全国文明城市国家卫生城市创建"))
    #expect(text(s)[1] == "1 “双争”进行时")
    s = press([.tab], &state)
    let selected = try #require(styled(s, .selected).first)
    #expect(selected.contains("沧州经济开发区：公园绿地开放共享"))
    s = press([.enter], &state)
    #expect(text(s)[0] == "沧州经济开发区：公园绿地开放共享")
    s = press([.character("G")], &state)
    let article = Self.page.sections[1].articles[0]
    let last = try #require(article.blocks.last?.text)
    let rows = text(s).dropLast().filter { !$0.isEmpty }
    let bottom = try #require(rows.last)
    #expect(last.hasSuffix(bottom.trimmingCharacters(in: .whitespaces)))
    #expect(text(s).last?.hasSuffix("100%") == true)
    s = press([.character("q")], &state)
    #expect(state.focus.pane == .list)
    for size in [narrow, ScreenSize(width: 20, height: 6)] {
      s = press([.resize], &state, size: size)
      assertWellFormed(s)
      #expect(s.rows.allSatisfy { CellWidth.of($0) == size.width })
    }
    s = press([.character("?")], &state, size: narrow)
    #expect(text(s)[0] == " Dubao keys")
    #expect(state.handle(.character("q"), size: narrow) == .continue)
    #expect(state.handle(.character("q"), size: narrow) == .quit)
  }

  @Test func searchingTheSamplePageFindsThreeMatchesAndWraps() throws {
    var state = ReaderState(pages: [Self.page])
    var s = press([.character("/")] + typing("获得感") + [.enter], &state)
    #expect(text(s).last?.contains(" 1/3 ") == true)
    #expect(styled(s, .currentMatch).first?.hasSuffix(":获得感") == true)
    let first = state.viewport.article
    s = press(typing("n"), &state)
    #expect(text(s).last?.contains(" 2/3 ") == true)
    #expect(state.viewport.article != first)
    s = press(typing("nn"), &state)
    #expect(text(s).last?.contains(" 1/3 ") == true)
    #expect(text(s).last?.contains("wrapped to first match") == true)
    #expect(state.viewport.article == first)
  }

  @Test func fullWidthDigitsFindHalfWidthOnes() {
    var state = ReaderState(pages: [Self.page])
    let s = press([.character("/")] + typing("６月") + [.enter], &state)
    #expect(styled(s, .currentMatch).first?.hasSuffix(":6月") == true)
    #expect(text(s).last?.contains("not found") == false)
  }
}
