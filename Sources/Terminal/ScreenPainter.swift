import CNcursesw
import ReaderKit

/// Draws `Screen`s into curses' standard screen, touching only the cells that changed since
/// the last frame. curses then sends the terminal only what differs from what it shows.
struct ScreenPainter {
  /// The frame drawn last; nil forces a full redraw (first frame, after a resize).
  private var previous: Screen?
  /// Whether the terminal's cursor is visible (curses starts with it hidden).
  private var cursorShown = false
  /// Maps styles to attributes and colours.
  let theme: Theme

  /// A painter with nothing drawn yet.
  init(theme: Theme) {
    self.theme = theme
  }

  /// Forgets the last frame so the next one repaints every cell and curses clears the
  /// terminal first (no stale halves of wide characters after a resize).
  mutating func invalidate() {
    previous = nil
    _ = clearok(dubao_stdscr(), true)
  }

  /// Draws `screen`, clipped to the terminal's current size, and refreshes.
  mutating func draw(_ screen: Screen) {
    let rows = min(screen.size.height, Int(dubao_rows()))
    let columns = min(screen.size.width, Int(dubao_columns()))
    let old = previous.flatMap { $0.size == screen.size ? $0 : nil }
    if old == nil { _ = werase(dubao_stdscr()) }
    for row in 0..<max(rows, 0) {
      guard let span = changedSpan(row: row, in: screen, comparedTo: old, columns: columns)
      else { continue }
      drawCells(row: row, columns: span, of: screen, visibleColumns: columns, visibleRows: rows)
    }
    previous = screen
    placeCursor(screen.cursor, rows: rows, columns: columns)
    _ = wrefresh(dubao_stdscr())
  }

  /// Shows the cursor where the screen asks for one (the search prompt), hides it otherwise.
  private mutating func placeCursor(_ cursor: ScreenPosition?, rows: Int, columns: Int) {
    if let cursor, (0..<rows).contains(cursor.row), (0..<columns).contains(cursor.column) {
      _ = leaveok(dubao_stdscr(), false)
      _ = wmove(dubao_stdscr(), Int32(cursor.row), Int32(cursor.column))
      if !cursorShown { _ = curs_set(1) }
      cursorShown = true
    } else {
      _ = leaveok(dubao_stdscr(), true)
      if cursorShown { _ = curs_set(0) }
      cursorShown = false
    }
  }

  /// The columns of `row` to redraw: from the first to the last changed cell, widened so that
  /// it starts and ends on whole characters in both the old and the new frame.
  private func changedSpan(row: Int, in screen: Screen, comparedTo old: Screen?, columns: Int)
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

  /// Draws the cells of one row; a wide character is drawn once from its first cell, and any
  /// cell that cannot be drawn whole inside the visible area becomes a blank.
  private func drawCells(
    row: Int, columns: ClosedRange<Int>, of screen: Screen, visibleColumns: Int, visibleRows: Int
  ) {
    var column = columns.lowerBound
    while column <= columns.upperBound {
      let cell = screen[row, column]
      let look = theme.look(cell.style)
      var text = cell.text
      var width = Int(cell.width)
      if width == 0 {
        // A continuation whose first half lies outside the span: the first half was drawn.
        if column > 0, screen[row, column - 1].width == 2, column - 1 >= columns.lowerBound {
          column += 1
          continue
        }
        text = " "
        width = 1
      }
      if width == 2, column + 1 >= visibleColumns {
        text = " "
        width = 1
      }
      let isLastCell = row == visibleRows - 1 && column + width >= visibleColumns
      put(text, row: row, column: column, look: look, insert: isLastCell)
      column += width
    }
  }

  private func put(_ text: String, row: Int, column: Int, look: CellLook, insert: Bool) {
    var chars = text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
    if chars.isEmpty || chars[0] < 32 { chars = [0x20] }
    chars.append(0)
    _ = dubao_put_cell(
      Int32(row), Int32(column), chars, look.attributes, look.pair, insert ? 1 : 0)
  }
}
