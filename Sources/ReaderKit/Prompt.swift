import PaperKit

/// The search prompt being edited on the bottom line.
struct Prompt: Sendable {
  /// The query typed so far, one element per character (a wide one counts once).
  var text: [Character] = []
  /// Where the cursor is, as an index into `text`.
  var cursor = 0
  /// The history entry shown, while ↑/↓ browse it.
  var historyIndex: Int?
  /// What was typed before browsing the history, for ↓ past the newest entry.
  var draft: [Character] = []
  /// The view when `/` was pressed; Esc returns to it and the search starts from it.
  var origin: SavedView
  /// The search before `/`; Esc brings it back.
  var savedSearch: Search?
}

extension ReaderState {
  /// Opens the prompt, remembering the view to search from and to return to.
  mutating func openPrompt() {
    prompt = Prompt(origin: savedView, savedSearch: search)
  }

  /// Edits the prompt or leaves it.
  mutating func handlePrompt(_ key: Key, size: ScreenSize) {
    guard var p = prompt, let binding = Keymap.binding(for: key, in: [.prompt]) else { return }
    var edited = true
    switch binding.action {
    case .promptInsert:
      guard case .character(let c) = key else { return }
      p.text.insert(c, at: p.cursor)
      p.cursor += 1
    case .promptBackspace:
      if p.text.isEmpty {
        cancelPrompt()
        return
      }
      guard p.cursor > 0 else { return }
      p.text.remove(at: p.cursor - 1)
      p.cursor -= 1
    case .promptDelete:
      guard p.cursor < p.text.count else { return }
      p.text.remove(at: p.cursor)
    case .promptClear:
      p.text = []
      p.cursor = 0
    case .promptLeft:
      p.cursor = max(0, p.cursor - 1)
      edited = false
    case .promptRight:
      p.cursor = min(p.text.count, p.cursor + 1)
      edited = false
    case .promptStart:
      p.cursor = 0
      edited = false
    case .promptEnd:
      p.cursor = p.text.count
      edited = false
    case .promptOlder:
      guard !history.isEmpty else { return }
      if let i = p.historyIndex {
        p.historyIndex = max(0, i - 1)
      } else {
        p.draft = p.text
        p.historyIndex = history.count - 1
      }
      p.text = Array(history[p.historyIndex ?? 0])
      p.cursor = p.text.count
    case .promptNewer:
      guard let i = p.historyIndex else { return }
      if i + 1 < history.count {
        p.historyIndex = i + 1
        p.text = Array(history[i + 1])
      } else {
        p.historyIndex = nil
        p.text = p.draft
      }
      p.cursor = p.text.count
    case .promptCancel:
      cancelPrompt()
      return
    case .promptConfirm:
      prompt = p
      confirmPrompt(size: size)
      return
    default:
      return
    }
    prompt = p
    if edited { searchAsTyped(size: size) }
  }

  /// Esc: back to the view and the search from before `/`.
  mutating func cancelPrompt() {
    guard let p = prompt else { return }
    restore(p.origin)
    search = p.savedSearch
    prompt = nil
  }

  /// Incremental search: from the view `/` was pressed in, show the first match at or after it.
  mutating func searchAsTyped(size: ScreenSize) {
    guard let p = prompt else { return }
    restore(p.origin)
    let query = String(p.text)
    guard !query.isEmpty, !query.allSatisfy(\.isWhitespace) else {
      search = nil
      return
    }
    start(
      Search(query: query, pages: pages, in: [pageNumber], cache: cache), open: mode == .article,
      size: size)
  }

  /// Enter: keep the search (an empty prompt repeats the last one), remember the query, and
  /// from the section list open the article of the current match.
  mutating func confirmPrompt(size: ScreenSize) {
    guard var p = prompt else { return }
    if p.text.isEmpty {
      guard let last = history.last else {
        cancelPrompt()
        return
      }
      p.text = Array(last)
      prompt = p
      searchAsTyped(size: size)
    }
    let query = String(p.text)
    prompt = nil
    history.removeAll { $0 == query }
    history.append(query)
    if let search, let current = search.current, mode == .list {
      show(hit: current, open: true, size: size)
    }
  }

  /// Draws the prompt over the bottom line and places the cursor in it.
  func drawPrompt(into screen: inout Screen) {
    guard let p = prompt else { return }
    let size = screen.size
    let row = size.height - 1
    screen.fill(row: row, style: .prompt)
    var status = ""
    if let search, String(p.text) == search.query {
      status = search.hits.isEmpty ? "not found" : (searchStatus ?? "")
    }
    let statusWidth = status.isEmpty ? 0 : CellText.width(status) + 2
    // Scroll the query left so that the cursor stays on screen.
    var room = size.width - 2
    let fullWidth = CellText.width(String(p.text))
    if fullWidth + statusWidth <= room { room -= statusWidth } else { status = "" }
    var first = 0
    while CellText.width(String(p.text[first..<p.cursor])) > room { first += 1 }
    screen.put("/", row: row, column: 0, style: .prompt)
    screen.put(String(p.text[first...]), row: row, column: 1, style: .prompt, limit: 1 + room)
    if !status.isEmpty {
      let style: CellStyle = search?.hits.isEmpty == true ? .error : .prompt
      screen.put(status, row: row, column: size.width - 1 - CellText.width(status), style: style)
    }
    screen.cursor = ScreenPosition(
      row: row, column: 1 + CellText.width(String(p.text[first..<p.cursor])))
  }
}
