import PaperKit

extension ReaderState {
  /// Draws the bottom line: ` left  detail  message-or-hints ... right `. The right part and
  /// `left` always show; a message replaces detail and hints; what does not fit is cut or dropped
  /// (hints only whole).
  func drawStatus(
    into screen: inout Screen, left: String, hints: [String], right: String, detail: String = ""
  ) {
    let size = screen.size
    let row = size.height - 1
    screen.fill(row: row, style: .status)
    let rightStart = max(0, size.width - 1 - CellText.width(right))
    screen.put(right, row: row, column: rightStart, style: .status)
    let limit = right.isEmpty ? size.width : rightStart - 1
    var column = 1
    if !left.isEmpty {
      column = screen.put(left, row: row, column: column, style: .status, limit: limit) + 2
    }
    var pieces: [(String, CellStyle)] = []
    if let message {
      pieces.append((message.text, message.isError ? .error : .status))
    } else if let search, search.hits.isEmpty {
      pieces.append(("not found: \(search.query)", .error))
    } else {
      if !detail.isEmpty { pieces.append((detail, .status)) }
      let room = limit - column - (detail.isEmpty ? 0 : CellText.width(detail) + 2)
      var shown: [String] = []
      for hint in hints {
        if CellText.width((shown + [hint]).joined(separator: "  ")) > room { break }
        shown.append(hint)
      }
      if !shown.isEmpty { pieces.append((shown.joined(separator: "  "), .statusKey)) }
    }
    for (text, style) in pieces where column < limit {
      let fitted = CellText.fit(text, width: limit - column)
      column = screen.put(fitted, row: row, column: column, style: style, limit: limit) + 2
    }
  }
}
