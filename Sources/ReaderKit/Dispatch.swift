import PaperKit

extension ReaderState {
  /// The one dispatch: runs `action` (bound to `key`, with the count typed before it) for the
  /// focus it came from. An action of another context than help's closes help first.
  mutating func perform(_ action: ReaderAction, key: Key, count: Int?, size: ScreenSize)
    -> ReaderCommand
  {
    if case .help(_, let pane) = focus, !action.isHelpScreenAction { focus = .pane(pane) }
    let n = max(count ?? 1, 1)
    let listPage = max(1, listHeight(size) - 1)
    let textPage = max(1, layout(size).textHeight - 1)
    let half = max(1, layout(size).textHeight / 2)
    let before = (list.selection, viewport.top, viewport.article, pageNumber)
    defer { sayWhenStill(action, before: before) }
    switch action {
    case .quit: return .quit
    case .help: focus = .help(top: 0, over: focus.pane)
    case .count: typeCount(key, size: size)
    case .togglePanes: togglePanes(size: size)
    case .nextSection: goToSection(relative: 1, number: count, size: size)
    case .previousSection: goToSection(relative: -1, number: count, size: size)
    case .listDown: select(list.selection + n, size: size)
    case .listUp: select(list.selection - n, size: size)
    case .listPageDown: select(list.selection + n * listPage, size: size)
    case .listPageUp: select(list.selection - n * listPage, size: size)
    case .listHalfDown: select(list.selection + n * max(1, listHeight(size) / 2), size: size)
    case .listHalfUp: select(list.selection - n * max(1, listHeight(size) / 2), size: size)
    case .listFirst: select(count.map { $0 - 1 } ?? 0, size: size)
    case .listLast: select(count.map { $0 - 1 } ?? index.articles.count - 1, size: size)
    case .open: openSelected(size: size)
    case .lineDown: scroll(by: n, size: size)
    case .lineUp: scroll(by: -n, size: size)
    case .readOn: readOn(times: n, size: size)
    case .pageDown: scroll(by: n * textPage, size: size)
    case .pageUp: scroll(by: -n * textPage, size: size)
    case .halfPageDown: scroll(by: n * half, size: size)
    case .halfPageUp: scroll(by: -n * half, size: size)
    case .top: goToLine(count.map { $0 - 1 } ?? 0, size: size)
    case .bottom: goToLine(count.map { $0 - 1 } ?? Int.max / 2, size: size)
    case .nextArticle: openNeighbour(n, size: size)
    case .previousArticle: openNeighbour(-n, size: size)
    case .nextSubhead: jumpToSubhead(forward: true, times: n, size: size)
    case .previousSubhead: jumpToSubhead(forward: false, times: n, size: size)
    case .back: if !returnFromJump() { backToList(size: size) }
    case .copy: return copyArticle()
    case .save: openPrompt(.save, initial: defaultFileName())
    case .pipe: openPrompt(.pipe)
    case .search: openPrompt(.search)
    case .nextMatch: stepMatch(n, size: size)
    case .previousMatch: stepMatch(-n, size: size)
    case .searchAllPages: searchAllPages(size: size)
    case .clearHighlights: clearHighlights()
    case .promptInsert:
      if case .character(let c) = key { return edit(.insert(c), size: size) }
    case .promptConfirm: return edit(.confirm, size: size)
    case .promptCancel: return edit(.cancel, size: size)
    case .promptBackspace: return edit(.backspace, size: size)
    case .promptDelete: return edit(.delete, size: size)
    case .promptClear: return edit(.clear, size: size)
    case .promptLeft: return edit(.left, size: size)
    case .promptRight: return edit(.right, size: size)
    case .promptStart: return edit(.start, size: size)
    case .promptEnd: return edit(.end, size: size)
    case .promptOlder: return edit(.older, size: size)
    case .promptNewer: return edit(.newer, size: size)
    case .nextPage: goToPage(relative: n, size: size)
    case .previousPage: goToPage(relative: -n, size: size)
    case .pageList: openPageList()
    case .followContinuation: followContinuation(size: size)
    case .pageListType, .pageListBackspace, .pageListDown, .pageListUp, .pageListPageDown,
      .pageListPageUp, .pageListFirst, .pageListLast, .pageListOpen, .pageListClose:
      pageListAction(action, key: key, size: size)
    case .wheel:
      if case .mouse(let event) = key { wheel(event, size: size) }
    case .click:
      if case .mouse(let event) = key { click(event, size: size) }
    case .closeHelp: focus = .pane(focus.pane)
    case .helpDown: scrollHelp(by: n, size: size)
    case .helpUp: scrollHelp(by: -n, size: size)
    case .helpPageDown: scrollHelp(by: n * listPage, size: size)
    case .helpPageUp: scrollHelp(by: -n * listPage, size: size)
    case .helpTop: scrollHelp(to: 0, size: size)
    case .helpBottom: scrollHelp(to: Int.max / 2, size: size)
    }
    return .continue
  }

