import PaperKit

extension ReaderState {
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

  /// The article shown in the article area: the one read, or in two panes the one selected.
  var shownViewport: ArticleViewport {
    if focus.pane == .list, viewport.article != list.selection {
      return ArticleViewport(article: list.selection, width: viewport.width)
    }
    return viewport
  }

  /// Draws the article's lines from the viewport's top in the article area of `layout`, with
  /// matches highlighted.
  func drawArticle(_ layout: ScreenLayout, into screen: inout Screen) {
    let shown = shownViewport
    guard let area = layout.article, index.articles.indices.contains(shown.article) else { return }
    let lines = laid(shown.article, width: layout.textWidth).lines
    let left = layout.textColumn
    for row in 0..<area.height where shown.top + row < lines.count {
      let line = lines[shown.top + row]
      screen.put(
        line.text, row: area.row + row, column: left, style: Self.cellStyle(line.style),
        limit: area.column + area.width)
      if let search {
        highlight(
          line, row: area.row + row, left: left, article: shown.article, search: search,
          on: &screen)
      }
    }
  }

  /// Draws the article view's status line: position, page, section, hints, percentage.
  func drawArticleStatus(_ layout: ScreenLayout, into screen: inout Screen) {
    let r = viewport
    guard index.articles.indices.contains(r.article) else { return }
    let count = laid(r.article, width: layout.textWidth).lines.count
    let height = layout.textHeight
    let percent = count <= height ? 100 : min(100, (r.top + height) * 100 / max(count, 1))
    let section = index.sectionOfArticle[r.article]
    var detail = page.sections[section].name ?? ""
    if let pagePosition { detail = detail.isEmpty ? pagePosition : pagePosition + "  " + detail }
    var right = "\(percent)%"
    if let status = searchStatus { right = status + "  " + right }
    drawStatus(
      in: layout.status, into: &screen, left: "\(r.article + 1)/\(index.articles.count)",
      hints: [.hintSearch, .hintHelp, .hintBack], right: right, detail: detail)
  }

  /// Marks the search matches that `line` shows.
  private func highlight(
    _ line: LaidOutLine, row: Int, left: Int, article: Int, search: SearchSession,
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
