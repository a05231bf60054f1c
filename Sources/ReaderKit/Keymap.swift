/// Everything a key can ask the reader to do.
public enum ReaderAction: String, Sendable, CaseIterable {
  case help, nextSection, previousSection, jumpToSection
  case listDown, listUp, listPageDown, listPageUp, listFirst, listLast, open, quit
  case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
  case nextArticle, previousArticle, nextSubhead, previousSubhead, back
  case search, nextMatch, previousMatch, searchAllPages
  case promptInsert, promptConfirm, promptCancel, promptBackspace, promptDelete, promptClear
  case promptLeft, promptRight, promptStart, promptEnd, promptOlder, promptNewer
  case nextPage, previousPage
  case wheel, click
  case closeHelp
}

/// Where a key binding applies; also the groups of the help screen and the guide, in order.
public enum KeyContext: String, Sendable, CaseIterable {
  case general = "Everywhere"
  case list = "Section list"
  case article = "Article view"
  case search = "Search"
  case prompt = "Search prompt"
  case pages = "Several pages"
  case mouse = "Mouse"
  case helpScreen = "Help screen"
}

/// A key or a family of keys a binding answers to.
public enum KeyPattern: Sendable, Equatable {
  /// Exactly this key.
  case key(Key)
  /// Any of the digits 1…9.
  case digits
  /// Any printable character (typing in the prompt).
  case text
  /// The mouse wheel, either way.
  case wheel
  /// A mouse click.
  case click

