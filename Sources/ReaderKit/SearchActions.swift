import PaperKit

extension ReaderState {
  /// The search part of the status line: `k/N`, or `N matches` before one is chosen.
  var searchStatus: String? {
    guard let search, !search.hits.isEmpty else { return nil }
    let scope = search.allPages && pages.count > 1 ? " " + language.text(.allPagesScope) : ""
    if let current = search.current { return "\(current + 1)/\(search.hits.count)\(scope)" }
    let count =
      search.hits.count == 1
      ? language.text(.matchCountOne) : language.text(.matchCountMany, String(search.hits.count))
    return count + scope
  }

  /// Where the view is in reading order: the top line of the article read, or the selection.
  func viewKey(size: ScreenSize) -> HitKey {
    if focus.pane == .article, let laid = laidViewport(size) {
      let position = laid.position(ofLine: viewport.top)
      return HitKey(
        page: pageNumber, article: viewport.article, field: position?.field ?? .kicker,
        offset: position?.offset ?? 0)
    }
    return HitKey(page: pageNumber, article: list.selection, field: .kicker, offset: 0)
  }

  /// Lines (first, last) of the article that a hit covers at `width`.
  func lines(of hit: SearchHit, width: Int) -> (Int, Int) {
    let laid = laid(hit.match.article, width: width)
    let range = hit.match.range
    return (
      laid.line(of: hit.match.field, offset: range.lowerBound),
      laid.line(of: hit.match.field, offset: max(range.lowerBound, range.upperBound - 1))
    )
  }

  /// True when hit `i` is the article read (and on screen), or the article selected.
  func hitIsInView(_ i: Int, size: ScreenSize) -> Bool {
    guard let search, search.hits.indices.contains(i) else { return false }
    let hit = search.hits[i]
    guard hit.page == pageNumber else { return false }
    if focus.pane == .list { return hit.match.article == list.selection }
    guard hit.match.article == viewport.article else { return false }
    let layout = layout(size)
    let (first, last) = lines(of: hit, width: layout.textWidth)
    return first >= viewport.top && last < viewport.top + layout.textHeight
  }

  /// Shows hit `i`: selects its article in the list, or (`open`) opens it scrolled so the
  /// match is in view and off the top and bottom edges where the article allows.
  mutating func show(hit i: Int, open: Bool, size: ScreenSize) {
    guard let search, search.hits.indices.contains(i) else { return }
    let hit = search.hits[i]
    if hit.page != pageNumber {
      let kept = search
      switchPage(to: hit.page)
      self.search = kept
      focus = .pane(.list)
    }
    guard open else {
      focus = .pane(.list)
      select(hit.match.article, size: size)
      // Two panes: the preview of the selected article shows the match too.
      let layout = layout(size)
      if layout.hasTwoPanes, let laid = laidViewport(size) {
        viewport.remap(to: laid, width: layout.textWidth, height: layout.textHeight)
        let (first, last) = lines(of: hit, width: layout.textWidth)
        viewport.reveal(first: first, last: last, laid: laid, height: layout.textHeight)
      }
      return
    }
    if focus.pane != .article || viewport.article != hit.match.article {
      openArticle(hit.match.article, size: size)
    }
    let layout = layout(size)
    guard let laid = laidViewport(size) else { return }
    viewport.remap(to: laid, width: layout.textWidth, height: layout.textHeight)
    let (first, last) = lines(of: hit, width: layout.textWidth)
    viewport.reveal(first: first, last: last, laid: laid, height: layout.textHeight)
  }

  /// `n` (1) or `N` (-1), `times` over: the next or previous match, wrapping with a message.
  mutating func stepMatch(_ step: Int, size: ScreenSize) {
    if search == nil, let last = history.last {
      search = SearchSession(query: last, pages: pages, in: [pageNumber], cache: cache)
    }
    guard var search else {
      say(.noSearchYet, error: true)
      return
    }
    let inView = search.current.map { hitIsInView($0, size: size) } ?? false
    guard let (next, wrap) = search.step(step, currentInView: inView, view: viewKey(size: size))
    else {
      say(.notFoundQuery, search.query, error: true)
      return
    }
    if let wrap { say(wrap == .toFirst ? .wrappedToFirst : .wrappedToLast) }
    search.current = next
    self.search = search
    show(hit: next, open: true, size: size)
  }

  /// Runs the last query again over every page and shows the first match from here on.
  mutating func searchAllPages(size: ScreenSize) {
    guard let query = search?.query ?? history.last else {
      say(.noSearchYet, error: true)
      return
    }
    start(
      SearchSession(
        query: query, pages: pages, in: Array(pages.indices), cache: cache, allPages: true),
      open: true, size: size)
  }

  /// Makes `found` the search and shows its first match at or after the view, or, when there is
  /// none after it, the first match of all.
  mutating func start(_ found: SearchSession, open: Bool, size: ScreenSize) {
    var found = found
    let first = found.firstIndex(notBefore: viewKey(size: size))
    found.current = found.hits.isEmpty ? nil : first < found.hits.count ? first : 0
    search = found
    if let current = found.current { show(hit: current, open: open, size: size) }
  }
}
