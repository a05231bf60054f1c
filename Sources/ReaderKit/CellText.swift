import PaperKit

/// Fitting text into a number of terminal cells.
enum CellText {
  /// `text` cut to at most `width` cells: whole characters only, ending in `…` when cut.
  static func fit(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    let shown = CellWidth.displayable(text)
    if CellWidth.of(shown) <= width { return text }
    var out = ""
    var used = 0
    for character in shown {
      let w = CellWidth.of(character)
      if used + w > width - 1 { break }
      out.append(character)
      used += w
    }
    while out.last?.isWhitespace == true { out.removeLast() }
    return out + "…"
  }

  /// `text` broken at spaces into lines of at most `width` cells (a word wider than that is
  /// cut), each after `indent` spaces.
  static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
    let room = max(width - indent, 1)
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ").map(String.init) {
      let candidate = line.isEmpty ? word : line + " " + word
      if Self.width(candidate) <= room {
        line = candidate
      } else {
        if !line.isEmpty { lines.append(pad + line) }
        line = fit(word, width: room)
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(pad + line) }
    return lines
  }

  /// The cells `text` occupies as `Screen.put` draws it.
  static func width(_ text: String) -> Int {
    CellWidth.of(CellWidth.displayable(text))
  }
}
