/// A one-line text editor with history, as the prompt uses it. Every operation costs at most
/// the length of the line (a pasted 10,000-character query stays responsive).
struct LineEditor: Sendable, Equatable {
  /// The text, one element per character (a wide one counts once).
  private(set) var text: [Character] = []
  /// Where the cursor is, as an index into `text`.
  private(set) var cursor = 0
  /// The history entry shown while ↑/↓ browse it.
  private var historyIndex: Int?
  /// What was typed before browsing the history, for ↓ past the newest entry.
  private var draft: [Character] = []

  /// An editor holding `initial`, the cursor at its end.
  init(_ initial: String = "") {
    text = Array(initial)
    cursor = text.count
  }

  /// The text as a string.
  var string: String { String(text) }

  /// Inserts `character` at the cursor.
  mutating func insert(_ character: Character) {
    text.insert(character, at: cursor)
    cursor += 1
  }

  /// Deletes the character before the cursor; false when there is none.
  @discardableResult
  mutating func backspace() -> Bool {
    guard cursor > 0 else { return false }
    text.remove(at: cursor - 1)
    cursor -= 1
    return true
  }

  /// Deletes the character under the cursor; false when there is none.
  @discardableResult
  mutating func delete() -> Bool {
    guard cursor < text.count else { return false }
    text.remove(at: cursor)
    return true
  }

  /// Empties the line.
  mutating func clear() {
    text = []
    cursor = 0
  }

  /// Moves the cursor by `step` characters, within the line.
  mutating func move(by step: Int) { cursor = min(max(cursor + step, 0), text.count) }

  /// Moves the cursor to the start (`false`) or the end (`true`).
  mutating func moveToEnd(_ end: Bool) { cursor = end ? text.count : 0 }

  /// Shows the entry before the one shown in `history` (oldest first); false when there is none.
  @discardableResult
  mutating func older(in history: [String]) -> Bool {
    guard !history.isEmpty else { return false }
    if let i = historyIndex {
      guard i > 0 else { return false }
      historyIndex = i - 1
    } else {
      draft = text
      historyIndex = history.count - 1
    }
    show(Array(history[historyIndex ?? 0]))
    return true
  }

  /// Shows the entry after the one shown, or the draft past the newest; false when not browsing.
  @discardableResult
  mutating func newer(in history: [String]) -> Bool {
    guard let i = historyIndex else { return false }
    if i + 1 < history.count {
      historyIndex = i + 1
      show(Array(history[i + 1]))
    } else {
      historyIndex = nil
      show(draft)
    }
    return true
  }

  private mutating func show(_ line: [Character]) {
    text = line
    cursor = text.count
  }

  /// The first character to draw so that the cursor fits in `room` cells, counting back from
  /// the cursor (at most `room` characters are measured).
  func firstVisible(room: Int) -> Int {
    var used = 0
    var first = cursor
    while first > 0 {
      let width = CellText.width(String(text[first - 1]))
      if used + width > room { break }
      used += width
      first -= 1
    }
    return first
  }
}
