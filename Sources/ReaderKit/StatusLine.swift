import PaperKit

extension ReaderState {
  /// Draws the bottom line: ` left  detail  message-or-hints ... right `. The right part and
  /// `left` always show; a message replaces detail and hints; what does not fit is cut or dropped
  /// (hints only whole).
  func drawStatus(
    in area: Rect, into screen: inout Screen, left: String, hints: [Phrase], right: String,
    detail: String = ""
  ) {
    let row = area.row
    let width = area.width
    screen.fill(row: row, style: .status)
    var right = right
    if let pendingCount, message == nil {
      right = language.text(.countPending, String(pendingCount.value)) + "  " + right
    }
    if let readingProgress { right = readingProgress + "  " + right }
    let rightStart = max(0, width - 1 - CellText.width(right))
    screen.put(right, row: row, column: rightStart, style: .status)
    let limit = right.isEmpty ? width : rightStart - 1
    var column = 1
    if !left.isEmpty {
      column = screen.put(left, row: row, column: column, style: .status, limit: limit) + 2
    }
    var pieces: [(String, CellStyle)] = []
    if let message {
      pieces.append((message.text, message.isError ? .error : .status))
    } else if let search, search.hits.isEmpty {
      pieces.append((language.text(.notFoundQuery, search.query), .error))
    } else {
      if !detail.isEmpty { pieces.append((detail, .status)) }
      let room = limit - column - (detail.isEmpty ? 0 : CellText.width(detail) + 2)
      var shown: [String] = []
      for hint in hints.map({ language.text($0) }) {
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