  /// Whether `key` is one this pattern stands for.
  public func matches(_ key: Key) -> Bool {
    switch (self, key) {
    case (.key(let k), _): return k == key
    case (.digits, .character(let c)): return ("1"..."9").contains(c)
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
    case .digits: return "1…9"
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
  public var help: String

  /// The keys as help shows them, e.g. `j ↓`.
  public var label: String { keys.map(\.label).joined(separator: " ") }
}

/// The one table of key bindings; the reader, the help screen and `docs/guide.md` all use it.
public enum Keymap {
  private static func c(_ s: Character) -> KeyPattern { .key(.character(s)) }

  /// Every binding, grouped by context in `KeyContext` order.
  public static let bindings: [KeyBinding] = [
    .init(
      context: .general, keys: [.key(.tab)], action: .nextSection,
      help: "next section (reading: open its first article)"),
    .init(
      context: .general, keys: [.key(.backTab)], action: .previousSection,
      help: "previous section (reading: open its first article)"),
    .init(
      context: .general, keys: [.digits], action: .jumpToSection,
      help: "section N (reading: open its first article)"),
    .init(context: .general, keys: [c("?"), .key(.function(1))], action: .help, help: "help"),
    .init(context: .general, keys: [c("Q")], action: .quit, help: "quit at once"),

    .init(context: .list, keys: [c("j"), .key(.down)], action: .listDown, help: "next article"),
    .init(context: .list, keys: [c("k"), .key(.up)], action: .listUp, help: "previous article"),
    .init(
      context: .list, keys: [c(" "), .key(.pageDown), c("f")], action: .listPageDown,
      help: "page down"),
    .init(
      context: .list, keys: [c("b"), .key(.pageUp)], action: .listPageUp, help: "page up"),
    .init(
      context: .list, keys: [c("g"), .key(.home)], action: .listFirst, help: "first article"),
    .init(context: .list, keys: [c("G"), .key(.end)], action: .listLast, help: "last article"),
    .init(
      context: .list, keys: [.key(.enter), c("l"), .key(.right)], action: .open,
      help: "open the article"),
    .init(context: .list, keys: [c("q")], action: .quit, help: "quit"),

    .init(
      context: .article, keys: [c("j"), .key(.down)], action: .lineDown, help: "line down"),
    .init(context: .article, keys: [c("k"), .key(.up)], action: .lineUp, help: "line up"),
    .init(
      context: .article, keys: [c(" "), .key(.pageDown), c("f")], action: .pageDown,
      help: "page down"),
    .init(context: .article, keys: [c("b"), .key(.pageUp)], action: .pageUp, help: "page up"),
    .init(context: .article, keys: [c("d")], action: .halfPageDown, help: "half page down"),
    .init(context: .article, keys: [c("u")], action: .halfPageUp, help: "half page up"),
    .init(context: .article, keys: [c("g"), .key(.home)], action: .top, help: "top"),
    .init(context: .article, keys: [c("G"), .key(.end)], action: .bottom, help: "bottom"),
    .init(context: .article, keys: [c("]")], action: .nextArticle, help: "next article"),
    .init(
      context: .article, keys: [c("[")], action: .previousArticle, help: "previous article"),
    .init(context: .article, keys: [c("}")], action: .nextSubhead, help: "next subhead"),
    .init(
      context: .article, keys: [c("{")], action: .previousSubhead, help: "previous subhead"),
    .init(
      context: .article, keys: [c("q"), c("h"), .key(.left), .key(.escape)], action: .back,
      help: "back to the section list"),

    .init(context: .search, keys: [c("/")], action: .search, help: "search this page"),
    .init(context: .search, keys: [c("n")], action: .nextMatch, help: "next match"),
    .init(context: .search, keys: [c("N")], action: .previousMatch, help: "previous match"),
    .init(
      context: .search, keys: [c("a")], action: .searchAllPages,
      help: "repeat the search across all pages"),

    .init(context: .prompt, keys: [.text], action: .promptInsert, help: "type the query"),
    .init(context: .prompt, keys: [.key(.enter)], action: .promptConfirm, help: "search"),
    .init(
      context: .prompt, keys: [.key(.escape), .key(.control("g"))], action: .promptCancel,
      help: "cancel, back to where you were"),
    .init(
      context: .prompt, keys: [.key(.backspace), .key(.control("h"))], action: .promptBackspace,
      help: "delete the character before the cursor"),
    .init(
      context: .prompt, keys: [.key(.delete), .key(.control("d"))], action: .promptDelete,
      help: "delete the character under the cursor"),
    .init(context: .prompt, keys: [.key(.control("u"))], action: .promptClear, help: "clear"),
    .init(context: .prompt, keys: [.key(.left)], action: .promptLeft, help: "cursor left"),
    .init(context: .prompt, keys: [.key(.right)], action: .promptRight, help: "cursor right"),
    .init(
      context: .prompt, keys: [.key(.home), .key(.control("a"))], action: .promptStart,
      help: "cursor to the start"),
    .init(
      context: .prompt, keys: [.key(.end), .key(.control("e"))], action: .promptEnd,
      help: "cursor to the end"),
    .init(context: .prompt, keys: [.key(.up)], action: .promptOlder, help: "earlier query"),
    .init(context: .prompt, keys: [.key(.down)], action: .promptNewer, help: "later query"),

    .init(context: .pages, keys: [c(">")], action: .nextPage, help: "next page"),
    .init(context: .pages, keys: [c("<")], action: .previousPage, help: "previous page"),

    .init(context: .mouse, keys: [.wheel], action: .wheel, help: "scroll"),
    .init(context: .mouse, keys: [.click], action: .click, help: "open the article clicked"),

    .init(
      context: .helpScreen,
      keys: [c("q"), c("?"), .key(.function(1)), .key(.escape), c("h"), .key(.left)],
      action: .closeHelp, help: "close help"),
    .init(
      context: .helpScreen, keys: [c("j"), .key(.down)], action: .lineDown, help: "line down"),
    .init(context: .helpScreen, keys: [c("k"), .key(.up)], action: .lineUp, help: "line up"),
    .init(
      context: .helpScreen, keys: [c(" "), .key(.pageDown), c("f")], action: .pageDown,
      help: "page down"),
    .init(
      context: .helpScreen, keys: [c("b"), .key(.pageUp)], action: .pageUp, help: "page up"),
    .init(context: .helpScreen, keys: [c("g"), .key(.home)], action: .top, help: "top"),
    .init(context: .helpScreen, keys: [c("G"), .key(.end)], action: .bottom, help: "bottom"),
  ]

  /// The first binding for `key` among `contexts`, searched in the order given.
  public static func binding(for key: Key, in contexts: [KeyContext]) -> KeyBinding? {
    for context in contexts {
      if let found = bindings.first(where: {
        $0.context == context && $0.keys.contains { $0.matches(key) }
      }) {
        return found
      }
    }
    return nil
  }

  /// The key tables of `docs/guide.md`, one Markdown table per context.
  public static var markdown: String {
    var out = ""
    for context in KeyContext.allCases {
      out += "### \(context.rawValue)\n\n| keys | action |\n|---|---|\n"
      for binding in bindings where binding.context == context {
        let keys = binding.keys.map { "`\($0.label)`" }
        out += "| \(keys.joined(separator: " ")) | \(binding.help) |\n"
      }
      out += "\n"
    }
    return out
  }
}
