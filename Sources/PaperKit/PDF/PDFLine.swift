import PDFText

/// One printed line: glyphs on one baseline with no column gutter between them.
public struct PDFLine: Sendable, Equatable {
  /// The line's text, with a space only where the gap between glyphs is a real space.
  public var text: String
  /// The box holding all its glyphs.
  public var box: PDFBox
  /// The font size most of its glyphs have, in points.
  public var fontSize: Double
  /// Whether most of its glyphs are in a bold font.
  public var isBold: Bool

  /// Creates a line.
  public init(text: String, box: PDFBox, fontSize: Double, isBold: Bool = false) {
    self.text = text
    self.box = box
    self.fontSize = fontSize
    self.isBold = isBold
  }
}

/// Groups a page's glyphs into lines: rows by vertical middle, split at gaps wider than a
/// character (column gutters, spaced-out header items).
public enum PDFLineBuilder {
  /// A gap wider than this many ems ends a line (gutters are about two ems).
  static let splitGap = 1.0
  /// Next to a CJK character, a gap wider than this many ems (of font size) is a printed
  /// space (an ASCII space is 0.3 em in common CJK fonts); narrower ones are justification
  /// or the 1/8 em browsers put between ideographs and Latin letters or digits.
  static let cjkSpaceGap = 0.25
  /// Between two non-CJK characters, a gap wider than this is a space. Next to CJK
  /// punctuation (“”、，（）) no gap is a space: fonts set some of it narrow.
  static let latinSpaceGap = 0.15

  /// The page's lines, top to bottom and left to right.
  public static func lines(of glyphs: [PDFGlyph]) -> [PDFLine] {
    // Gutters are set in body ems: two headings side by side are split by the same white
    // as two columns, however large their own type.
    var heights: [Double: Int] = [:]
    for glyph in glyphs { heights[(glyph.box.height * 2).rounded() / 2, default: 0] += 1 }
    let bodyEm = heights.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 1
    // A text layer may hold control characters (ESC, C1): they must never reach a terminal.
    let printable = glyphs.filter { glyph in
      glyph.box.height > 0
        && !glyph.character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
    let sorted = printable.sorted {
      ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0)
    }
    // Rows collected one at a time: appending through `rows.last` would copy the row on
    // every glyph.
    var rows: [[PDFGlyph]] = []
    var row: [PDFGlyph] = []
    for glyph in sorted {
      if let first = row.first,
        abs(glyph.box.midY - first.box.midY) >= 0.3 * max(first.box.height, 1)
      {
        rows.append(row)
        row = []
      }
      row.append(glyph)
    }
    if !row.isEmpty { rows.append(row) }
    var lines: [PDFLine] = []
    for row in rows {
      var run: [PDFGlyph] = []
      for glyph in row.sorted(by: { $0.box.x0 < $1.box.x0 }) {
        if let last = run.last {
          let em = max(last.box.height, glyph.box.height, 1)
          let gap = glyph.box.x0 - last.box.x1
          let sizeJump =
            max(glyph.fontSize, last.fontSize) > 1.3 * min(glyph.fontSize, last.fontSize)
          if gap > splitGap * min(em, 1.5 * bodyEm) || sizeJump {
            lines.append(line(of: run))
            run = []
          }
        }
        run.append(glyph)
      }
      if !run.isEmpty { lines.append(line(of: run)) }
    }
    return joinedPieces(lines)
  }

  /// Pieces of one line rejoined where a wide gap split them that is no gutter. Large type
  /// (a U+3000 in a title): pieces one ideographic space apart are one line; wider apart,
  /// they stay apart only when the gap runs on down as a gutter through the text they head
  /// (side-by-side headings). Body type (a short line justified
  /// wide): the pieces join when a line just above or below in the same size spans them both.
  static func joinedPieces(_ lines: [PDFLine]) -> [PDFLine] {
    var sizes: [Double: Int] = [:]
    for line in lines { sizes[line.fontSize, default: 0] += line.text.count }
    guard let body = sizes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else {
      return lines
    }
    var result: [PDFLine] = []
    for line in lines {
      if let last = result.last, abs(last.fontSize - line.fontSize) < 0.5,
        abs(last.box.midY - line.box.midY) < 1, line.box.x0 > last.box.x1
      {
        let large = line.fontSize > 1.15 * body
        let join =
          large
          ? line.box.x0 - last.box.x1 <= 1.1 * line.fontSize
            || (line.box.x0 - last.box.x1 < 1.5 * line.box.height
              && gapRunsThroughText(between: last, and: line, in: lines, body: body))
          : gapIsCrossed(between: last, and: line, in: lines)
        if join {
          let space = large || !(last.text.last?.isCJK == true && line.text.first?.isCJK == true)
          result[result.count - 1] = PDFLine(
            text: last.text + (space ? " " : "") + line.text, box: last.box.union(line.box),
            fontSize: last.fontSize, isBold: last.isBold)
          continue
        }
      }
      result.append(line)
    }
    return result
  }