  /// A moving key that moved nothing says so: at the end or the top of the article or list.
  private mutating func sayWhenStill(_ action: ReaderAction, before: (Int, Int, Int, Int)) {
    guard message == nil, before == (list.selection, viewport.top, viewport.article, pageNumber)
    else { return }
    switch action {
    case .listDown, .listPageDown, .listHalfDown: say(.atListEnd)
    case .listUp, .listPageUp, .listHalfUp: say(.atListStart)
    case .lineDown, .pageDown, .halfPageDown: if focus.pane == .article { say(.atArticleEnd) }
    case .lineUp, .pageUp, .halfPageUp: if focus.pane == .article { say(.atArticleTop) }
    default: break
    }
  }

  /// A digit: adds to the count, and (as before counts) jumps to section N when there is one.
  private mutating func typeCount(_ key: Key, size: ScreenSize) {
    guard case .character(let c) = key, let digit = c.wholeNumberValue else { return }
    guard pendingCount != nil || digit > 0 else {
      say(.keyDoesNothingHere, "0", error: true)  // a count does not start with 0
      return
    }
    let before = pendingCount?.before ?? savedView
    let value = min((pendingCount?.value ?? 0) * 10 + digit, 1_000_000)
    restore(before)
    pendingCount = PendingCount(value: value, before: before)
    if index.firstArticle(ofSection: value - 1) != nil {
      goToSection(number: value, size: size)
    } else if value < 10 {
      say(.noSection, String(value), error: true)
    }
  }

  /// Scrolls the wheel's way: the list moves its selection, an article its lines, help its text.
  private mutating func wheel(_ event: MouseEvent, size: ScreenSize) {
    let step = event.kind == .wheelUp ? -3 : 3
    if focus.helpTop != nil {
      scrollHelp(by: step, size: size)
    } else if focus.pane == .list, !onArticlePane(event, size: size) {
      select(list.selection + step, size: size)
    } else {
      scroll(by: step, size: size)
    }
  }

  /// True when a mouse event is over the article pane of a two-pane screen.
  private func onArticlePane(_ event: MouseEvent, size: ScreenSize) -> Bool {
    guard let area = layout(size).article, layout(size).hasTwoPanes else { return false }
    return event.column >= area.column
  }

  /// `w`: two panes on or off (they need a wide screen to show).
  private mutating func togglePanes(size: ScreenSize) {
    twoPanes.toggle()
    if twoPanes && size.width < preferences.twoPaneWidth {
      say(.twoPanesTooNarrow)
    } else {
      say(twoPanes ? .twoPanesOn : .twoPanesOff)
    }
    if focus.pane == .list { viewport = ArticleViewport(article: list.selection, width: 0) }
  }

  /// `\` or `Esc u`: the highlights go; `n`/`N` search for the last query again.
  private mutating func clearHighlights() {
    guard search != nil else {
      say(.noHighlights)
      return
    }
    search = nil
    say(.highlightsCleared)
  }
}

extension ReaderAction {
  /// The help screen's own actions; any other closes help and runs.
  var isHelpScreenAction: Bool {
    switch self {
    case .closeHelp, .helpDown, .helpUp, .helpPageDown, .helpPageUp, .helpTop, .helpBottom,
      .wheel:
      true
    default: false
    }
  }
}
