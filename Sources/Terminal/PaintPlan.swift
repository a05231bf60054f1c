import ReaderKit

/// One cell as the painter hands it to curses.
struct CellDraw: Equatable {
  /// Where it goes.
  var row: Int
  /// Where it goes.
  var column: Int
  /// The scalars to draw (`DrawnText.scalars`), or " " for a blank.
  var text: String
  /// How it looks.
  var style: CellStyle
  /// Whether to insert rather than add (the bottom-right cell, so curses never wraps past it).
  var insert: Bool
}

/// What the painter draws, as plain functions of the old and the new frame: which columns of a
/// row changed and which cells that takes. No curses here, so it can be tested.
enum PaintPlan {
  /// The columns of `row` to redraw: from the first to the last changed cell, widened so that
  /// it starts and ends on whole characters in both the old and the new frame. All visible
  /// columns without an old frame; nil when nothing changed.
  static func changedSpan(row: Int, in screen: Screen, comparedTo old: Screen?, columns: Int)
    -> ClosedRange<Int>?
  {
    guard columns > 0 else { return nil }
    guard let old else { return 0...(columns - 1) }
    var first: Int?
    var last = 0
    for column in 0..<columns where screen[row, column] != old[row, column] {
      if first == nil { first = column }
      last = column
    }
    guard var low = first else { return nil }
    var high = last
    while low > 0, screen[row, low].width == 0 || old[row, low].width == 0 { low -= 1 }
    while high + 1 < columns, screen[row, high + 1].width == 0 || old[row, high + 1].width == 0 {
      high += 1
    }
    return low...high
  }

  /// The cells to draw for `columns` of `row`: a wide character once from its first cell, and
  /// a blank for any cell that cannot be drawn whole inside the visible area.
  static func cells(
    row: Int, columns: ClosedRange<Int>, of screen: Screen, visibleColumns: Int, visibleRows: Int
  ) -> [CellDraw] {
    var draws: [CellDraw] = []
    var column = columns.lowerBound
    while column <= columns.upperBound {
      let cell = screen[row, column]
      var text = drawnText(of: cell.text)
      var width = Int(cell.width)
      if width == 0 {
        // A continuation whose first half is inside the span: that half drew the character.
        if column > columns.lowerBound, screen[row, column - 1].width == 2 {
          column += 1
          continue
        }
        // An orphan continuation (its first half is left of the span, or missing): blank.
        text = " "
        width = 1
      }
      if width == 2, column + 1 >= visibleColumns {
        text = " "
        width = 1
      }
      let isLastCell = row == visibleRows - 1 && column + width >= visibleColumns
      draws.append(
        CellDraw(row: row, column: column, text: text, style: cell.style, insert: isLastCell))
      column += width
    }
    return draws
  }

  /// What to draw for a cell's cluster: `DrawnText.scalars` (the first scalar and its
  /// marks, without VS16 after a narrow base or a trailing ZWJ), so the terminal advances
  /// exactly as the layout counted; a blank for an empty cell or a control character.
  static func drawnText(of cellText: String) -> String {
    guard let character = cellText.first else { return " " }
    let drawn = DrawnText.scalars(of: character)
    guard let first = drawn.unicodeScalars.first, first.value >= 0x20 else { return " " }
    return drawn
  }
}
