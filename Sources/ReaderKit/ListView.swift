import PaperKit

extension ReaderState {
  /// The width of the names column and of the count column of an article row.
  static let namesWidth = 16
  static let countWidth = 5

  /// The cells the section list needs so that names and counts sit next to the titles.
  /// (Indent, title, a gap, names, count, a margin and room for a match badge.)
  var listWidth: Int {
    max(index.widestTitle + 3 + 2 + Self.namesWidth + Self.countWidth + 1 + 5, index.widestHeading)
  }

  /// Draws the section list's body in `area`.
  func drawList(in area: Rect, into screen: inout Screen) {
    let rows = index.rows
    for r in 0..<area.height where list.top + r < rows.count {
      drawListRow(rows[list.top + r], row: area.row + r, width: area.width, into: &screen)
    }
  }

  /// Draws the status line of the section list.
  func drawListStatus(in area: Rect, into screen: inout Screen) {
    var left = ""
    if !index.articles.isEmpty { left = "\(list.selection + 1)/\(index.articles.count)" }
    drawStatus(
      in: area, into: &screen, left: left, hints: [.hintOpen, .hintSearch, .hintHelp, .hintQuit],
      right: searchStatus ?? "")
  }

  /// The name shown for section `s`: its number and its name.
  func sectionLabel(_ s: Int) -> String {
    "\(s + 1) " + (page.sections[s].name ?? language.text(.unnamedSection))
  }

  private func drawListRow(_ item: ListRow, row: Int, width: Int, into screen: inout Screen) {
    switch item {
    case .empty:
      screen.put(
        CellText.fit(
          "  " + language.text(pending.contains(pageNumber) ? .pageBeingRead : .noArticles),
          width: width), row: row, column: 0,
        style: .dim, limit: width)
    case .section(let s):
      screen.put(
        CellText.fit(sectionLabel(s), width: width), row: row, column: 0, style: .section,
        limit: width)
    case .rule:
      let rule = String(repeating: "─", count: max(0, min(width, 40) - 4))
      screen.put("  " + rule, row: row, column: 0, style: .dim, limit: width)
    case .article(let a):
      drawArticleRow(a, row: row, width: width, into: &screen)
    }
  }

  /// What the count column says: `N段`, or what an item without text is.
  func countLabel(of article: Article) -> String {
    ItemKind(article).label(language)
      ?? language.text(.paragraphCountShort, String(article.paragraphCount))
  }

  /// `   title [matches]          names  N段`, cut to the width; a read article is marked.
  private func drawArticleRow(_ a: Int, row: Int, width: Int, into screen: inout Screen) {
    let article = index.articles[a]
    let selected = a == list.selection
    if selected { screen.restyle(row: row, columns: 0..<width, style: .selected) }
    func style(_ normal: CellStyle) -> CellStyle { selected ? .selected : normal }
    let count = countLabel(of: article)
    let names = article.byline?.names.joined(separator: " ") ?? ""
    var meta = ""
    let paddedCount =
      String(repeating: " ", count: max(0, Self.countWidth - CellText.width(count))) + count
    if width >= 60 {
      let fitted = CellText.fit(names, width: Self.namesWidth)
      meta =
        fitted + String(repeating: " ", count: Self.namesWidth - CellText.width(fitted))
        + paddedCount
    } else if width >= 30 {
      meta = paddedCount
    }
    let hits = search?.counts[ArticleKey(page: pageNumber, article: a)] ?? 0
    let badge = hits > 0 ? " [\(hits)]" : ""
    let indent = width >= 30 ? 3 : 2
    if readArticles.contains(ArticleKey(page: pageNumber, article: a)) {
      screen.put(language.text(.readMark), row: row, column: indent - 2, style: style(.dim))
    }
    let metaStart = meta.isEmpty ? width : width - 1 - CellText.width(meta)
    // The other part of a continued story: `→ A04` (goes on there, `J` opens it), `← 1`.
    let jump = CellText.fit(
      Self.continuationMark(of: article), width: max(metaStart - indent - 4, 0))
    let room =
      metaStart - indent - (meta.isEmpty ? 0 : 2) - CellText.width(badge) - CellText.width(jump)
    let title = article.title.isEmpty ? language.text(.untitled) : article.title
    let fitted = CellText.fit(title, width: max(room, 1))
    var column = screen.put(
      fitted, row: row, column: indent, style: style(.plain), limit: width)
    if !selected, !article.title.isEmpty, let search {
      highlightTitle(fitted, of: a, row: row, column: indent, search: search, on: &screen)
    }
    if !jump.isEmpty {
      column = screen.put(jump, row: row, column: column, style: style(.dim), limit: metaStart)
    }
    if !badge.isEmpty {
      column = screen.put(badge, row: row, column: column, style: style(.match), limit: metaStart)
    }
    if !meta.isEmpty {
      screen.put(meta, row: row, column: metaStart, style: style(.byline), limit: width)
    }
  }

  /// ` → 6` for a story that goes on on page 6, ` ← 1` for the part that comes from page 1,
  /// else nothing.
  static func continuationMark(of article: Article) -> String {
    if let to = article.continuedTo { return " → " + to }
    if let from = article.continuedFrom { return " ← " + from }
    return ""
  }

  /// Marks the matches in a title as drawn (cut) on a list row.
  private func highlightTitle(
    _ fitted: String, of a: Int, row: Int, column: Int, search: SearchSession,
    on screen: inout Screen
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
