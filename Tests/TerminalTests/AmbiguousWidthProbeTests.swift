import PaperKit
import Testing

@testable import Terminal

@Suite struct AmbiguousWidthProbeTests {
  @Test func aCursorReportGivesItsColumn() {
    #expect(AmbiguousWidthProbe.column(inReport: Array("\u{1B}[12;2R".utf8)) == 2)
    #expect(AmbiguousWidthProbe.column(inReport: Array("\u{1B}[1;3R".utf8)) == 3)
    // Keys typed before the answer, and a stray escape, are skipped.
    #expect(AmbiguousWidthProbe.column(inReport: Array("jk\u{1B}\u{1B}[5;40Rq".utf8)) == 40)
  }

  @Test(arguments: [
    "", "\u{1B}[12;2", "\u{1B}[;2R", "\u{1B}[12R", "\u{1B}[12;R", "12;2R", "\u{1B}]12;2R",
  ])
  func noOrAPartialReportGivesNoColumn(text: String) {
    #expect(AmbiguousWidthProbe.column(inReport: Array(text.utf8)) == nil)
  }

  @Test func theColumnAfterOneAmbiguousCharacterIsItsWidth() {
    #expect(AmbiguousWidthProbe.width(afterColumn: 2) == .narrow)
    #expect(AmbiguousWidthProbe.width(afterColumn: 3) == .wide)
    #expect(AmbiguousWidthProbe.width(afterColumn: 1) == nil)
    #expect(AmbiguousWidthProbe.width(afterColumn: 80) == nil)
  }

  @Test func theProbeWritesAnAmbiguousCharacterThenAsksAndErases() {
    #expect(AmbiguousWidthProbe.request == Array("\r“\u{1B}[6n".utf8))
    #expect(AmbiguousWidthProbe.erase == Array("\r\u{1B}[K".utf8))
  }
}
