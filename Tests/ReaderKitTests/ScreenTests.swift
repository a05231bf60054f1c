import Testing

@testable import ReaderKit

@Suite struct ScreenTests {
  @Test func wideCharacterNeverStraddlesTheRightEdge() {
    var screen = Screen(size: .init(width: 5, height: 1))
    let end = screen.put("ab读报", row: 0, column: 0)
    #expect(screen.rows == ["ab读 "])
    #expect(end == 5)
    #expect(screen[0, 2].width == 2)
    #expect(screen[0, 3].width == 0)
  }

  @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
    var screen = Screen(size: .init(width: 4, height: 1))
    screen.put("读报", row: 0, column: 0)
    screen.put("x", row: 0, column: 1)
    #expect(screen.rows == [" x报"])
  }

  @Test func aCarriageReturnLineFeedClusterIsDrawnAsTwoReplacementCells() {
    // "\r\n" is one Character whose two scalars each become U+FFFD: two clusters, two cells.
    var screen = Screen(size: .init(width: 6, height: 1))
    let end = screen.put("a\r\nb", row: 0, column: 0)
    #expect(end == 4)
    #expect(screen.rows == ["a\u{FFFD}\u{FFFD}b  "])
    #expect(CellText.width("a\r\nb") == 4)
    #expect(CellText.fit("\r\n读报", width: 4) == "\u{FFFD}\u{FFFD}…")
    #expect(CellText.fit("a\r\nb", width: 4) == "a\r\nb")
  }
}
