/// A rectangle of screen cells.
struct Rect: Sendable, Equatable {
  var row: Int
  var column: Int
  var width: Int
  var height: Int

  /// The rows it covers.
  var rows: Range<Int> { row..<(row + height) }
}

/// Where each part of the reader goes on a screen: header, body panes and status line.
struct ScreenLayout: Sendable, Equatable {
  /// The narrowest screen that gets two panes.
  static let twoPaneWidth = ReaderPreferences.standardTwoPaneWidth
  /// The widest text column of the article view, in cells: lines of about 42 Chinese
  /// characters read better than lines across a whole wide terminal.
  static let readingMeasure = ReaderPreferences.standardColumnWidth

  /// The top line (paper, date, page), or nil when the article fills the screen.
  var header: Rect?
  /// The section list's area, or nil when the article fills the screen.
  var list: Rect?
  /// The article's area, or nil on the section list alone.
  var article: Rect?
  /// The column of the rule between the panes, when there are two.
  var divider: Int?
  /// The bottom line.
  var status: Rect
  /// The widest text column.
  var measure: Int

  /// The layout for `size`: two panes when `twoPanes` and the screen is wide enough, else the
  /// pane `pane` alone. `listWidth` is what the section list needs; `twoPaneWidth` is the
  /// narrowest screen with two panes and `measure` the widest text column.
  init(
    size: ScreenSize, pane: Pane, twoPanes: Bool, listWidth: Int,
    twoPaneWidth: Int = Self.twoPaneWidth, measure: Int = Self.readingMeasure
  ) {
    self.measure = max(measure, 1)
    let width = max(size.width, 1)
    let bodyRows = max(1, size.height - 2)
    status = Rect(row: max(size.height - 1, 0), column: 0, width: width, height: 1)
    if twoPanes && width >= twoPaneWidth {
      let left = min(max(listWidth, 30), width * 45 / 100)
      header = Rect(row: 0, column: 0, width: width, height: 1)
      list = Rect(row: 1, column: 0, width: left, height: bodyRows)
      divider = left
      article = Rect(row: 1, column: left + 1, width: width - left - 1, height: bodyRows)
    } else if pane == .list {
      header = Rect(row: 0, column: 0, width: width, height: 1)
      // On a wide screen the list keeps its names and counts next to the titles.
      let needed = width >= twoPaneWidth ? min(width, max(listWidth, 1)) : width
      list = Rect(row: 1, column: 0, width: needed, height: bodyRows)
    } else {
      article = Rect(row: 0, column: 0, width: width, height: max(1, size.height - 1))
    }
  }

  /// True when list and article are both on screen.
  var hasTwoPanes: Bool { divider != nil }

  /// The width articles are laid out at.
  var textWidth: Int { max(min(article?.width ?? 1, measure), 1) }

  /// The screen column where the article's text starts: centred in its area.
  var textColumn: Int {
    guard let article else { return 0 }
    return article.column + max(article.width - textWidth, 0) / 2
  }

  /// Rows of article text.
  var textHeight: Int { article?.height ?? 1 }
}
