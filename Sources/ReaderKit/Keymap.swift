import PaperKit

/// Everything a key can ask the reader to do.
public enum ReaderAction: String, Sendable, CaseIterable {
  case help, quit, nextSection, previousSection, count, togglePanes
  case listDown, listUp, listPageDown, listPageUp, listHalfDown, listHalfUp, listFirst, listLast
  case open
  case lineDown, lineUp, readOn, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
  case nextArticle, previousArticle, nextSubhead, previousSubhead, back
  case copy, save, pipe
  case search, nextMatch, previousMatch, searchAllPages, clearHighlights
  case promptInsert, promptConfirm, promptCancel, promptBackspace, promptDelete, promptClear
  case promptLeft, promptRight, promptStart, promptEnd, promptOlder, promptNewer
  case nextPage, previousPage, pageList, followContinuation
  case pageListType, pageListBackspace, pageListDown, pageListUp, pageListPageDown
  case pageListPageUp, pageListFirst, pageListLast, pageListOpen, pageListClose
  case wheel, click
  case closeHelp, helpDown, helpUp, helpPageDown, helpPageUp, helpTop, helpBottom
}

/// Where a key binding applies; also the groups of the help screen and the guide, in order.
public enum KeyContext: String, Sendable, CaseIterable {
  case general, list, article, text, search, prompt, pages, pageList, mouse, helpScreen

  /// The group's heading.
  public var phrase: Phrase {
    switch self {
    case .general: .contextGeneral
    case .list: .contextList
    case .article: .contextArticle
    case .text: .contextText
    case .search: .contextSearch
    case .prompt: .contextPrompt
    case .pages: .contextPages
    case .pageList: .contextPageList
    case .mouse: .contextMouse
    case .helpScreen: .contextHelp
    }
  }
}

/// A key or a family of keys a binding answers to.
public enum KeyPattern: Sendable, Equatable {
  /// Exactly this key.
  case key(Key)
  /// `first` and then `second` (`Esc u`).
  case sequence(Key, Key)
  /// Any of the digits 0…9.
  case digits
  /// Any printable character (typing in the prompt).
  case text
  /// The mouse wheel, either way.
  case wheel
  /// A mouse click.
  case click

  /// Whether `key`, after `previous`, is one this pattern stands for.
  public func matches(_ key: Key, after previous: Key? = nil) -> Bool {
    switch (self, key) {
    case (.key(let k), _): return k == key
    case (.sequence(let first, let second), _): return previous == first && key == second
    case (.digits, .character(let c)): return ("0"..."9").contains(c)
    case (.text, .character(let c)): return Self.isPrintable(c)
    case (.wheel, .mouse(let e)): return e.kind == .wheelUp || e.kind == .wheelDown
    case (.click, .mouse(let e)): return e.kind == .click
    default: return false
    }
  }

  /// How the help screen and the guide name it.
  public var label: String {
    switch self {
    case .key(let k): return k.label
    case .sequence(let a, let b): return a.label + " " + b.label
    case .digits: return "0…9"
    case .text: return "(characters)"
    case .wheel: return "wheel"
    case .click: return "click"
    }
  }

  /// True for a character that can go into a query: no control characters.
  static func isPrintable(_ c: Character) -> Bool {
    !c.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
  }
}

extension Key {
  /// The key's name as the help screen shows it.
  public var label: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let c): return String(c)
    case .control(let c): return "Ctrl-" + c.uppercased()
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .function(let n): return "F\(n)"
    case .resize: return "resize"
    case .mouse: return "mouse"
    case .unknown: return "unknown"
    }
  }
}

/// One line of the keymap: an action, the keys that trigger it in a context, and its help text.
public struct KeyBinding: Sendable {
  /// Where it applies.
  public var context: KeyContext
  /// The keys, in the order help lists them.
  public var keys: [KeyPattern]
  /// What they do.
  public var action: ReaderAction
  /// One line for the help screen and the guide.
  public var help: Phrase

  /// The keys as help shows them, e.g. `j ↓`.
  public var label: String { keys.map(\.label).joined(separator: " ") }
}

