import PDFText

/// Hand-made glyph layouts for the PDF geometry tests: text set on a grid of square
/// characters, as a PDF's text layer gives it.
struct GlyphLayout {
  var glyphs: [PDFGlyph] = []

  /// Sets `text` with its first character's left edge at `x` and its top at `y`, each
  /// character `size` wide plus `tracking`, an ASCII space half as wide.
  mutating func set(
    _ text: String, x: Double, y: Double, size: Double = 9, tracking: Double = 0
  ) {
    var left = x
    for character in text {
      let width = character.isASCII ? size / 2 : size
      if !character.isWhitespace {
        glyphs.append(
          PDFGlyph(
            character, box: PDFBox(x0: left, y0: y, x1: left + width, y1: y + size * 1.25),
            fontSize: size, fontName: "WenQuanYiZenHei"))
      }
      left += width + tracking
    }
  }

  /// Sets lines of body text in a column at `x`, one every `pitch` points from `y`.
  mutating func column(_ lines: [String], x: Double, y: Double, pitch: Double = 13.5) {
    for (index, line) in lines.enumerated() {
      let indented = line.hasPrefix("　　")
      set(
        indented ? String(line.dropFirst(2)) : line, x: indented ? x + 18 : x,
        y: y + Double(index) * pitch)
    }
  }

  /// The page these glyphs are on.
  var page: PDFTextPage { PDFTextPage(width: 600, height: 800, glyphs: glyphs) }
}
