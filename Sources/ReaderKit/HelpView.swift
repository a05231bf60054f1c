import PaperKit

extension ReaderState {
  /// The help text at `width`: every context of the keymap with its keys.
  static func helpLines(width: Int) -> [(text: String, style: CellStyle)] {
    var lines: [(String, CellStyle)] = []
    let keyColumn = 20
    for context in KeyContext.allCases {
      if !lines.isEmpty { lines.append(("", .plain)) }
      lines.append((context.rawValue, .section))
      for binding in Keymap.bindings where binding.context == context {
        let label = "  " + binding.label
        if width >= 40, CellText.width(label) < keyColumn - 1 {
          let pad = String(repeating: " ", count: keyColumn - CellText.width(label))
          let text = CellText.wrap(binding.help, width: width, indent: keyColumn)
          lines.append((label + pad + text[0].dropFirst(keyColumn), .plain))
          lines += text.dropFirst().map { ($0, .plain) }
        } else {
          lines += CellText.wrap(binding.label, width: width, indent: 2).map { ($0, .plain) }
          lines += CellText.wrap(binding.help, width: width, indent: 6).map { ($0, .plain) }
        }
      }
    }
    return lines
  }

  /// `top` kept within the help text at `size`.
  func clampedHelpTop(_ top: Int, size: ScreenSize) -> Int {
    let count = Self.helpLines(width: size.width).count
    return min(max(top, 0), max(0, count - Self.bodyHeight(size)))
  }

  /// Scrolls the help screen.
  mutating func scrollHelp(_ action: ReaderAction, key: Key, size: ScreenSize) {
    let page = max(1, Self.bodyHeight(size) - 1)
    var top = helpTop ?? 0
    switch action {
    case .lineDown: top += 1
    case .lineUp: top -= 1
    case .pageDown: top += page
    case .pageUp: top -= page
    case .top: top = 0
    case .bottom: top = Int.max / 2
    case .wheel:
      if case .mouse(let event) = key { top += event.kind == .wheelUp ? -3 : 3 }
    default: break
    }
    helpTop = clampedHelpTop(top, size: size)
  }

  /// Draws the help screen.
  func drawHelp(into screen: inout Screen) {
    let size = screen.size
    screen.fill(row: 0, style: .banner)
    screen.put(
      CellText.fit("Dubao keys", width: size.width - 1), row: 0, column: 1, style: .banner)
    let lines = Self.helpLines(width: size.width)
    let top = clampedHelpTop(helpTop ?? 0, size: size)
    let height = Self.bodyHeight(size)
    for row in 0..<height where top + row < lines.count {
      let line = lines[top + row]
      screen.put(line.text, row: row + 1, column: 0, style: line.style)
    }
    let percent =
      lines.count <= height ? 100 : min(100, (top + height) * 100 / lines.count)
    drawStatus(into: &screen, left: "help", hints: ["q close"], right: "\(percent)%")
  }
}
