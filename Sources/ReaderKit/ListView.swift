import PaperKit

/// One row of the section list's body.
enum ListRow: Sendable, Equatable {
  /// A section heading (index into `Page.sections`).
  case section(Int)
  /// An article (index into the page's articles).
  case article(Int)
  /// The line shown for a page without articles.
  case empty
}

extension ReaderState {
  /// The rows of the current page's section list.
  var listRows: [ListRow] { index.rows }

  /// The first body row to show at `size`: the stored one, moved so the selection (and the
  /// heading of its section, when it is the section's first article) is in view.
  func effectiveListTop(for size: ScreenSize) -> Int {
    let rows = listRows
    let height = Self.bodyHeight(size)
    var top = listTop
    if index.rowOfArticle.indices.contains(selection) {
      let row = index.rowOfArticle[selection]
      var headed = row
      if row > 0, case .section = rows[row - 1] { headed = row - 1 }
      top = min(top, headed)
      top = max(top, row - height + 1)
    }
    return min(max(top, 0), max(0, rows.count - height))
  }

  /// Selects article `target` (clamped) in the list and scrolls it into view.
  mutating func select(_ target: Int, size: ScreenSize) {
    guard !index.articles.isEmpty else { return }
    selection = min(max(target, 0), index.articles.count - 1)
    listTop = effectiveListTop(for: size)
  }

  /// Opens the selected article, at its first search match when it has one.
  mutating func openSelected(size: ScreenSize) {
    guard index.articles.indices.contains(selection) else { return }
    if var search, let hit = search.firstHit(page: pageNumber, article: selection) {
      search.current = hit
      self.search = search
      show(hit: hit, open: true, size: size)
    } else {
      openArticle(selection, size: size)
    }
  }

  /// Answers a click on screen row `row`.
  mutating func click(row: Int, size: ScreenSize) {
    guard mode == .list, row >= 1, row <= Self.bodyHeight(size) else { return }
    let rows = listRows
    let i = effectiveListTop(for: size) + row - 1
    guard rows.indices.contains(i) else { return }
    switch rows[i] {
    case .article(let a): openArticle(a, size: size)
    case .section(let s):
      if let first = index.firstArticle(ofSection: s) { select(first, size: size) }
    case .empty: break
    }
  }

  /// Draws the section list: header, body, status line.
  func drawList(into screen: inout Screen) {
    let size = screen.size
    drawHeader(into: &screen)
    let rows = listRows
    let top = effectiveListTop(for: size)
    for r in 0..<Self.bodyHeight(size) where top + r < rows.count {
      drawListRow(rows[top + r], row: r + 1, into: &screen)
    }
    var left = ""
    if !index.articles.isEmpty { left = "\(selection + 1)/\(index.articles.count)" }
    drawStatus(
      into: &screen, left: left, hints: ["Enter open", "/ search", "? help", "q quit"],
      right: searchStatus ?? "")
  }

  /// The top line: the page's banner (or its source) and, for several pages, which one.
  func drawHeader(into screen: inout Screen) {
    let width = screen.size.width
    screen.fill(row: 0, style: .banner)
    let right = pages.count > 1 ? "page \(pageNumber + 1)/\(pages.count) " : ""
    let title = page.banner ?? page.source.split(separator: "/").last.map(String.init) ?? ""
    let room = width - 1 - CellText.width(right) - (right.isEmpty ? 0 : 1)
    screen.put(CellText.fit(title, width: room), row: 0, column: 1, style: .banner)
    screen.put(right, row: 0, column: width - CellText.width(right), style: .banner)
  }

  /// The name shown for section `s`: its number and its name, or `(unnamed section)`.
  func sectionLabel(_ s: Int) -> String {
    "\(s + 1) " + (page.sections[s].name ?? "(unnamed section)")
  }

  private func drawListRow(_ item: ListRow, row: Int, into screen: inout Screen) {
    let width = screen.size.width
    switch item {
    case .empty:
      screen.put(
        CellText.fit("  (this page has no articles)", width: width), row: row, column: 0,
        style: .dim)
    case .section(let s):
      screen.put(
        CellText.fit(sectionLabel(s), width: width), row: row, column: 0, style: .section)
    case .article(let a):
      drawArticleRow(a, row: row, into: &screen)
    }
  }

  /// `   title [matches]          names  N段`, cut to the width.
  private func drawArticleRow(_ a: Int, row: Int, into screen: inout Screen) {
    let width = screen.size.width
    let article = index.articles[a]
    let selected = a == selection
    if selected { screen.fill(row: row, style: .selected) }
    func style(_ normal: CellStyle) -> CellStyle { selected ? .selected : normal }
    let count = "\(article.paragraphCount)段"
    let names = article.byline?.names.joined(separator: " ") ?? ""
    var meta = ""
    let paddedCount = String(repeating: " ", count: max(0, 5 - CellText.width(count))) + count
    if width >= 60 {
      let fitted = CellText.fit(names, width: 16)
      meta = fitted + String(repeating: " ", count: 16 - CellText.width(fitted)) + paddedCount
    } else if width >= 30 {
      meta = paddedCount
    }
    let hits = search?.counts[ArticleKey(page: pageNumber, article: a)] ?? 0
    let badge = hits > 0 ? " [\(hits)]" : ""
    let indent = width >= 30 ? 3 : 2
    let metaStart = meta.isEmpty ? width : width - 1 - CellText.width(meta)
    let room = metaStart - indent - (meta.isEmpty ? 0 : 2) - CellText.width(badge)
    let title = article.title.isEmpty ? "(untitled)" : article.title
    let fitted = CellText.fit(title, width: max(room, 1))
    var column = screen.put(fitted, row: row, column: indent, style: style(.plain))
    if !selected, !article.title.isEmpty, let search {
      highlightTitle(fitted, of: a, row: row, column: indent, search: search, on: &screen)
    }
    if !badge.isEmpty {
      column = screen.put(badge, row: row, column: column, style: style(.match), limit: metaStart)
    }
    if !meta.isEmpty { screen.put(meta, row: row, column: metaStart, style: style(.byline)) }
  }

  /// Marks the matches in a title as drawn (cut) on a list row.
  private func highlightTitle(
    _ fitted: String, of a: Int, row: Int, column: Int, search: Search, on screen: inout Screen
  ) {
    var shown = fitted
    if shown != index.articles[a].title, shown.hasSuffix("…") { shown.removeLast() }
    let count = shown.unicodeScalars.count
    let span = SourceSpan(field: .title, range: 0..<count, column: column)
    let line = LaidOutLine(text: shown, style: .title, source: span)
    for i in search.hits(page: pageNumber, article: a, overlapping: span) {
      if let columns = line.columns(forSourceRange: search.hits[i].match.range) {
        screen.restyle(
          row: row, columns: columns, style: i == search.current ? .currentMatch : .match)
      }
    }
  }
}
