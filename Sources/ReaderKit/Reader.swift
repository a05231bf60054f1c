import PaperKit

/// What the terminal loop should do after a key.
public enum ReaderCommand: Sendable, Equatable {
  /// Keep going: draw `render(size:)` and read the next key.
  case `continue`
  /// Restore the terminal and exit 0.
  case quit
}

/// Which screen the reader shows (help and the prompt are drawn over it).
enum Mode: Sendable, Equatable {
  case list, article
}

/// The article being read and how far it is scrolled.
struct Reading: Sendable, Equatable {
  /// Index in the current page's articles.
  var article: Int
  /// The first line shown, as an index into the layout at `width`.
  var top: Int
  /// The layout width `top` counts lines of.
  var width: Int
  /// Lines `top` may go past the end, so that a search match on the last line is off the
  /// bottom edge; any other scrolling takes it back to 0.
  var slack = 0
}

/// A one-key message on the status line.
struct Message: Sendable, Equatable {
  var text: String
  var isError: Bool
}

/// Everything that says what is on screen, saved when the prompt opens so Esc can restore it.
struct SavedView: Sendable {
  var pageNumber: Int
  var mode: Mode
  var selection: Int
  var listTop: Int
  var reading: Reading
}

/// The whole reader as a value: pages, screen, selection, scroll, search.
public struct ReaderState: Sendable {
  /// The pages open, in order (several for a directory).
  public private(set) var pages: [Page]
  /// How articles are laid out.
  public let options: LayoutOptions
  let indexes: [PageIndex]
  let cache: ReaderCache

  /// The index of the page shown.
  public internal(set) var pageNumber = 0
  var mode = Mode.list
  /// The selected article in the section list (index into the page's articles).
  var selection = 0
  /// The first row of the section list's body shown.
  var listTop = 0
  var reading = Reading(article: 0, top: 0, width: 0)
  /// The first help line shown; nil when help is closed.
  var helpTop: Int?
  var prompt: Prompt?
  var search: Search?
  var message: Message?
  /// Queries confirmed in this run, oldest first.
  var history: [String] = []
  /// The size of the last key's screen, to notice a resize.
  var lastSize: ScreenSize?

  /// A reader opened on the section list of the first page.
  public init(pages: [Page], options: LayoutOptions = .init()) {
    let pages = pages.isEmpty ? [Page(source: "(no page)", encoding: "UTF-8")] : pages
    self.pages = pages
    self.options = options
    indexes = pages.map(PageIndex.init)
    cache = ReaderCache(options: options)
  }

  /// The smallest size the reader draws; below it shows one line, "terminal too small".
  public static let minimumSize = ScreenSize(width: 20, height: 6)

  /// Applies one key for a screen of `size`; returns whether to go on or quit.
  public mutating func handle(_ key: Key, size: ScreenSize) -> ReaderCommand {
    message = nil
    normalize(for: size)
    if key == .resize { return .continue }
    if prompt != nil {
      handlePrompt(key, size: size)
      return .continue
    }
    let first: KeyContext = helpTop != nil ? .helpScreen : (mode == .list ? .list : .article)
    guard
      let binding = Keymap.binding(
        for: key, in: [first, .general, .search, .pages, .mouse])
    else {
      if case .character(let c) = key, KeyPattern.isPrintable(c) {
        message = Message(text: "unknown key \(c), ? for help", isError: true)
      }
      return .continue
    }
    return perform(binding.action, key: key, size: size)
  }

  /// The screen for this state at `size`.
  public func render(size: ScreenSize) -> Screen {
    var screen = Screen(size: size)
    if size.width < Self.minimumSize.width || size.height < Self.minimumSize.height {
      screen.put(CellText.fit("terminal too small", width: size.width), row: 0, column: 0)
      return screen
    }
    if helpTop != nil {
      drawHelp(into: &screen)
    } else if mode == .list {
      drawList(into: &screen)
    } else {
      drawArticle(into: &screen)
    }
    if prompt != nil { drawPrompt(into: &screen) }
    return screen
  }

  // MARK: - Shared helpers

  var page: Page { pages[pageNumber] }
  var index: PageIndex { indexes[pageNumber] }

  /// Rows for article text: all but the status line.
  static func contentHeight(_ size: ScreenSize) -> Int { max(1, size.height - 1) }

  /// Rows for the section list and help bodies: all but the header and status lines.
  static func bodyHeight(_ size: ScreenSize) -> Int { max(1, size.height - 2) }

  func laid(_ article: Int, width: Int) -> LaidOutArticle {
    cache.laid(index.articles[article], page: pageNumber, index: article, width: width)
  }

  /// Brings stored positions in line with `size` (after a resize, or the first key).
  mutating func normalize(for size: ScreenSize) {
    // A current match on screen before a resize stays on screen after it.
    var keep: Int?
    if mode == .article, let lastSize, lastSize != size, let current = search?.current,
      hitIsInView(current, size: lastSize)
    {
      keep = current
    }
    lastSize = size
    if mode == .article { reading = normalizedReading(for: size) }
    if let keep, !hitIsInView(keep, size: size) { show(hit: keep, open: true, size: size) }
    if mode == .list { listTop = effectiveListTop(for: size) }
    if let top = helpTop { helpTop = clampedHelpTop(top, size: size) }
  }

