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
  ///
  /// The text is the indent followed by exactly `source.range.count` scalars of the field (with
  /// -1 scalars shown as U+FFFD); columns are counted per grapheme cluster with
  /// `CellWidth.of(_:)`, and a range that starts or ends inside a cluster covers all of it.
  public func columns(forSourceRange range: Range<Int>) -> Range<Int>? {
    guard let source, source.range.overlaps(range) else { return nil }
    let lower = max(range.lowerBound, source.range.lowerBound) - source.range.lowerBound
    let upper = min(range.upperBound, source.range.upperBound) - source.range.lowerBound
    let prefixCount = text.unicodeScalars.count - source.range.count
    let body = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(prefixCount)))
    var column = source.column
    var offset = 0
    var start: Int?
    var end = column
    for character in body {
      let count = character.unicodeScalars.count
      let width = CellWidth.of(character)
      if offset >= upper { break }
      if offset + count > lower {
        if start == nil { start = column }
        end = column + width
      }
      column += width
      offset += count
    }
    return (start ?? end)..<end
  }
}

/// Options for laying out articles.
public struct LayoutOptions: Sendable, Equatable, Hashable {
  /// Indent paragraph first lines by two full-width spaces (4 cells).
  public var indentParagraphs: Bool
  /// Put before a caption's first line (the reader's `图：`), empty for none.
  public var captionMark: String

  /// Creates options.
  public init(indentParagraphs: Bool = true, captionMark: String = "") {
    self.indentParagraphs = indentParagraphs
    self.captionMark = captionMark
  }
}
