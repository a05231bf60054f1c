// STUB — to be replaced by the layout work (issue 3). Interface is fixed; see docs/architecture.md.

/// How a laid-out line should look; the reader maps styles to colours and attributes.
public enum LineStyle: String, Sendable, Equatable, CaseIterable {
  case kicker, title, subtitle, byline, lead, paragraph, subheading, caption, note, blank
}

/// Where a laid-out line's text comes from in the model.
public struct SourceSpan: Sendable, Equatable {
  /// The article field the line shows part of.
  public var field: ArticleField
  /// The range of the field's `unicodeScalars` offsets the line shows.
  public var range: Range<Int>
  /// The cell column where that text starts in the line (after any indent).
  public var column: Int

  /// Creates a span.
  public init(field: ArticleField, range: Range<Int>, column: Int) {
    self.field = field
    self.range = range
    self.column = column
  }
}

/// One line of an article laid out for a width.
public struct LaidOutLine: Sendable, Equatable {
  /// The text to draw, indent included; never wider than the layout width.
  public var text: String
  /// How it should look.
  public var style: LineStyle
  /// The model text it shows; nil for blank separator lines.
  public var source: SourceSpan?

  /// Creates a line.
  public init(text: String, style: LineStyle, source: SourceSpan? = nil) {
    self.text = text
    self.style = style
    self.source = source
  }

  /// The cell columns that show the source scalars `range` (clipped to this line), or nil.
  public func columns(forSourceRange range: Range<Int>) -> Range<Int>? {
    guard let source, source.range.overlaps(range) else { return nil }
    let scalars = Array(text.unicodeScalars)
    let prefixCount = scalars.count - source.range.count
    let lower = max(range.lowerBound, source.range.lowerBound) - source.range.lowerBound
    let upper = min(range.upperBound, source.range.upperBound) - source.range.lowerBound
    func width(_ slice: ArraySlice<Unicode.Scalar>) -> Int {
      slice.reduce(0) { $0 + max(CellWidth.ofScalar($1), 0) }
    }
    let start = source.column + width(scalars[prefixCount..<(prefixCount + lower)])
    return start..<(start + width(scalars[(prefixCount + lower)..<(prefixCount + upper)]))
  }
}

/// Options for laying out articles.
public struct LayoutOptions: Sendable, Equatable, Hashable {
  /// Indent paragraph first lines by two full-width spaces (4 cells).
  public var indentParagraphs: Bool

  /// Creates options.
  public init(indentParagraphs: Bool = true) {
    self.indentParagraphs = indentParagraphs
  }
}

/// Lays out articles into lines for a terminal width, following Chinese line-breaking rules.
public enum ArticleLayout {
  /// The article as lines no wider than `width` cells (width ≥ 1).
  public static func lines(for article: Article, width: Int, options: LayoutOptions = .init())
    -> [LaidOutLine]
  {
    var out: [LaidOutLine] = []
    func add(_ field: ArticleField, _ text: String, _ style: LineStyle) {
      var scalars: [Unicode.Scalar] = []
      var start = 0
      var cells = 0
      for (i, s) in text.unicodeScalars.enumerated() {
        let w = max(CellWidth.ofScalar(s), 0)
        if cells + w > width, !scalars.isEmpty {
          out.append(
            .init(
              text: String(String.UnicodeScalarView(scalars)), style: style,
              source: .init(field: field, range: start..<i, column: 0)))
          scalars = []
          start = i
          cells = 0
        }
        scalars.append(s)
        cells += w
      }
      out.append(
        .init(
          text: String(String.UnicodeScalarView(scalars)), style: style,
          source: .init(field: field, range: start..<(start + scalars.count), column: 0)))
    }
    for field in article.fields {
      let style: LineStyle
      switch field {
      case .kicker: style = .kicker
      case .title: style = .title
      case .subtitle: style = .subtitle
      case .byline: style = .byline
      case .block(let i): style = LineStyle(rawValue: article.blocks[i].kind.rawValue) ?? .paragraph
      }
      if case .block = field { out.append(.init(text: "", style: .blank)) }
      add(field, article.text(of: field) ?? "", style)
    }
    return out
  }
}
