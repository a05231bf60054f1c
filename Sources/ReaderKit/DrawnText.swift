import PaperKit

/// What the terminal draws of a grapheme cluster, beside the screen that holds it: the pieces
/// ncursesw places in cells of their own, and the scalars each cell keeps.
public enum DrawnText {
  /// The pieces of a (displayable) cluster, one per cell run: the first scalar with the
  /// zero-width scalars after it, then each scalar `CellWidth.startsPiece` splits off with
  /// its own marks. Most clusters are one piece; an Indic conjunct such as क्ष is two.
  public static func pieces(of character: Character) -> [String] {
    var pieces: [[Unicode.Scalar]] = []
    var previous: Unicode.Scalar?
    for scalar in character.unicodeScalars {
      if let previous, CellWidth.startsPiece(scalar, after: previous) {
        pieces.append([scalar])
      } else if pieces.isEmpty {
        pieces.append([scalar])
      } else {
        pieces[pieces.count - 1].append(scalar)
      }
      previous = scalar
    }
    return pieces.map { String(String.UnicodeScalarView($0)) }
  }

  /// The scalars of a (displayable) piece that ncursesw's `setcchar` keeps for one cell: the
  /// first scalar and the zero-width scalars after it, at most 5 (`CCHARW_MAX`), stopping at the
  /// next spacing scalar. A trailing ZWJ and, after a 1-cell base, VS16 (U+FE0F) are dropped so
  /// that terminals which join emoji or widen them keep the grid aligned. Terminal adapters
  /// draw exactly these.
  public static func scalars(of character: Character) -> String {
    var kept: [Unicode.Scalar] = []
    var baseWidth = 0
    for scalar in character.unicodeScalars {
      let shown = CellWidth.ofScalar(scalar) < 0 ? Unicode.Scalar(0xFFFD)! : scalar
      if kept.isEmpty {
        kept.append(shown)
        baseWidth = CellWidth.ofScalar(shown)
        continue
      }
      if CellWidth.ofScalar(shown) != 0 || kept.count == 5 { break }
      if shown.value == 0xFE0F && baseWidth == 1 { continue }
      kept.append(shown)
    }
    while kept.count > 1, kept.last?.value == 0x200D { kept.removeLast() }
    return String(String.UnicodeScalarView(kept))
  }
}
