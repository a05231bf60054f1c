import PaperKit

/// What the terminal loop should do after a key.
public enum ReaderCommand: Sendable, Equatable {
  /// Keep going: draw `render(size:)` and read the next key.
  case `continue`
  /// Restore the terminal and exit 0.
  case quit
  /// Put `text` on the terminal's clipboard (OSC 52), then go on.
  case copy(String)
  /// Write `text` to the file at `path` (`overwrite`: even if it exists), then report with
  /// `saved(path:error:)`.
  case save(path: String, text: String, overwrite: Bool)
  /// Run `command` with the shell, `text` on its standard input, the screen put away while it
  /// runs; then report with `piped(command:status:error:)`.
  case pipe(command: String, text: String)
}

/// A one-key message on the status line.
struct Message: Sendable, Equatable {
  var text: String
  var isError: Bool
}

/// Everything that says what is on screen, saved when a prompt opens so Esc can restore it.
struct SavedView: Sendable {
  var pageNumber: Int
  var pane: Pane
  var list: SectionList
  var viewport: ArticleViewport
}

/// A count being typed (`10` of `10j`) and the view before its first digit, which a digit's
/// section jump left and a counted key returns to.
struct PendingCount: Sendable {
  var value: Int
  var before: SavedView
}

/// The whole reader as a value: pages, focus, and each component's state.
public struct ReaderState: Sendable {
  /// The pages open, in order (several for a directory).
  public internal(set) var pages: [Page]
  /// How articles are laid out.
  public let options: LayoutOptions
  /// The interface's language.
  public let language: Language
  var indexes: [PageIndex]
  let cache: ReaderCache

  /// The index of the page shown.
  public internal(set) var pageNumber = 0
  /// Which part takes keys.
  var focus = Focus.pane(.list)
  /// The section list of the page shown.
  var list = SectionList()
  /// The article read (or last read).
  var viewport = ArticleViewport(article: 0, width: 0)
  /// The search shown, if any.
  var search: SearchSession?
  /// The message of the last key.
  var message: Message?
  /// Queries confirmed in this run, oldest first.
  var history: [String] = []
  /// A count being typed.
  var pendingCount: PendingCount?
  /// The view before the last key when that key was Esc, for `Esc u`.
  var beforeEscape: SavedView?
  /// The last key handled, for two-key sequences.
  var previousKey: Key?
  /// Articles opened, in this run and (restored) earlier ones.
  var readArticles: Set<ArticleKey> = []
  /// Whether a wide screen shows the list and the article side by side.
  var twoPanes = true
  /// The size positions were last normalised for.
  var lastSize: ScreenSize?
  /// Pages still being read in the background: placeholders until `receive` brings them.
  var pending: Set<Int> = []
  /// For each page being read in parts, the share of its text read so far, in percent.
  var partsRead: [Int: Int] = [:]
  /// The saved places, kept to restore pages that arrive after the first frame.
  var placeBook: PlaceBook?
  /// Where each followed continuation came from, newest last; `q` goes back to it.
  var jumps: [SavedView] = []
  /// The user's keys and layout settings.
  public var preferences = ReaderPreferences()

  /// A reader opened on the section list of the first page.
  public init(pages: [Page], options: LayoutOptions = .init(), language: Language = .english) {
    let pages = pages.isEmpty ? [Page(source: language.text(.noPage), encoding: "UTF-8")] : pages
    self.pages = pages
    var options = options
    // Captions say what they are, so they are not read as bylines.
    if options.captionMark.isEmpty { options.captionMark = language.text(.captionMark) }
    self.options = options
    self.language = language
    indexes = pages.map(PageIndex.init)
    cache = ReaderCache(options: options, language: language)
  }

  /// What the layout cache holds now: how many layouts and their estimated bytes (for
  /// `dubao-bench cache`).
  public var layoutCacheFootprint: (layouts: Int, bytes: Int) {
    (cache.layoutCount, cache.layoutBytes)
  }

  /// The smallest size the reader draws; below it shows one line, "terminal too small".
  public static let minimumSize = ScreenSize(width: 20, height: 6)

  /// Applies one key for a screen of `size`; returns what the terminal loop should do.
  public mutating func handle(_ key: Key, size: ScreenSize) -> ReaderCommand {
    message = nil
    normalize(for: size)
    if key == .resize { return .continue }
    let previous = previousKey
    previousKey = key
    // `Esc u` counts only after an Esc in a pane: Esc that cancelled a prompt or closed help
    // leaves the next `u` its own meaning.
    let escapeView = beforeEscape
    if case .pane = focus, key == .escape { beforeEscape = savedView } else { beforeEscape = nil }
    guard
      let binding = preferences.keys.binding(
        for: key, after: escapeView != nil ? previous : nil, in: focus.contexts)
    else {
      pendingCount = nil
      switch key {
      case .character(let c) where KeyPattern.isPrintable(c):
        say(.unknownKey, String(c), error: true)
      case .control, .function, .home, .end, .pageUp, .pageDown, .up, .down, .left, .right,
        .enter, .escape, .backspace, .delete, .tab, .backTab:
        say(.keyDoesNothingHere, key.label, error: true)
      default: break
      }
      return .continue
    }
    if case .sequence = binding.keys.first(where: { $0.matches(key, after: previous) }),
      let escapeView
    {
      restore(escapeView)  // `Esc u`: undo what Esc did before the sequence was complete
    }
    let count = takeCount(for: binding.action)
    let command = perform(binding.action, key: key, count: count, size: size)
    normalize(for: size, force: true)
    return command
  }

