import PaperKit

extension ReaderState {
  /// Selects article `target` (clamped) in the list and scrolls it into view.
  mutating func select(_ target: Int, size: ScreenSize) {
    list.select(target, index: index, height: listHeight(size))
    if focus.pane == .list, viewport.article != list.selection {
      viewport = ArticleViewport(article: list.selection, width: 0)  // the second pane's preview
    }
  }

  /// Opens the selected article, at its first search match when it has one.
  mutating func openSelected(size: ScreenSize) {
    guard index.articles.indices.contains(list.selection) else { return }
    if var search, let hit = search.firstHit(page: pageNumber, article: list.selection) {
      search.current = hit
      self.search = search
      show(hit: hit, open: true, size: size)
    } else {
      openArticle(list.selection, size: size)
    }
  }

  /// Opens article `a` of the current page at its top (`atEnd`: at its last screen).
  mutating func openArticle(_ a: Int, atEnd: Bool = false, size: ScreenSize) {
    guard index.articles.indices.contains(a) else { return }
    focus = .pane(.article)
    list.select(a, index: index, height: listHeight(size))
    let layout = layout(size)
    viewport = ArticleViewport(article: a, width: layout.textWidth)
    readArticles.insert(ArticleKey(page: pageNumber, article: a))
    if atEnd { goToLine(Int.max / 2, size: size) }
  }

  /// Scrolls the article by `lines` (negative: up) within its bounds.
  mutating func scroll(by lines: Int, size: ScreenSize) {
    guard let laid = laidViewport(size) else { return }
    viewport.scroll(by: lines, laid: laid, height: layout(size).textHeight)
  }

  /// Shows line `line` (0-based, clamped) at the top.
  mutating func goToLine(_ line: Int, size: ScreenSize) {
    guard let laid = laidViewport(size) else { return }
    viewport.go(to: line, laid: laid, height: layout(size).textHeight)
  }

  /// True when the article's last line is on screen.
  func atArticleEnd(size: ScreenSize) -> Bool {
    guard let laid = laidViewport(size) else { return true }
    return viewport.top
      >= ArticleViewport.maxTop(lineCount: laid.lines.count, height: layout(size).textHeight)
  }

  /// `Space`: a page down, or at the end of the article the next one (across pages).
  mutating func readOn(times: Int, size: ScreenSize) {
    for _ in 0..<times {
      if atArticleEnd(size: size) {
        openNeighbour(1, size: size)
      } else {
        scroll(by: max(1, layout(size).textHeight - 1), size: size)
      }
    }
  }

  /// Opens the article `step` places on (negative: back); past the page's ends, the next
  /// page's first article or the previous page's last, with a message.
  mutating func openNeighbour(_ step: Int, size: ScreenSize) {
    let target = viewport.article + step
    if index.articles.indices.contains(target) {
      openArticle(target, size: size)
      return
    }
    let forward = step > 0
    var other = pageNumber + (forward ? 1 : -1)
    while pages.indices.contains(other), indexes[other].articles.isEmpty {
      other += forward ? 1 : -1
    }
    guard pages.indices.contains(other) else {
      if pages.count > 1 {
        say(forward ? .endOfLastArticle : .startOfFirstArticle, error: true)
      } else {
        say(forward ? .lastArticle : .firstArticle, error: true)
      }
      return
    }
    switchPage(to: other)
    openArticle(forward ? 0 : index.articles.count - 1, size: size)
    say(forward ? .readOnNextPage : .readOnPreviousPage, pageName(other))
  }

  /// Scrolls so the next (or previous) subhead is the top line.
  mutating func jumpToSubhead(forward: Bool, times: Int, size: ScreenSize) {
    guard let laid = laidViewport(size) else { return }
    let before = viewport.top
    for _ in 0..<times {
      let subheads = laid.subheads
      let top = viewport.top
      guard
        let target = forward
          ? subheads.first(where: { $0 > top }) : subheads.last(where: { $0 < top })
      else { break }
      viewport.go(to: target, laid: laid, height: layout(size).textHeight)
    }
    if viewport.top == before { say(forward ? .noSubheadBelow : .noSubheadAbove, error: true) }
  }

  /// Leaves the article for the section list, with it selected.
  mutating func backToList(size: ScreenSize) {
    focus = .pane(.list)
    list.select(viewport.article, index: index, height: listHeight(size))
  }

  /// Selects section `number` (1-based) in the list, or opens its first article when reading.
  mutating func goToSection(number: Int, size: ScreenSize) {
    guard let first = index.firstArticle(ofSection: number - 1) else {
      say(.noSection, String(number), error: true)
      return
    }
    if focus.pane == .list { select(first, size: size) } else { openArticle(first, size: size) }
  }

  /// Moves to the next (or previous) section that has articles, wrapping around; with a
  /// count, to section `number`.
  mutating func goToSection(relative step: Int, number: Int?, size: ScreenSize) {
    if let number {
      goToSection(number: number, size: size)
      return
    }
    let count = page.sections.count
    guard !index.articles.isEmpty, count > 0 else { return }
    let current = focus.pane == .list ? list.selection : viewport.article
    let section = index.sectionOfArticle[current]
    for offset in 1...count {
      let s = ((section + step * offset) % count + count) % count
      if let first = index.firstArticle(ofSection: s) {
        if focus.pane == .list { select(first, size: size) } else { openArticle(first, size: size) }
        return
      }
    }
  }

  /// Shows page `pageNumber + step`, on its section list.
  mutating func goToPage(relative step: Int, size: ScreenSize) {
    let target = min(max(pageNumber + step, 0), pages.count - 1)
    guard target != pageNumber else {
      say(pages.count == 1 ? .onlyOnePage : step > 0 ? .lastPage : .firstPage, error: true)
      return
    }
    switchPage(to: target)
    focus = .pane(.list)
  }

  /// Makes `target` the page shown, its first article selected; a one-page search follows.
  mutating func switchPage(to target: Int) {
    pageNumber = target
    list = SectionList()
    viewport = ArticleViewport(article: 0, width: 0)
    guard let search else { return }
    if search.allPages {
      // The current match is on another page now: show the count until `n` picks one here.
      self.search?.current = nil
    } else {
      self.search = SearchSession(query: search.query, pages: pages, in: [target], cache: cache)
    }
  }

  /// Answers a click: on a list row, selects or opens it; on the other pane, focuses it.
  mutating func click(_ event: MouseEvent, size: ScreenSize) {
    let layout = layout(size)
    if let area = layout.article, layout.hasTwoPanes, event.column >= area.column {
      if focus.pane == .list { openArticle(list.selection, size: size) }
      return
    }
    guard let area = layout.list, area.rows.contains(event.row), event.column < area.width
    else { return }
    let rows = index.rows
    let i = list.top + event.row - area.row
    guard rows.indices.contains(i) else { return }
    switch rows[i] {
    case .article(let a): openArticle(a, size: size)
    case .section(let s), .rule(let s):
      if let first = index.firstArticle(ofSection: s) { select(first, size: size) }
    case .empty: break
    }
  }
}