  /// Whether the text headed by two large pieces (down to the next large line) has a line
  /// across the middle of the gap between them.
  static func gapRunsThroughText(
    between left: PDFLine, and right: PDFLine, in lines: [PDFLine], body: Double
  ) -> Bool {
    let middle = (left.box.x1 + right.box.x0) / 2
    let end =
      lines.lazy.filter {
        $0.box.y0 > right.box.y1 && $0.fontSize > 1.15 * body && $0.box.x0 < right.box.x1
          && $0.box.x1 > left.box.x0
      }.map(\.box.y0).min() ?? .infinity
    return lines.contains { other in
      other.box.y0 > right.box.y1 && other.box.y1 <= end && other.box.x0 < middle
        && other.box.x1 > middle
    }
  }

  /// Whether a line in the same size just above or below spans both pieces: then they lie
  /// in one column, and the gap is justification.
  static func gapIsCrossed(between left: PDFLine, and right: PDFLine, in lines: [PDFLine])
    -> Bool
  {
    let reach = 1.6 * right.box.height
    let slack = 0.5 * right.box.height
    return lines.contains { other in
      abs(other.fontSize - right.fontSize) < 0.5 && abs(other.box.midY - right.box.midY) > 1
        && abs(other.box.midY - right.box.midY) < reach && other.box.x0 <= left.box.x0 + slack
        && other.box.x1 >= right.box.x1 - slack
    }
  }

  /// One line from glyphs sorted left to right.
  static func line(of glyphs: [PDFGlyph]) -> PDFLine {
    var text = ""
    var box = glyphs[0].box
    var sizes: [Double: Int] = [:]
    var bold = 0
    for (index, glyph) in glyphs.enumerated() {
      if index > 0 {
        let previous = glyphs[index - 1]
        let size = max(previous.fontSize, glyph.fontSize)
        let em = size > 0 ? size : max(previous.box.height, glyph.box.height, 1)
        let gap = glyph.box.x0 - previous.box.x1
        let anyCJK = previous.character.isCJK || glyph.character.isCJK
        let punctuation = previous.character.isCJKPunctuation || glyph.character.isCJKPunctuation
        if !punctuation && gap > (anyCJK ? cjkSpaceGap : latinSpaceGap) * em {
          text.append(" ")
        }
      }
      text.append(glyph.character)
      box = box.union(glyph.box)
      sizes[(glyph.fontSize * 2).rounded() / 2, default: 0] += 1
      if glyph.isBold { bold += 1 }
    }
    let size = sizes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 0
    return PDFLine(text: text, box: box, fontSize: size, isBold: bold * 2 > glyphs.count)
  }
}

extension Character {
  /// Whether the character is punctuation set with CJK text: quotes and dashes of General
  /// Punctuation, CJK Symbols and Punctuation, fullwidth forms' punctuation.
  var isCJKPunctuation: Bool {
    guard let scalar = unicodeScalars.first else { return false }
    let value = scalar.value
    return (0x2010...0x206F).contains(value) || (0x3000...0x303F).contains(value)
      || ((0xFF00...0xFF65).contains(value) && scalar.properties.generalCategory != .decimalNumber
        && !scalar.properties.isAlphabetic)
  }

  /// Whether the character is set on the CJK grid (ideographs, kana, fullwidth punctuation),
  /// where a gap between two characters is justification rather than a space.
  var isCJK: Bool {
    guard let value = unicodeScalars.first?.value else { return false }
    return (0x2E80...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFFEF).contains(value)
      || (0x20000...0x3FFFF).contains(value) || (0x2010...0x206F).contains(value)
  }
}
