import PaperKit
import Testing

@testable import ReaderKit

/// What the terminal draws of each cluster, and how the screen lays its pieces into cells.
@Suite struct DrawnTextTests {
  @Test(arguments: [
    ("e\u{0301}", ["e\u{0301}"], "e\u{0301}"),
    ("👍🏽", ["👍🏽"], "👍"),
    ("👨\u{200D}👩\u{200D}👧", ["👨\u{200D}👩\u{200D}👧"], "👨"),
    ("🇨🇳", ["🇨🇳"], "🇨"),
    ("❤\u{FE0F}", ["❤\u{FE0F}"], "❤"),
    ("1\u{FE0F}\u{20E3}", ["1\u{FE0F}\u{20E3}"], "1\u{20E3}"),
    ("\u{1100}\u{1161}\u{11A8}", ["\u{1100}\u{1161}\u{11A8}"], "\u{1100}\u{1161}\u{11A8}"),
    ("\u{0915}\u{094D}\u{0937}", ["\u{0915}\u{094D}", "\u{0937}"], "\u{0915}\u{094D}"),
    ("\u{0915}\u{093E}", ["\u{0915}", "\u{093E}"], "\u{0915}"),
  ])
  func piecesAndTheirScalars(text: String, pieces: [String], firstDrawn: String) {
    let character = Character(text)
    let found = DrawnText.pieces(of: character)
    #expect(found.map { Array($0.unicodeScalars) } == pieces.map { Array($0.unicodeScalars) })
    #expect(
      Array(DrawnText.scalars(of: character).unicodeScalars) == Array(firstDrawn.unicodeScalars))
    // Each piece drawn is as wide as the layout counted the cluster, all pieces together.
    let drawn = found.reduce(0) { total, piece in
      total
        + DrawnText.scalars(of: Character(piece)).unicodeScalars.reduce(0) {
          $0 + CellWidth.ofScalar($1)
        }
    }
    #expect(drawn == CellWidth.of(character))
  }

  @Test func theScreenPutsEveryPieceOfAConjunctInItsOwnCell() {
    var screen = Screen(size: ScreenSize(width: 6, height: 1))
    let end = screen.put("\u{0915}\u{094D}\u{0937}\u{093F}中", row: 0, column: 0)
    #expect(end == 5)
    #expect(screen[0, 0].text == "\u{0915}\u{094D}")
    #expect(screen[0, 1].text == "\u{0937}")
    #expect(screen[0, 2].text == "\u{093F}")
    #expect(screen[0, 3].text == "中" && screen[0, 4].width == 0)
    assertWellFormed(screen)
    // Cut at the edge between pieces: the rest is blank, the grid intact.
    var narrow = Screen(size: ScreenSize(width: 2, height: 1))
    narrow.put("\u{0915}\u{094D}\u{0937}\u{093F}", row: 0, column: 0)
    #expect(narrow.rows == ["\u{0915}\u{094D}\u{0937}"])
    assertWellFormed(narrow)
  }

  @Test func aClusterWiderThanTheLineIsCutBetweenItsPiecesOnly() {
    // क्षि is one cluster of three cells; at two columns it must be cut, between pieces.
    let article = Article(title: "\u{0915}\u{094D}\u{0937}\u{093F}ab")
    for width in 1...4 {
      let lines = ArticleLayout.lines(for: article, width: width).filter { $0.style == .title }
      #expect(lines.allSatisfy { CellWidth.of($0.text) <= max(width, 1) }, "\(width): \(lines)")
      #expect(lines.map(\.text).joined() == article.title, "nothing lost at \(width)")
    }
    // Wide enough, it stays whole on one line.
    #expect(ArticleLayout.lines(for: article, width: 5).filter { $0.style == .title }.count == 1)
  }
}