  /// The screen for this state at `size`.
  public func render(size: ScreenSize) -> Screen {
    var screen = Screen(size: size)
    if size.width < Self.minimumSize.width || size.height < Self.minimumSize.height {
      screen.put(
        CellText.fit(language.text(.terminalTooSmall), width: size.width), row: 0, column: 0)
      return screen
    }
    var state = self
    if lastSize != size { state.normalize(for: size) }
    state.draw(into: &screen)
    return screen
  }

  // MARK: - Shared helpers

  var page: Page { pages[pageNumber] }
  var index: PageIndex { indexes[pageNumber] }

  /// The layout of the screen at `size` for the current focus.
  func layout(_ size: ScreenSize) -> ScreenLayout {
    ScreenLayout(
      size: size, pane: focus.pane, twoPanes: twoPanes, listWidth: listWidth,
      twoPaneWidth: preferences.twoPaneWidth, measure: preferences.columnWidth)
  }

  /// Rows of the section list's body at `size`.
  func listHeight(_ size: ScreenSize) -> Int {
    layout(size).list?.height ?? max(1, size.height - 2)
  }

  /// The article `a` laid out at `width`.
  func laid(_ article: Int, width: Int) -> LaidOutArticle {
    cache.laid(index.articles[article], page: pageNumber, index: article, width: width)
  }

  /// The article read, laid out for `size`.
  func laidViewport(_ size: ScreenSize) -> LaidOutArticle? {
    guard index.articles.indices.contains(viewport.article) else { return nil }
    return laid(viewport.article, width: layout(size).textWidth)
  }

  /// Sets the status line's message.
  mutating func say(_ phrase: Phrase, _ arguments: String..., error: Bool = false) {
    message = Message(text: language.text(phrase, arguments: arguments), isError: error)
  }

  /// Brings stored positions in line with `size`: once per key, before and after it acts
  /// (`force`), so that views only read them.
  mutating func normalize(for size: ScreenSize, force: Bool = false) {
    guard force || lastSize != size else { return }
    // A current match on screen before a resize stays on screen after it.
    var keep: Int?
    if focus.pane == .article, let lastSize, lastSize != size, let current = search?.current,
      hitIsInView(current, size: lastSize)
    {
      keep = current
    }
    lastSize = size
    let layout = layout(size)
    if focus.pane == .article || layout.hasTwoPanes, let laid = laidViewport(size) {
      viewport.remap(to: laid, width: layout.textWidth, height: layout.textHeight)
    }
    if let keep, !hitIsInView(keep, size: size) { show(hit: keep, open: true, size: size) }
    list.reveal(index: index, height: listHeight(size))
    if case .help(let top, let pane) = focus {
      focus = .help(top: clampedHelpTop(top, size: size), over: pane)
    }
  }

  var savedView: SavedView {
    SavedView(pageNumber: pageNumber, pane: focus.pane, list: list, viewport: viewport)
  }

  /// Goes back to a saved view (the focus becomes its pane).
  mutating func restore(_ view: SavedView) {
    if view.pageNumber != pageNumber { switchPage(to: view.pageNumber) }
    focus = .pane(view.pane)
    list = view.list
    viewport = view.viewport
  }

  /// The count typed before this key, for an action that takes one (others drop it).
  private mutating func takeCount(for action: ReaderAction) -> Int? {
    guard action != .count, let pending = pendingCount else { return nil }
    pendingCount = nil
    guard action.takesCount else { return nil }
    restore(pending.before)
    return pending.value
  }
}

extension ReaderAction {
  /// Actions a count before the key repeats or aims (`10j`, `3G`).
  var takesCount: Bool {
    switch self {
    case .listDown, .listUp, .listPageDown, .listPageUp, .listHalfDown, .listHalfUp, .listFirst,
      .listLast, .lineDown, .lineUp, .readOn, .pageDown, .pageUp, .halfPageDown, .halfPageUp,
      .top, .bottom, .nextArticle, .previousArticle, .nextSubhead, .previousSubhead, .nextMatch,
      .previousMatch, .nextSection, .previousSection, .nextPage, .previousPage:
      true
    default: false
    }
  }
}
