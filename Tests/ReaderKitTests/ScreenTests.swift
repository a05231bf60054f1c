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
}
