import PaperKit

extension ReaderState {
  /// The help text at `width` in `language`: every context of the keymap with its keys.
  static func helpLines(
    width: Int, language: Language = .english, bindings: [KeyBinding] = Keymap.bindings
  ) -> [(text: String, style: CellStyle)] {
    var lines: [(String, CellStyle)] = []
    let keyColumn = width >= 70 ? 26 : 20
    for context in KeyContext.allCases {
      if !lines.isEmpty { lines.append(("", .plain)) }
      lines.append((language.text(context.phrase), .section))
      for binding in bindings where binding.context == context && !binding.keys.isEmpty {
        let label = "  " + binding.label
        let help = language.text(binding.help)
        if width >= 40, CellText.width(label) < keyColumn - 1 {
          let pad = String(repeating: " ", count: keyColumn - CellText.width(label))
          let text = CellText.wrap(help, width: width, indent: keyColumn)
          lines.append((label + pad + text[0].dropFirst(keyColumn), .plain))
          lines += text.dropFirst().map { ($0, .plain) }
        } else {
          lines += CellText.wrap(binding.label, width: width, indent: 2).map { ($0, .plain) }
          lines += CellText.wrap(help, width: width, indent: 6).map { ($0, .plain) }
        }
      }
    }
    return lines
  }

  /// `top` kept within the help text at `size`.
  func clampedHelpTop(_ top: Int, size: ScreenSize) -> Int {
    let count = Self.helpLines(
      width: size.width, language: language, bindings: preferences.keys.bindings
    ).count
    return min(max(top, 0), max(0, count - max(1, size.height - 2)))
  }

  /// Scrolls help by `lines`.
  mutating func scrollHelp(by lines: Int, size: ScreenSize) {
    scrollHelp(to: (focus.helpTop ?? 0) + lines, size: size)
  }

  /// Scrolls help to line `top` (clamped).
  mutating func scrollHelp(to top: Int, size: ScreenSize) {
    guard case .help(_, let pane) = focus else { return }
    focus = .help(top: clampedHelpTop(top, size: size), over: pane)
  }

  /// Draws the help screen over the whole screen.
  func drawHelp(top: Int, into screen: inout Screen) {
    let size = screen.size
    screen.fill(row: 0, style: .banner)
    screen.put(
      CellText.fit(language.text(.helpTitle), width: size.width - 1), row: 0, column: 1,
      style: .banner)
    let lines = Self.helpLines(
      width: size.width, language: language, bindings: preferences.keys.bindings)
    let height = max(1, size.height - 2)
    for row in 0..<height where top + row < lines.count {
      let line = lines[top + row]
      screen.put(line.text, row: row + 1, column: 0, style: line.style)
    }
    let percent = lines.count <= height ? 100 : min(100, (top + height) * 100 / lines.count)
    drawStatus(
      in: Rect(row: size.height - 1, column: 0, width: size.width, height: 1), into: &screen,
      left: language.text(.helpLabel), hints: [.hintClose], right: "\(percent)%")
  }
}
