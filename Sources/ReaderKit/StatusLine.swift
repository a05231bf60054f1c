import PaperKit

extension ReaderState {
  /// Draws the bottom line: ` left  detail  message-or-hints ... right `. The right part and
  /// `left` always show; a message replaces the hints; what does not fit is cut or dropped
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
    if !detail.isEmpty { pieces.append((detail, .status)) }
    if let message {
      pieces.append((message.text, message.isError ? .error : .status))
    } else if let search, search.hits.isEmpty {
      pieces.append(("not found: \(search.query)", .error))
    } else {
      let room = limit - column - (detail.isEmpty ? 0 : CellText.width(detail) + 2)
      var shown: [String] = []
      for hint in hints
      where CellText.width((shown + [hint]).joined(separator: "  ")) <= max(room, 0) {
        shown.append(hint)
      }
      if !shown.isEmpty { pieces.append((shown.joined(separator: "  "), .statusKey)) }
    }
    // The message matters more than the section name: drop the name when both do not fit.
    let total = pieces.reduce(0) { $0 + CellText.width($1.0) + 2 }
    let urgent = message != nil || search?.hits.isEmpty == true
    if pieces.count == 2, urgent, column + total > limit { pieces.removeFirst() }
    for (text, style) in pieces where column < limit {
      let fitted = CellText.fit(text, width: limit - column)
      column = screen.put(fitted, row: row, column: column, style: style, limit: limit) + 2
    }
  }
}
