import PaperKit

/// Where the text at the top of the article view comes from: a source position and the blank
/// lines kept above it. Resizes lay the article out again and find this position, so any
/// sequence of sizes comes back to the same view when the size does.
struct ViewAnchor: Sendable, Equatable, Codable {
  var field: ArticleField
  var offset: Int
  var blanksAbove: Int
}

/// The article viewport's own state: the article read, the first line shown at the layout
/// width, slack past the end (a search match lifted off the bottom edge), and the anchor.
struct ArticleViewport: Sendable, Equatable {
  /// Index in the current page's articles.
  var article: Int
  /// The first line shown, as an index into the layout at `width`.
  var top = 0
  /// The layout width `top` counts lines of.
  var width: Int
  /// Lines `top` may go past the end; any scrolling takes it back to 0.
  var slack = 0
  /// The source position of `top`, set whenever the reader (not a resize) moves it.
  var anchor: ViewAnchor?

  /// The furthest `top` goes for an article of `lineCount` lines in `height` rows.
  static func maxTop(lineCount: Int, height: Int) -> Int { max(0, lineCount - height) }

  /// Scrolls by `lines` (negative: up) within the article; down never moves up, even from past
  /// the end where a search left it.
  mutating func scroll(by lines: Int, laid: LaidOutArticle, height: Int) {
    let last = Self.maxTop(lineCount: laid.lines.count, height: height)
    top = min(max(top + lines, 0), max(last, lines > 0 ? top : 0))
    slack = max(0, top - last)
    anchor = laid.anchor(ofLine: top)
  }

  /// Sets `top` to `line` (clamped, with `slack` lines allowed past the end).
  mutating func go(to line: Int, slack allowed: Int = 0, laid: LaidOutArticle, height: Int) {
    let last = Self.maxTop(lineCount: laid.lines.count, height: height)
    top = max(0, min(line, last + allowed))
    slack = max(0, top - last)
    anchor = laid.anchor(ofLine: top)
  }

  /// Scrolls so that lines `first...last` are in view and off the top and bottom edges where
  /// the article allows, going past the end only as far as that takes.
  mutating func reveal(first: Int, last: Int, laid: LaidOutArticle, height: Int) {
    let margin = height >= 3 ? 1 : 0
    var target = top
    if first < top + margin || last > top + height - 1 - margin {
      target = first - max(margin, height / 3)
      if last > target + height - 1 - margin { target = last - (height - 1 - margin) }
    }
    let end = Self.maxTop(lineCount: laid.lines.count, height: height)
    top = max(0, min(target, max(end, last - (height - 1 - margin))))
    slack = max(0, top - end)
    anchor = laid.anchor(ofLine: top)
  }

  /// Adapts `top` to the layout for a screen (another width or height): back at the anchor,
  /// then kept within the article. The anchor itself stays, so that a later size finds it again.
  mutating func remap(to laid: LaidOutArticle, width newWidth: Int, height: Int) {
    if newWidth != width || slack == 0 {
      top = anchor.map { max(0, laid.line(of: $0.field, offset: $0.offset) - $0.blanksAbove) } ?? 0
      if newWidth != width { slack = 0 }
    }
    width = newWidth
    top = min(max(top, 0), Self.maxTop(lineCount: laid.lines.count, height: height) + slack)
  }
}

extension LaidOutArticle {
  /// The anchor of line `index`: the text line at or after it and the blanks before that.
  func anchor(ofLine index: Int) -> ViewAnchor? {
    guard index > 0, let position = position(ofLine: index) else { return nil }
    var skipped = 0
    while index + skipped < lines.count, lines[index + skipped].source == nil { skipped += 1 }
    return ViewAnchor(field: position.field, offset: position.offset, blanksAbove: skipped)
  }
}
