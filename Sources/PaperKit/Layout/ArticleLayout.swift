/// Lays out articles into lines for a terminal width, following Chinese line-breaking rules.
///
/// An article reads: kicker, title, subtitle, byline (each wrapped, not indented), a blank
/// line, then the body blocks. Paragraphs and leads get a first-line indent of two U+3000
/// (when `indentParagraphs` is on and the width is at least `minimumIndentWidth`); indented
/// paragraphs follow each other without blank lines, as in print, while leads, subheads,
/// captions and notes get a blank line around them. Without the indent every block is
/// separated by a blank line. Text is never altered except that scalars the C library rates
/// -1 are shown as U+FFFD; spaces where a line breaks are dropped.
public enum ArticleLayout {
  /// The indent put before a paragraph's first line: two ideographic spaces, 4 cells.
  public static let indent = "\u{3000}\u{3000}"
  /// The cells `indent` occupies.
  public static let indentWidth = 4
  /// Narrower than this the indent is left out: it would eat too much of the line.
  public static let minimumIndentWidth = 16

  /// The article as lines no wider than `width` cells (width ≥ 2 for wide characters).
  public static func lines(for article: Article, width: Int, options: LayoutOptions = .init())
    -> [LaidOutLine]
  {
    var builder = Builder(width: max(width, 1), options: options)
    builder.add(article)
    return builder.lines
  }

  /// The style of a field's lines.
  public static func style(of field: ArticleField, in article: Article) -> LineStyle {
    switch field {
    case .kicker: return .kicker
    case .title: return .title
    case .subtitle: return .subtitle
    case .byline: return .byline
    case .block(let index):
      guard article.blocks.indices.contains(index) else { return .paragraph }
      switch article.blocks[index].kind {
      case .lead: return .lead
      case .paragraph: return .paragraph
      case .subheading: return .subheading
      case .caption: return .caption
      case .note: return .note
      }
    }
  }

  /// Accumulates the lines of one article.
  private struct Builder {
    let width: Int
    let indented: Bool
    /// Put before a caption's first line, when it leaves room for the text.
    let captionMark: String
    var breaker = LineBreaker()
    var broken: [LineBreaker.Line] = []
    var lines: [LaidOutLine] = []

    init(width: Int, options: LayoutOptions) {
      self.width = width
      indented = options.indentParagraphs && width >= ArticleLayout.minimumIndentWidth
      let markWidth = CellWidth.of(options.captionMark)
      captionMark = markWidth * 3 <= width ? CellWidth.displayable(options.captionMark) : ""
    }

    mutating func add(_ article: Article) {
      var previous: LineStyle?
      for field in article.fields {
        guard let text = article.text(of: field), !text.isEmpty else { continue }
        let style = ArticleLayout.style(of: field, in: article)
        if let previous, needsBlank(after: previous, before: style) {
          lines.append(LaidOutLine(text: "", style: .blank))
        }
        add(text, field: field, style: style, names: article.byline?.names ?? [])
        previous = style
      }
    }

    func needsBlank(after previous: LineStyle, before style: LineStyle) -> Bool {
      func isHeading(_ style: LineStyle) -> Bool {
        switch style {
        case .kicker, .title, .subtitle, .byline: return true
        default: return false
        }
      }
      if isHeading(previous) { return !isHeading(style) }
      return !(indented && previous == .paragraph && style == .paragraph)
    }

    mutating func add(_ text: String, field: ArticleField, style: LineStyle, names: [String]) {
      let indent = indented && (style == .paragraph || style == .lead)
      let prefix = indent ? ArticleLayout.indent : style == .caption ? captionMark : ""
      let prefixWidth = indent ? ArticleLayout.indentWidth : CellWidth.of(prefix)
      let first = width - prefixWidth
      broken.removeAll(keepingCapacity: true)
      // Headlines and bylines break at their spaces; a byline's names stay whole.
      let headline = [.kicker, .title, .subtitle, .byline].contains(style)
      let protected = style == .byline ? Self.nameRanges(in: text, names: names) : []
      breaker.lines(
        of: text, firstWidth: first, width: width, atSpaces: headline, unbreakable: protected,
        into: &broken)
      let replace = breaker.hasUndisplayable
      for (number, line) in broken.enumerated() {
        let lead = number == 0 && !prefix.isEmpty
        var shown = Self.slice(text, line.utf8, prefix: lead ? prefix : "")
        if replace { shown = CellWidth.displayable(shown) }
        lines.append(
          LaidOutLine(
            text: shown, style: style,
            source: SourceSpan(
              field: field, range: line.scalars, column: lead ? prefixWidth : 0)))
      }
    }

    /// The scalar ranges where each of `names` occurs in `text`.
    static func nameRanges(in text: String, names: [String]) -> [Range<Int>] {
      let scalars = Array(text.unicodeScalars)
      var ranges: [Range<Int>] = []
      for name in names where !name.isEmpty {
        let needle = Array(name.unicodeScalars)
        var i = 0
        while i + needle.count <= scalars.count {
          if scalars[i..<(i + needle.count)].elementsEqual(needle) {
            ranges.append(i..<(i + needle.count))
            i += needle.count
          } else {
            i += 1
          }
        }
      }
      return ranges
    }

    /// `prefix` followed by the UTF-8 bytes `range` of `text` (scalar-aligned), copied
    /// without re-validating.
    static func slice(_ text: String, _ range: Range<Int>, prefix: String) -> String {
      let utf8 = text.utf8
      let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let upper = utf8.index(lower, offsetBy: range.count)
      let body = Substring(text.unicodeScalars[lower..<upper])
      if prefix.isEmpty { return String(body) }
      var result = prefix
      result.reserveCapacity(prefix.utf8.count + range.count)
      result += body
      return result
    }
  }
}