/// The one table of key bindings; the reader, the help screen and `docs/guide.md` all use it.
public enum Keymap {
  private static func c(_ s: Character) -> KeyPattern { .key(.character(s)) }
  private static func ctrl(_ s: Character) -> KeyPattern { .key(.control(s)) }
  private static func b(
    _ context: KeyContext, _ keys: [KeyPattern], _ action: ReaderAction, _ help: Phrase
  ) -> KeyBinding {
    KeyBinding(context: context, keys: keys, action: action, help: help)
  }

  /// Every binding, grouped by context in `KeyContext` order.
  public static let bindings: [KeyBinding] = [
    b(.general, [.key(.tab)], .nextSection, .keyNextSection),
    b(.general, [.key(.backTab)], .previousSection, .keyPreviousSection),
    b(.general, [.digits], .count, .keyCount),
    b(.general, [c("?"), .key(.function(1))], .help, .keyHelp),
    b(.general, [c("w")], .togglePanes, .keyTogglePanes),
    b(.general, [c("Q")], .quit, .keyQuitNow),

    b(.list, [c("j"), .key(.down), ctrl("e"), ctrl("n")], .listDown, .keyListDown),
    b(.list, [c("k"), .key(.up), ctrl("y"), ctrl("p")], .listUp, .keyListUp),
    b(.list, [c(" "), .key(.pageDown), c("f"), ctrl("f")], .listPageDown, .keyListPageDown),
    b(.list, [c("b"), .key(.pageUp), ctrl("b")], .listPageUp, .keyListPageUp),
    b(.list, [c("d"), ctrl("d")], .listHalfDown, .keyListHalfDown),
    b(.list, [c("u"), ctrl("u")], .listHalfUp, .keyListHalfUp),
    b(.list, [c("g"), .key(.home)], .listFirst, .keyListFirst),
    b(.list, [c("G"), .key(.end)], .listLast, .keyListLast),
    b(.list, [.key(.enter), c("l"), .key(.right)], .open, .keyOpen),
    b(.list, [c("q")], .quit, .keyQuit),

    b(
      .article, [c("j"), .key(.down), ctrl("e"), ctrl("n"), .key(.enter)], .lineDown, .keyLineDown),
    b(.article, [c("k"), .key(.up), ctrl("y"), ctrl("p")], .lineUp, .keyLineUp),
    b(.article, [c(" ")], .readOn, .keyReadOn),
    b(.article, [.key(.pageDown), c("f"), ctrl("f")], .pageDown, .keyPageDown),
    b(.article, [c("b"), .key(.pageUp), ctrl("b")], .pageUp, .keyPageUp),
    b(.article, [c("d"), ctrl("d")], .halfPageDown, .keyHalfDown),
    b(.article, [c("u"), ctrl("u")], .halfPageUp, .keyHalfUp),
    b(.article, [c("g"), .key(.home)], .top, .keyTop),
    b(.article, [c("G"), .key(.end)], .bottom, .keyBottom),
    b(.article, [c("]")], .nextArticle, .keyNextArticle),
    b(.article, [c("[")], .previousArticle, .keyPreviousArticle),
    b(.article, [c("}")], .nextSubhead, .keyNextSubhead),
    b(.article, [c("{")], .previousSubhead, .keyPreviousSubhead),
    b(.article, [c("q"), c("h"), .key(.left), .key(.escape)], .back, .keyBack),

    b(.text, [c("y")], .copy, .keyCopy),
    b(.text, [c("s")], .save, .keySave),
    b(.text, [c("|")], .pipe, .keyPipe),

    b(.search, [c("/")], .search, .keySearch),
    b(.search, [c("n")], .nextMatch, .keyNextMatch),
    b(.search, [c("N")], .previousMatch, .keyPreviousMatch),
    b(.search, [c("a")], .searchAllPages, .keySearchAllPages),
    b(
      .search, [c("\\"), .sequence(.escape, .character("u"))], .clearHighlights, .keyClearHighlights
    ),

    b(.prompt, [.text], .promptInsert, .keyType),
    b(.prompt, [.key(.enter)], .promptConfirm, .keyConfirm),
    b(.prompt, [.key(.escape), ctrl("g")], .promptCancel, .keyCancel),
    b(.prompt, [.key(.backspace), ctrl("h")], .promptBackspace, .keyBackspace),
    b(.prompt, [.key(.delete), ctrl("d")], .promptDelete, .keyDelete),
    b(.prompt, [ctrl("u")], .promptClear, .keyClear),
    b(.prompt, [.key(.left), ctrl("b")], .promptLeft, .keyLeft),
    b(.prompt, [.key(.right), ctrl("f")], .promptRight, .keyRight),
    b(.prompt, [.key(.home), ctrl("a")], .promptStart, .keyStart),
    b(.prompt, [.key(.end), ctrl("e")], .promptEnd, .keyEnd),
    b(.prompt, [.key(.up)], .promptOlder, .keyOlder),
    b(.prompt, [.key(.down)], .promptNewer, .keyNewer),

    b(.pages, [c(">")], .nextPage, .keyNextPage),
    b(.pages, [c("<")], .previousPage, .keyPreviousPage),
    b(.pages, [c("p")], .pageList, .keyPageList),
    b(.pages, [c("J")], .followContinuation, .keyFollowContinuation),

    b(.pageList, [.text], .pageListType, .keyType),
    b(.pageList, [.key(.backspace), ctrl("h")], .pageListBackspace, .keyBackspace),
    b(.pageList, [.key(.down), ctrl("n")], .pageListDown, .keyPageRowDown),
    b(.pageList, [.key(.up), ctrl("p")], .pageListUp, .keyPageRowUp),
    b(.pageList, [.key(.pageDown), ctrl("f")], .pageListPageDown, .keyPageDown),
    b(.pageList, [.key(.pageUp), ctrl("b")], .pageListPageUp, .keyPageUp),
    b(.pageList, [.key(.home)], .pageListFirst, .keyTop),
    b(.pageList, [.key(.end)], .pageListLast, .keyBottom),
    b(.pageList, [.key(.enter)], .pageListOpen, .keyPageListOpen),
    b(.pageList, [.key(.escape), ctrl("g")], .pageListClose, .keyPageListClose),

    b(.mouse, [.wheel], .wheel, .keyWheel),
    b(.mouse, [.click], .click, .keyClick),

    b(
      .helpScreen, [c("q"), c("?"), .key(.function(1)), .key(.escape), c("h"), .key(.left)],
      .closeHelp, .keyCloseHelp),
    b(.helpScreen, [c("j"), .key(.down), ctrl("e"), .key(.enter)], .helpDown, .keyLineDown),
    b(.helpScreen, [c("k"), .key(.up), ctrl("y")], .helpUp, .keyLineUp),
    b(.helpScreen, [c(" "), .key(.pageDown), c("f"), ctrl("f")], .helpPageDown, .keyPageDown),
    b(.helpScreen, [c("b"), .key(.pageUp), ctrl("b")], .helpPageUp, .keyPageUp),
    b(.helpScreen, [c("g"), .key(.home)], .helpTop, .keyTop),
    b(.helpScreen, [c("G"), .key(.end)], .helpBottom, .keyBottom),
  ]

  /// The first standard binding for `key` (after `previous`) among `contexts`, searched in
  /// the order given; a two-key sequence wins over its second key alone.
  public static func binding(for key: Key, after previous: Key? = nil, in contexts: [KeyContext])
    -> KeyBinding?
  {
    KeyBindings.standard.binding(for: key, after: previous, in: contexts)
  }

  /// The key tables of `docs/guide.md`, one Markdown table per context, in both languages,
  /// with each action's name in `config.toml`.
  public static var markdown: String {
    var out = ""
    for context in KeyContext.allCases {
      let english = Language.english.text(context.phrase)
      let chinese = Language.chinese.text(context.phrase)
      out +=
        "### \(english) · \(chinese)\n\n| keys | action | 功能 | name in config.toml |\n"
        + "|---|---|---|---|\n"
      for binding in bindings where binding.context == context {
        let keys = binding.keys.map { "`\($0.label)`" }
        let en = Language.english.text(binding.help)
        let zh = Language.chinese.text(binding.help)
        let name = binding.action.isRebindable ? "`\(binding.action.settingName)`" : "—"
        out += "| \(keys.joined(separator: " ")) | \(en) | \(zh) | \(name) |\n"
      }
      out += "\n"
    }
    return out
  }
}
