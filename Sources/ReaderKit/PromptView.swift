import PaperKit

extension ReaderState {
  /// Draws the prompt over the bottom line and places the cursor in it.
  func drawPrompt(_ session: PromptSession, into screen: inout Screen) {
    let size = screen.size
    let row = size.height - 1
    screen.fill(row: row, style: .prompt)
    let label: String
    switch session.purpose {
    case .search: label = "/"
    case .save: label = language.text(.savePrompt)
    case .pipe: label = "| " + language.text(.pipePrompt)
    case .overwrite(let path):
      // The file's name, not its folders: the question must fit.
      let name = path.split(separator: "/").last.map(String.init) ?? path
      screen.put(
        CellText.fit(language.text(.overwriteQuestion, name), width: size.width - 1), row: row,
        column: 0, style: .prompt)
      return
    }
    let editor = session.editor
    let start = min(CellText.width(label), size.width / 2)
    screen.put(label, row: row, column: 0, style: .prompt, limit: start)
    var status = ""
    if session.purpose == .search, let search, editor.text.count == search.query.count,
      editor.string == search.query
    {
      status = search.hits.isEmpty ? language.text(.notFound) : (searchStatus ?? "")
    }
    let statusWidth = status.isEmpty ? 0 : CellText.width(status) + 2
    // Scroll the line left so that the cursor stays on screen, measuring only what shows.
    var room = size.width - 1 - start
    if statusWidth > 0, room - statusWidth >= 10 { room -= statusWidth } else { status = "" }
    let first = editor.firstVisible(room: room)
    let shown = editor.text[first...].prefix(room)
    screen.put(String(shown), row: row, column: start, style: .prompt, limit: start + room)
    if !status.isEmpty {
      let style: CellStyle = search?.hits.isEmpty == true ? .error : .prompt
      screen.put(status, row: row, column: size.width - 1 - CellText.width(status), style: style)
    }
    screen.cursor = ScreenPosition(
      row: row, column: start + CellText.width(String(editor.text[first..<editor.cursor])))
  }
}
