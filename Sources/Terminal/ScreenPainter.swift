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
      guard
        let span = PaintPlan.changedSpan(row: row, in: screen, comparedTo: old, columns: columns)
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

  /// Draws the cells of one row that `PaintPlan` picks for `columns`.
  private func drawCells(
    row: Int, columns: ClosedRange<Int>, of screen: Screen, visibleColumns: Int, visibleRows: Int
  ) {
    let draws = PaintPlan.cells(
      row: row, columns: columns, of: screen, visibleColumns: visibleColumns,
      visibleRows: visibleRows)
    for draw in draws {
      let look = theme.look(draw.style)
      var chars = draw.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
      chars.append(0)
      _ = dubao_put_cell(
        Int32(draw.row), Int32(draw.column), chars, look.attributes, look.pair,
        draw.insert ? 1 : 0)
    }
  }
}