  var savedView: SavedView {
    SavedView(
      pageNumber: pageNumber, mode: mode, selection: selection, listTop: listTop,
      reading: reading)
  }

  mutating func restore(_ view: SavedView) {
    pageNumber = view.pageNumber
    mode = view.mode
    selection = view.selection
    listTop = view.listTop
    reading = view.reading
  }

  // MARK: - Actions

  mutating func perform(_ action: ReaderAction, key: Key, size: ScreenSize) -> ReaderCommand {
    if helpTop != nil {
      switch action {
      case .closeHelp:
        helpTop = nil
        return .continue
      case .lineDown, .lineUp, .pageDown, .pageUp, .top, .bottom, .wheel:
        scrollHelp(action, key: key, size: size)
        return .continue
      default:
        helpTop = nil  // any other command leaves help and runs
      }
    }
    switch action {
    case .quit: return .quit
    case .help: helpTop = 0
    case .nextSection: goToSection(relative: 1, size: size)
    case .previousSection: goToSection(relative: -1, size: size)
    case .jumpToSection:
      if case .character(let c) = key, let n = c.wholeNumberValue {
        goToSection(number: n, size: size)
      }
    case .listDown: select(selection + 1, size: size)
    case .listUp: select(selection - 1, size: size)
    case .listPageDown: select(selection + max(1, Self.bodyHeight(size) - 1), size: size)
    case .listPageUp: select(selection - max(1, Self.bodyHeight(size) - 1), size: size)
    case .listFirst: select(0, size: size)
    case .listLast: select(index.articles.count - 1, size: size)
    case .open: openSelected(size: size)
    case .lineDown: scroll(by: 1, size: size)
    case .lineUp: scroll(by: -1, size: size)
    case .pageDown: scroll(by: max(1, Self.contentHeight(size) - 1), size: size)
    case .pageUp: scroll(by: -max(1, Self.contentHeight(size) - 1), size: size)
    case .halfPageDown: scroll(by: max(1, Self.contentHeight(size) / 2), size: size)
    case .halfPageUp: scroll(by: -max(1, Self.contentHeight(size) / 2), size: size)
    case .top: reading = Reading(article: reading.article, top: 0, width: reading.width)
    case .bottom:
      reading = Reading(article: reading.article, top: maxTop(size: size), width: reading.width)
    case .nextArticle: openNeighbour(1, size: size)
    case .previousArticle: openNeighbour(-1, size: size)
    case .nextSubhead: jumpToSubhead(forward: true, size: size)
    case .previousSubhead: jumpToSubhead(forward: false, size: size)
    case .back: backToList(size: size)
    case .search: openPrompt()
    case .nextMatch: stepMatch(1, size: size)
    case .previousMatch: stepMatch(-1, size: size)
    case .searchAllPages: searchAllPages(size: size)
    case .nextPage: goToPage(relative: 1, size: size)
    case .previousPage: goToPage(relative: -1, size: size)
    case .wheel:
      if case .mouse(let event) = key {
        let step = event.kind == .wheelUp ? -3 : 3
        if mode == .list {
          select(selection + step, size: size)
        } else {
          scroll(by: step, size: size)
        }
      }
    case .click:
      if case .mouse(let event) = key { click(row: event.row, size: size) }
    case .closeHelp, .promptInsert, .promptConfirm, .promptCancel, .promptBackspace, .promptDelete,
      .promptClear, .promptLeft, .promptRight, .promptStart, .promptEnd, .promptOlder,
      .promptNewer:
      break
    }
    return .continue
  }

  /// Selects section `number` (1-based) in the list, or opens its first article when reading.
  mutating func goToSection(number: Int, size: ScreenSize) {
    guard let first = index.firstArticle(ofSection: number - 1) else {
      message = Message(text: "no section \(number)", isError: true)
      return
    }
    if mode == .list { select(first, size: size) } else { openArticle(first, size: size) }
  }

  /// Moves to the next (or previous) section that has articles, wrapping around.
  mutating func goToSection(relative step: Int, size: ScreenSize) {
    let count = page.sections.count
    guard !index.articles.isEmpty, count > 0 else { return }
    let current = mode == .list ? selection : reading.article
    let section = index.sectionOfArticle[current]
    for offset in 1...count {
      let s = ((section + step * offset) % count + count) % count
      if let first = index.firstArticle(ofSection: s) {
        if mode == .list { select(first, size: size) } else { openArticle(first, size: size) }
        return
      }
    }
  }

  /// Shows page `pageNumber + step`, on its section list.
  mutating func goToPage(relative step: Int, size: ScreenSize) {
    let target = pageNumber + step
    guard pages.indices.contains(target) else {
      message = Message(
        text: pages.count == 1 ? "only one page" : step > 0 ? "last page" : "first page",
        isError: true)
      return
    }
    showPage(target)
    guard let search else { return }
    if search.allPages {
      // The current match is on another page now: show the count until `n` picks one here.
      self.search?.current = nil
    } else {
      self.search = Search(query: search.query, pages: pages, in: [target], cache: cache)
    }
  }

  /// Switches to a page's section list with its first article selected.
  mutating func showPage(_ target: Int) {
    pageNumber = target
    mode = .list
    selection = 0
    listTop = 0
    reading = Reading(article: 0, top: 0, width: 0)
  }
}
