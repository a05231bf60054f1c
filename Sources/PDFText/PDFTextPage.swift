/// A rectangle on a page in PDF points, with y growing downwards from the page's top edge.
public struct PDFBox: Sendable, Equatable, Codable {
  /// Left edge.
  public var x0: Double
  /// Top edge.
  public var y0: Double
  /// Right edge.
  public var x1: Double
  /// Bottom edge.
  public var y1: Double

  /// Creates a box from its edges.
  public init(x0: Double, y0: Double, x1: Double, y1: Double) {
    self.x0 = x0
    self.y0 = y0
    self.x1 = x1
    self.y1 = y1
  }

  /// The box's width.
  public var width: Double { x1 - x0 }
  /// The box's height.
  public var height: Double { y1 - y0 }
  /// The vertical middle.
  public var midY: Double { (y0 + y1) / 2 }
  /// The horizontal middle.
  public var midX: Double { (x0 + x1) / 2 }

  /// The smallest box holding both.
  public func union(_ other: PDFBox) -> PDFBox {
    PDFBox(
      x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1),
      y1: max(y1, other.y1))
  }
}

/// One printed character: what it is, where it sits, and in which font and size.
public struct PDFGlyph: Sendable, Equatable {
  /// The character as the PDF's text layer gives it.
  public var character: Character
  /// Its box on the page.
  public var box: PDFBox
  /// The font size in points.
  public var fontSize: Double
  /// The font's name without the subset prefix (`WenQuanYiZenHei`, `SimSun-Bold`).
  public var fontName: String
  /// Whether the font's name says it is bold or black (`…-Bold`, `…Heavy`).
  public var isBold: Bool

  /// Creates a glyph; `isBold` defaults to what the font's name says.
  public init(
    _ character: Character, box: PDFBox, fontSize: Double, fontName: String = "",
    isBold: Bool? = nil
  ) {
    self.character = character
    self.box = box
    self.fontSize = fontSize
    self.fontName = fontName
    self.isBold = isBold ?? Self.namesBold(fontName)
  }

  /// Whether a font name says bold or black (`…-Bold`, `…Heavy`; `…Hei` does not).
  public static func namesBold(_ fontName: String) -> Bool {
    let name = fontName.lowercased()
    return name.contains("bold") || name.contains("black") || name.contains("heavy")
  }
}

/// One PDF page as plain values: its size, its printed characters and its picture areas.
public struct PDFTextPage: Sendable, Equatable {
  /// The page's width in points.
  public var width: Double
  /// The page's height in points.
  public var height: Double
  /// The printed characters, in the order the PDF's text layer lists them; no whitespace.
  public var glyphs: [PDFGlyph]
  /// The areas where the page draws images (photos, graphics).
  public var pictures: [PDFBox]

  /// Creates a page.
  public init(width: Double, height: Double, glyphs: [PDFGlyph], pictures: [PDFBox] = []) {
    self.width = width
    self.height = height
    self.glyphs = glyphs
    self.pictures = pictures
  }
}
