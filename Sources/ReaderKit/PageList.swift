import PaperKit

/// The page list (`p`): every page open, filtered by what is typed; Enter opens the one
/// selected. Its state is the filter and the selection, as an index into the filtered rows.
struct PageListSession: Sendable, Equatable {
  /// What is typed; a page shows when each of its words is found in the page's row.
  var filter = ""
  /// The selected row among the matching pages.
  var selection = 0
  /// The first row shown.
  var top = 0
}

/// One row of the page list: what it shows and what the filter searches.
struct PageListRow: Sendable, Equatable {
  /// The page's index among the pages open.
  var number: Int
  /// The printed page name (`A03版`, `第3版`), if the page has one.
  var name: String?
  /// The file name (or `-`).
  var file: String
  /// The first titles of the page, or nil while it is being read.
  var titles: [String]?
}

extension ReaderState {
  /// The rows of all pages, in order.
  func pageListRows() -> [PageListRow] {
    pages.indices.map { number in
      let page = pages[number]
      let file = page.source.split(separator: "/").last.map(String.init) ?? page.source
      let articles = indexes[number].articles
      let titles =
        pending.contains(number) && articles.isEmpty ? nil : articles.prefix(3).map(\.title)
      return PageListRow(
        number: number, name: PageFurniture(page.furniture).pageName, file: file, titles: titles)
    }
  }

  /// The rows `filter` lets through: every word of it (case folded) in the row's number, name,
  /// file name or titles.
  func pageListMatches(_ filter: String) -> [PageListRow] {
    let words = filter.lowercased().split(whereSeparator: \.isWhitespace)
    let rows = pageListRows()
    guard !words.isEmpty else { return rows }
    return rows.filter { row in
      let haystack = ([String(row.number + 1), row.name ?? "", row.file] + (row.titles ?? []))
        .joined(separator: "\u{1}").lowercased()
      return words.allSatisfy { haystack.contains($0) }
    }
  }

  /// `p`: opens the page list on the page shown.
  mutating func openPageList() {
    var session = PageListSession()
    session.selection = pageNumber
    focus = .pageList(session, over: focus.pane)
  }

  /// Runs a page-list action on the open list.
  mutating func pageListAction(_ action: ReaderAction, key: Key, size: ScreenSize) {
    guard var session = focus.pageList else { return }
    let pane = focus.pane
    let height = max(1, size.height - 3)
    switch action {
    case .pageListType:
      if case .character(let c) = key {
        session.filter.append(c)
        session.selection = 0
      }
    case .pageListBackspace:
      if !session.filter.isEmpty {
        session.filter.removeLast()
        session.selection = 0
      }
    case .pageListDown: session.selection += 1
    case .pageListUp: session.selection -= 1
    case .pageListPageDown: session.selection += height - 1
    case .pageListPageUp: session.selection -= height - 1
    case .pageListFirst: session.selection = 0
    case .pageListLast: session.selection = Int.max / 2
    case .pageListOpen:
      let rows = pageListMatches(session.filter)
      guard rows.indices.contains(min(session.selection, rows.count - 1)) else {
        say(.pageListNoMatch, session.filter, error: true)
        return
      }
      let target = rows[min(session.selection, rows.count - 1)].number
      focus = .pane(.list)
      if target != pageNumber { switchPage(to: target) }
      return
    case .pageListClose:
      focus = .pane(pane)
      return
    default: return
    }
    let count = pageListMatches(session.filter).count
    session.selection = min(max(session.selection, 0), max(count - 1, 0))
    session.top = min(max(session.top, session.selection - height + 1), session.selection)
    session.top = max(0, session.top)
    focus = .pageList(session, over: pane)
  }

  /// Draws the page list over the whole screen: the top line, one row per matching page
  /// (number, page name, file name, first titles), and the filter on the status line.
  func drawPageList(_ session: PageListSession, into screen: inout Screen) {
    let size = screen.size
    let layout = ScreenLayout(size: size, pane: .list, twoPanes: false, listWidth: size.width)
    if let header = layout.header { drawHeader(in: header, into: &screen) }
    let rows = pageListMatches(session.filter)
    let height = max(1, size.height - 3)
    let selection = min(session.selection, max(rows.count - 1, 0))
    var top = min(max(session.top, selection - height + 1), selection)
    top = max(0, top)
    let numberWidth = String(pages.count).count
    let nameWidth = min(
      10, rows.reduce(0) { max($0, CellText.width($1.name ?? "")) })
    let fileWidth = min(24, rows.reduce(0) { max($0, CellText.width($1.file)) })
    for (offset, row) in rows.dropFirst(top).prefix(height).enumerated() {
      let line = 1 + offset
      let chosen = top + offset == selection
      let style: CellStyle = chosen ? .selected : .plain
      if chosen { screen.fill(row: line, style: .selected) }
      let number = String(row.number + 1)
      var column = 1 + numberWidth - number.count
      column = screen.put(number, row: line, column: column, style: chosen ? .selected : .dim)
      column += 2
      if nameWidth > 0 {
        screen.put(
          CellText.fit(row.name ?? "", width: nameWidth), row: line, column: column, style: style)
        column += nameWidth + 2
      }
      screen.put(
        CellText.fit(row.file, width: fileWidth), row: line, column: column,
        style: chosen ? .selected : .dim)
      column += fileWidth + 2
      let titles =
        row.titles.map { $0.isEmpty ? language.text(.noArticles) : $0.joined(separator: " · ") }
        ?? language.text(.pageListReading)
      if column < size.width - 1 {
        screen.put(
          CellText.fit(titles, width: size.width - 1 - column), row: line, column: column,
          style: style)
      }
    }
    if rows.isEmpty {
      screen.put(
        CellText.fit(language.text(.pageListNoMatch, session.filter), width: size.width - 2),
        row: 1, column: 1, style: .dim)
    }
    let position =
      rows.isEmpty ? "" : language.text(.pageListCount, String(selection + 1), String(rows.count))
    drawStatus(
      in: layout.status, into: &screen, left: "p/" + session.filter,
      hints: [.hintOpen, .hintEscClose],
      right: position)
  }
}
