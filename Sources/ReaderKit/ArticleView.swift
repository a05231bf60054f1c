import PaperKit

extension ReaderState {
  /// The reading position adjusted to `size`: same text at the top after a width change,
  /// scrolled no further than the end.
  func normalizedReading(for size: ScreenSize) -> Reading {
    var r = reading
    guard index.articles.indices.contains(r.article) else { return r }
    let width = Self.textWidth(size)
    if r.width != width {
      r.top = remapTop(r.top, article: r.article, from: r.width, to: width)
      r.width = width
    }
    let count = laid(r.article, width: width).lines.count
    r.top = min(max(r.top, 0), max(0, count - Self.contentHeight(size) + r.slack))
    return r
  }

  /// The line at width `to` that shows the text line `top` showed at width `from`.
  func remapTop(_ top: Int, article: Int, from: Int, to: Int) -> Int {
    guard from > 0, top > 0 else { return 0 }
    let old = laid(article, width: from)
    guard let position = old.position(ofLine: top) else { return top }
    var skipped = 0  // blank lines above the text line, kept above it
    while top + skipped < old.lines.count, old.lines[top + skipped].source == nil { skipped += 1 }
    return max(
      0, laid(article, width: to).line(of: position.field, offset: position.offset) - skipped)
  }

  /// The widest text column of the article view, in cells: lines of about 42 Chinese
  /// characters read better than lines across a whole wide terminal.
  static let readingMeasure = 84

  /// The width articles are laid out at for a screen of `size`.
  static func textWidth(_ size: ScreenSize) -> Int { max(min(size.width, readingMeasure), 1) }

  /// The screen column where the text column starts: it is centred on wide screens.
  static func textColumn(_ size: ScreenSize) -> Int { max(size.width - textWidth(size), 0) / 2 }

  /// The furthest `reading.top` can go at `size`.
  func maxTop(size: ScreenSize) -> Int {
    guard index.articles.indices.contains(reading.article) else { return 0 }
    return max(
      0, laid(reading.article, width: Self.textWidth(size)).lines.count - Self.contentHeight(size))
  }

  /// Scrolls the article by `lines` (negative: up), within its bounds (down never moves up,
  /// even from past the end where a search left it).
  mutating func scroll(by lines: Int, size: ScreenSize) {
    let last = maxTop(size: size)
    reading.top = min(max(reading.top + lines, 0), max(last, lines > 0 ? reading.top : 0))
    reading.slack = max(0, reading.top - last)
  }

  /// Opens article `a` of the current page at its top.
  mutating func openArticle(_ a: Int, size: ScreenSize) {
    guard index.articles.indices.contains(a) else { return }
    mode = .article
    selection = a
    reading = Reading(article: a, top: 0, width: Self.textWidth(size))
  }

  /// Opens the next (`step` 1) or previous (-1) article of the page.
  mutating func openNeighbour(_ step: Int, size: ScreenSize) {
    let target = reading.article + step
    guard index.articles.indices.contains(target) else {
      message = Message(
        text: step > 0 ? "last article of the page" : "first article of the page", isError: true)
      return
    }
    openArticle(target, size: size)
  }

  /// Scrolls so the next (or previous) subhead is the top line.
  mutating func jumpToSubhead(forward: Bool, size: ScreenSize) {
    let subheads = laid(reading.article, width: Self.textWidth(size)).subheads
    let target = forward ? subheads.first { $0 > reading.top } : subheads.last { $0 < reading.top }
    let before = reading.top
    if let target { reading.top = min(target, maxTop(size: size)) }
    if target == nil || reading.top == before {
      message = Message(
        text: forward ? "no subhead below" : "no subhead above", isError: true)
    }
  }

  /// Leaves the article for the section list, with it selected.
  mutating func backToList(size: ScreenSize) {
    mode = .list
    selection = reading.article
    listTop = effectiveListTop(for: size)
  }

  /// The screen style of a laid-out line's style.
  static func cellStyle(_ style: LineStyle) -> CellStyle {
    switch style {
    case .kicker: return .kicker
    case .title: return .title
    case .subtitle: return .subtitle
    case .byline: return .byline
    case .lead: return .lead
    case .paragraph, .blank: return .plain
    case .subheading: return .subheading
    case .caption: return .caption
    case .note: return .note
    }
  }

  /// Draws the article: its lines from the top line, matches highlighted, the status line.
  func drawArticle(into screen: inout Screen) {
    let size = screen.size
    let r = normalizedReading(for: size)
    guard index.articles.indices.contains(r.article) else { return }
    let lines = laid(r.article, width: Self.textWidth(size)).lines
    let height = Self.contentHeight(size)
    let left = Self.textColumn(size)
    for row in 0..<height where r.top + row < lines.count {
      let line = lines[r.top + row]
      screen.put(line.text, row: row, column: left, style: Self.cellStyle(line.style))
      if let search {
        highlight(line, row: row, left: left, article: r.article, search: search, on: &screen)
      }
    }
    let percent =
      lines.count <= height ? 100 : min(100, (r.top + height) * 100 / max(lines.count, 1))
    let section = index.sectionOfArticle[r.article]
    let name = page.sections[section].name ?? "(unnamed section)"
    let position = "\(r.article + 1)/\(index.articles.count)"
    var right = "\(percent)%"
    if let status = searchStatus { right = status + "  " + right }
    drawStatus(
      into: &screen, left: position, hints: ["/ search", "? help", "q back"], right: right,
      detail: name)
  }

  /// Marks the search matches that `line` shows.
  private func highlight(
    _ line: LaidOutLine, row: Int, left: Int, article: Int, search: Search,
    on screen: inout Screen
  ) {
    guard let source = line.source else { return }
    for i in search.hits(page: pageNumber, article: article, overlapping: source) {
      let hit = search.hits[i]
      if let columns = line.columns(forSourceRange: hit.match.range) {
        screen.restyle(
          row: row, columns: (columns.lowerBound + left)..<(columns.upperBound + left),
          style: i == search.current ? .currentMatch : .match)
      }
    }
  }
}
