import PaperKit

/// Fitting text into a number of terminal cells.
enum CellText {
  /// `text` cut to at most `width` cells: whole characters only, ending in `…` when cut.
  static func fit(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    if CellWidth.of(text) <= width { return text }
    var out = ""
    var used = 0
    for character in text {
      let w = CellWidth.of(Character(CellWidth.displayable(String(character))))
      if used + w > width - 1 { break }
      out.append(character)
      used += w
    }
    return out + "…"
  }

  /// The cells `text` occupies as `Screen.put` draws it.
  static func width(_ text: String) -> Int {
    CellWidth.of(CellWidth.displayable(text))
  }
}
