import ReaderKit
import Testing

@testable import Terminal

/// A one-row screen of `width` cells holding `text` from column 0.
private func row(_ text: String, width: Int) -> Screen {
  var screen = Screen(size: ScreenSize(width: width, height: 1))
  screen.put(text, row: 0, column: 0)
  return screen
}

/// The (column, text) of each cell the plan draws.
private func drawn(_ draws: [CellDraw]) -> [String] {
  draws.map { "\($0.column):\($0.text)" }
}

@Suite("Painting: changed spans, whole characters, drawn scalars")
struct PaintPlanTests {
  @Test("without an old frame every visible column is redrawn; an unchanged row is skipped")
  func fullAndNoRedraw() {
    let screen = row("读报 dubao", width: 12)
    #expect(PaintPlan.changedSpan(row: 0, in: screen, comparedTo: nil, columns: 10) == 0...9)
    #expect(PaintPlan.changedSpan(row: 0, in: screen, comparedTo: screen, columns: 12) == nil)
    #expect(PaintPlan.changedSpan(row: 0, in: screen, comparedTo: nil, columns: 0) == nil)
  }

  @Test("the span runs from the first to the last changed cell")
  func narrowChange() {
    let old = row("abcdef", width: 8)
    let new = row("abXdYf", width: 8)
    #expect(PaintPlan.changedSpan(row: 0, in: new, comparedTo: old, columns: 8) == 2...4)
  }

  @Test("a change on a wide character's continuation widens the span to its first cell")
  func widenLeft() {
    let old = row("ab中", width: 6)
    var new = old
    new.restyle(row: 0, columns: 3..<4, style: .match)
    #expect(PaintPlan.changedSpan(row: 0, in: new, comparedTo: old, columns: 6) == 2...3)
  }

  @Test("a changed wide character widens the span to its continuation")
  func widenRight() {
    let old = row("a中b", width: 6)
    let new = row("a文b", width: 6)
    #expect(PaintPlan.changedSpan(row: 0, in: new, comparedTo: old, columns: 6) == 1...2)
  }

  @Test("wide in the old frame, narrow ones in the new, and back: the whole character")
  func wideToNarrow() {
    let wide = row("a中b", width: 6)
    let narrow = row("axyb", width: 6)
    #expect(PaintPlan.changedSpan(row: 0, in: narrow, comparedTo: wide, columns: 6) == 1...2)
    #expect(PaintPlan.changedSpan(row: 0, in: wide, comparedTo: narrow, columns: 6) == 1...2)
  }

  @Test("a wide character is drawn once, from its first cell")
  func wideDrawnOnce() {
    let screen = row("读报ok", width: 6)
    let draws = PaintPlan.cells(
      row: 0, columns: 0...5, of: screen, visibleColumns: 6, visibleRows: 2)
    #expect(drawn(draws) == ["0:读", "2:报", "4:o", "5:k"])
    #expect(draws.allSatisfy { !$0.insert })
  }

  @Test("a span starting on a continuation draws a blank there, not half a character")
  func orphanContinuation() {
    let screen = row("读报", width: 4)
    let draws = PaintPlan.cells(
      row: 0, columns: 1...3, of: screen, visibleColumns: 4, visibleRows: 2)
    #expect(drawn(draws) == ["1: ", "2:报"])
  }

  @Test("a wide character that does not fit whole in the last visible column is a blank")
  func clippedWide() {
    let screen = row("abc读", width: 6)
    let draws = PaintPlan.cells(
      row: 0, columns: 0...3, of: screen, visibleColumns: 4, visibleRows: 2)
    #expect(drawn(draws) == ["0:a", "1:b", "2:c", "3: "])
  }

  @Test("only the bottom-right cell is inserted")
  func bottomRightInserted() {
    let screen = row("ab读", width: 4)
    let draws = PaintPlan.cells(
      row: 0, columns: 0...3, of: screen, visibleColumns: 4, visibleRows: 1)
    #expect(draws.map(\.insert) == [false, false, true])
    let notLastRow = PaintPlan.cells(
      row: 0, columns: 0...3, of: screen, visibleColumns: 4, visibleRows: 2)
    #expect(notLastRow.map(\.insert) == [false, false, false])
  }

  @Test("cells keep their style")
  func styles() {
    var screen = row("ab", width: 2)
    screen.restyle(row: 0, columns: 1..<2, style: .currentMatch)
    let draws = PaintPlan.cells(
      row: 0, columns: 0...1, of: screen, visibleColumns: 2, visibleRows: 2)
    #expect(draws.map(\.style) == [.plain, .currentMatch])
  }

  @Test(
    "a cell draws its cluster's drawn scalars",
    arguments: [
      ("❤\u{FE0F}", "❤"),  // VS16 after a 1-cell base is dropped
      ("👨\u{200D}👩\u{200D}👧", "👨"),  // ZWJ family: the first emoji, no trailing ZWJ
      ("👍🏽", "👍"),  // skin tone
      ("🇨🇳", "🇨"),  // flag: the first regional indicator
      ("e\u{301}", "e\u{301}"),  // a combining mark stays
      ("1\u{FE0F}\u{20E3}", "1\u{20E3}"),  // keycap
      ("获", "获"),
      (" ", " "),
      ("", " "),  // a continuation cell's empty text
      ("\u{0}", " "),  // NUL (width 0) is never sent
    ])
  func drawnText(cluster: String, expected: String) {
    #expect(
      Array(PaintPlan.drawnText(of: cluster).unicodeScalars) == Array(expected.unicodeScalars))
  }

  @Test("a ❤️ on the screen is drawn without VS16")
  func emojiCellDrawn() {
    let screen = row("❤\u{FE0F}a", width: 4)
    let draws = PaintPlan.cells(
      row: 0, columns: 0...1, of: screen, visibleColumns: 4, visibleRows: 2)
    #expect(draws.map { Array($0.text.unicodeScalars) } == [["❤"], ["a"]])
  }
}
