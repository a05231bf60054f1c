import Glibc
import Testing

@testable import PaperKit

@Suite struct AmbiguousWidthTests {
  @Test func wideModeDiffersFromNarrowExactlyOnAmbiguousCharactersOfWidthOne() {
    var mismatches: [String] = []
    var ambiguous = 0
    for value in UInt32(0)...0x10FFFF {
      let narrow = CellWidth.ofCodePoint(value, ambiguousWide: false)
      let wide = CellWidth.ofCodePoint(value, ambiguousWide: true)
      let isAmbiguous = CellWidth.isAmbiguous(value)
      if isAmbiguous { ambiguous += 1 }
      let expected = isAmbiguous ? 2 : narrow
      if wide != expected || (isAmbiguous && narrow != 1), mismatches.count < 20 {
        mismatches.append("U+\(String(value, radix: 16)): narrow \(narrow), wide \(wide)")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
    #expect(ambiguous > 130_000, "the table covers the private use planes too")
  }

  @Test(arguments: [
    ("“", 1, 2), ("”", 1, 2), ("…", 1, 2), ("—", 1, 2), ("·", 1, 2), ("°", 1, 2), ("①", 1, 2),
    ("×", 1, 2), ("Ω", 1, 2), ("A", 1, 1), ("中", 2, 2), ("，", 2, 2), ("\u{0301}", 0, 0),
    ("ñ", 1, 1), ("é", 1, 2), ("😀", 2, 2), ("\u{7}", -1, -1),
  ])
  func knownScalarsInBothModes(text: String, narrow: Int, wide: Int) {
    let value = text.unicodeScalars.first!.value
    #expect(CellWidth.ofCodePoint(value, ambiguousWide: false) == narrow)
    #expect(CellWidth.ofCodePoint(value, ambiguousWide: true) == wide)
  }

  @Test func theExportedWcwidthIsTheTablesIncludingNegativeWideCharacters() {
    // The process's setting is narrow in the tests (nothing sets it: tests run in parallel).
    #expect(CellWidth.ambiguousWidth == .narrow)
    for value in [0, 0x20, 0x41, 0x7, 0x201C, 0x4E2D, 0x1F600, 0x10FFFF] {
      #expect(CellWidth.wcwidth(Int32(value)) == Int32(CellWidth.ofCodePoint(UInt32(value))))
    }
    #expect(CellWidth.wcwidth(-1) == -1)
    #expect(CellWidth.wcwidth(0x110000) == -1)
  }
}
