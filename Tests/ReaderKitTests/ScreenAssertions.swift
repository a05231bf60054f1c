import PaperKit
import Testing

@testable import ReaderKit

/// The screen's rows with trailing blanks removed, as expected rows are written.
func text(_ screen: Screen) -> [String] {
  screen.rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }
}

/// Compares a screen with expected rows (trailing blanks ignored) and, on a difference, records
/// an issue listing each differing row.
func assertScreen(
  _ screen: Screen, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
  let actual = text(screen)
  guard actual != expected else { return }
  var diff = "screen \(screen.size.width)×\(screen.size.height) differs:\n"
  for i in 0..<max(actual.count, expected.count) {
    let a = i < actual.count ? actual[i] : "<none>"
    let e = i < expected.count ? expected[i] : "<none>"
    diff += a == e ? "  \(i): \(a)\n" : "- \(i): \(e)\n+ \(i): \(a)\n"
  }
  Issue.record(Comment(rawValue: diff), sourceLocation: sourceLocation)
}

/// Every row's cells add up to the width; no wide character starts in the last column.
func assertWellFormed(_ screen: Screen, sourceLocation: SourceLocation = #_sourceLocation) {
  var problem: String?
  for row in 0..<screen.size.height where problem == nil {
    var column = 0
    while column < screen.size.width {
      let cell = screen[row, column]
      if cell.width == 2 {
        if column + 1 >= screen.size.width || screen[row, column + 1].width != 0 {
          problem = "wide character without its continuation at \(row), \(column)"
        }
        column += 2
      } else {
        if cell.width != 1 { problem = "stray continuation cell at \(row), \(column)" }
        column += 1
      }
    }
  }
  #expect(problem == nil, "\(problem ?? "")", sourceLocation: sourceLocation)
}

/// The keys for typing `text`, one character each.
func typing(_ text: String) -> [Key] { text.map { .character($0) } }

/// A reader after `keys` at `size`, starting from a fresh one on `pages`.
func reader(_ keys: [Key], size: ScreenSize, pages: [Page] = [TestPages.seed]) -> ReaderState {
  var state = ReaderState(pages: pages)
  for key in keys { _ = state.handle(key, size: size) }
  return state
}

/// The screen after `keys`.
func screen(_ keys: [Key], size: ScreenSize, pages: [Page] = [TestPages.seed]) -> Screen {
  reader(keys, size: size, pages: pages).render(size: size)
}

let wide = ScreenSize(width: 80, height: 24)
let narrow = ScreenSize(width: 41, height: 12)

/// The rows of the cells with `style`, each as (row, text of those cells).
func styled(_ screen: Screen, _ style: CellStyle) -> [String] {
  (0..<screen.size.height).compactMap { row in
    let cells = (0..<screen.size.width).filter { screen[row, $0].style == style }
    return cells.isEmpty ? nil : "\(row):" + cells.map { screen[row, $0].text }.joined()
  }
}
