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

  /// `text` broken at spaces into lines of at most `width` cells, each after `indent` spaces;
  /// a word wider than that (a Chinese sentence has no spaces) is broken between characters.
  static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
    let room = max(width - indent, 1)
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ").map(String.init) {
      var word = word
      let candidate = line.isEmpty ? word : line + " " + word
      if Self.width(candidate) <= room {
        line = candidate
        continue
      }
      if !line.isEmpty { lines.append(pad + line) }
      line = ""
      while Self.width(word) > room {
        var head = ""
        for character in word {
          if Self.width(head + String(character)) > room { break }
          head.append(character)
        }
        if head.isEmpty { break }  // one character wider than the room: it stands alone
        lines.append(pad + head)
        word.removeFirst(head.count)
      }
      line = word
    }
    if !line.isEmpty || lines.isEmpty { lines.append(pad + line) }
    return lines
  }

  /// The cells `text` occupies as `Screen.put` draws it.
  static func width(_ text: String) -> Int {
    CellWidth.of(CellWidth.displayable(text))
  }
}
