import PaperKit

/// A terminal size in cells.
public struct ScreenSize: Sendable, Equatable, Hashable {
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// Creates a size.
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
}

/// What a cell should look like; the terminal adapter maps each style to colours or, without
/// colour, to bold/reverse/dim.
public enum CellStyle: UInt8, Sendable, Equatable, CaseIterable {
  case plain, banner, section, kicker, title, subtitle, byline, lead, subheading, caption, note
  case selected, status, statusKey, match, currentMatch, prompt, dim, error
}

/// One cell of the screen grid. A wide character sits in its first cell (`width` 2) and the
/// next cell is a continuation (`width` 0, empty text).
public struct Cell: Sendable, Equatable {
  /// The grapheme cluster drawn here; empty for a continuation cell, " " for blank.
  public var text: String
  /// 1 or 2 for a cell that starts a character, 0 for the continuation of a wide one.
  public var width: UInt8
  /// How it looks.
  public var style: CellStyle

  /// A blank cell.
  public static let blank = Cell(text: " ", width: 1, style: .plain)

  /// Creates a cell.
  public init(text: String, width: UInt8, style: CellStyle) {
    self.text = text
    self.width = width
    self.style = style
  }
}

/// A cell position on the screen.
public struct ScreenPosition: Sendable, Equatable, Hashable {
  /// Row, from 0 at the top.
  public var row: Int
  /// Column, from 0 at the left.
  public var column: Int

  /// Creates a position.
  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }
}

/// A grid of cells that views draw into and the terminal adapter shows.
public struct Screen: Sendable, Equatable {
  /// The grid's size.
  public let size: ScreenSize
  /// Row-major cells, `size.width * size.height` of them.
  public private(set) var cells: [Cell]
  /// Where the terminal should show a visible cursor (the search prompt), or nil to hide it.
  public var cursor: ScreenPosition?

  /// A blank screen of this size.
  public init(size: ScreenSize) {
    self.size = ScreenSize(width: max(size.width, 0), height: max(size.height, 0))
    cells = Array(repeating: .blank, count: self.size.width * self.size.height)
  }

  /// The cell at a row and column.
  public subscript(row: Int, column: Int) -> Cell {
    cells[row * size.width + column]
  }

  /// Draws `text` at a position, clipped at `limit` (default: the right edge); returns the
  /// column after the last cell drawn. A wide character that would straddle the limit is
  /// replaced by blank cells; scalars the C library rates -1 are drawn as U+FFFD.
  @discardableResult
  public mutating func put(
    _ text: String, row: Int, column: Int, style: CellStyle = .plain, limit: Int? = nil
  ) -> Int {
    let end = min(limit ?? size.width, size.width)
    guard row >= 0, row < size.height else { return column }
    var col = column
    // Replacing a cluster's scalars can split it (CR LF becomes two U+FFFD), so iterate the
    // replaced text, not the clusters of the original.
    for character in CellWidth.displayable(text) {
      if CellWidth.of(character) == 0 { continue }
      // A cluster ncursesw draws in several cells (an Indic conjunct) takes one per piece.
      let pieces =
        character.unicodeScalars.count > 1 ? DrawnText.pieces(of: character) : [String(character)]
      for piece in pieces {
        let first = CellWidth.ofScalar(piece.unicodeScalars.first!)
        if first == 0 { continue }  // marks with nothing to sit on take no cell
        let w = min(first, 2)
        if col + w > end {
          while col < end {
            set(row, col, .init(text: " ", width: 1, style: style))
            col += 1
          }
          return col
        }
        if col >= 0 {
          set(row, col, .init(text: piece, width: UInt8(w), style: style))
          if w == 2 { set(row, col + 1, .init(text: "", width: 0, style: style)) }
        }
        col += w
      }
    }
    return col
  }

  /// Sets the style of cells in a row without changing their text.
  public mutating func restyle(row: Int, columns: Range<Int>, style: CellStyle) {
    guard row >= 0, row < size.height else { return }
    for col in columns.clamped(to: 0..<size.width) {
      cells[row * size.width + col].style = style
    }
  }

  /// Fills a whole row with blank cells of a style.
  public mutating func fill(row: Int, style: CellStyle) {
    guard row >= 0, row < size.height else { return }
    for col in 0..<size.width {
      cells[row * size.width + col] = .init(text: " ", width: 1, style: style)
    }
  }

  /// The rows as plain text (continuation cells skipped), for tests and dumps.
  public var rows: [String] {
    (0..<size.height).map { row in
      (0..<size.width).map { self[row, $0].text }.joined()
    }
  }

  private mutating func set(_ row: Int, _ col: Int, _ cell: Cell) {
    guard col >= 0, col < size.width else { return }
    let index = row * size.width + col
    // Overwriting half of a wide character blanks its other half.
    if cells[index].width == 0, col > 0, cells[index - 1].width == 2 {
      cells[index - 1] = .init(text: " ", width: 1, style: cells[index - 1].style)
    }
    if cells[index].width == 2, col + 1 < size.width, cell.width != 2 {
      cells[index + 1] = .init(text: " ", width: 1, style: cells[index].style)
    }
    cells[index] = cell
  }
}
