extension KeyPattern {
  /// The key named `name` as `config.toml` writes it: a character (`j`, `?`, `我`), `Space`,
  /// `Ctrl-X`, `F1`…`F12`, a named key (`Enter`, `Esc`, `Tab`, `Shift-Tab`, `Backspace`,
  /// `Delete`, `Up`/`↑`, `Down`/`↓`, `Left`/`←`, `Right`/`→`, `PgUp`, `PgDn`, `Home`,
  /// `End`), or two of them with a space (`Esc u`); nil for anything else.
  public init?(name: String) {
    let parts = name.split(separator: " ", omittingEmptySubsequences: true)
    if name == " " {
      self = .key(.character(" "))
    } else if parts.count == 1, let key = Key(name: String(parts[0])) {
      self = .key(key)
    } else if parts.count == 2, let first = Key(name: String(parts[0])),
      let second = Key(name: String(parts[1]))
    {
      self = .sequence(first, second)
    } else {
      return nil
    }
  }

  /// The name `config.toml` uses for it (`Down` rather than `↓`); nil for a family of keys.
  public var settingName: String? {
    switch self {
    case .key(let key): key.settingName
    case .sequence(let first, let second): first.settingName + " " + second.settingName
    default: nil
    }
  }
}

extension Key {
  /// Named keys, by every name `config.toml` accepts (compared without case).
  private static let named: [String: Key] = [
    "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape,
    "escape": .escape, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
    "backspace": .backspace, "delete": .delete, "del": .delete, "up": .up, "↑": .up,
    "down": .down, "↓": .down, "left": .left, "←": .left, "right": .right, "→": .right,
    "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
    "home": .home, "end": .end,
  ]

  /// The key called `name` (see `KeyPattern.init(name:)`).
  init?(name: String) {
    let lower = name.lowercased()
    if let key = Self.named[lower] {
      self = key
    } else if name.count == 1, let character = name.first {
      guard KeyPattern.isPrintable(character) else { return nil }
      self = .character(character)
    } else if lower.hasPrefix("ctrl-"), lower.count == 6, let letter = lower.last,
      ("a"..."z").contains(letter)
    {
      self = .control(letter)
    } else if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
      self = .function(number)
    } else {
      return nil
    }
  }

  /// The key's name in `config.toml`: the help screen's label, with arrows spelt out.
  var settingName: String {
    switch self {
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    default: label
    }
  }
}
