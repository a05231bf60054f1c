/// The key bindings in force: the standard table (`Keymap.bindings`) with a user's changes.
public struct KeyBindings: Sendable {
  /// Every binding, grouped by context in `KeyContext` order.
  public private(set) var bindings: [KeyBinding]

  /// The standard bindings.
  public static let standard = KeyBindings(bindings: Keymap.bindings)

  /// Bindings from a table.
  public init(bindings: [KeyBinding]) {
    self.bindings = bindings
  }

  /// The first binding for `key` (after `previous`) among `contexts`, searched in the order
  /// given; a two-key sequence wins over its second key alone.
  public func binding(for key: Key, after previous: Key? = nil, in contexts: [KeyContext])
    -> KeyBinding?
  {
    for context in contexts {
      if let found = bindings.first(where: {
        $0.context == context
          && $0.keys.contains {
            if case .sequence = $0 { return $0.matches(key, after: previous) }
            return false
          }
      }) {
        return found
      }
    }
    for context in contexts {
      if let found = bindings.first(where: {
        $0.context == context && $0.keys.contains { $0.matches(key, after: previous) }
      }) {
        return found
      }
    }
    return nil
  }

  /// The keys of `action`, in table order.
  public func keys(of action: ReaderAction) -> [KeyPattern] {
    bindings.filter { $0.action == action }.flatMap(\.keys)
  }

  /// Makes `keys` the keys of `action` (an empty list unbinds it). Its default keys not
  /// listed stop answering it; a key new to it stops doing what it did on the screens where
  /// the action works, so that one key does one thing there.
  public mutating func bind(_ action: ReaderAction, to keys: [KeyPattern]) {
    let own = bindings.indices.filter { bindings[$0].action == action }
    guard let first = own.first else { return }
    let old = own.flatMap { bindings[$0].keys }
    let fresh = keys.filter { !old.contains($0) }
    let group = bindings[first].context.group
    for index in bindings.indices
    where bindings[index].action != action && bindings[index].context.group == group {
      bindings[index].keys.removeAll { fresh.contains($0) }
    }
    for index in own { bindings[index].keys.removeAll { !keys.contains($0) } }
    bindings[first].keys += fresh.reduce(into: []) { unique, key in
      if !unique.contains(key) { unique.append(key) }
    }
  }

  /// Takes `key` off every action.
  public mutating func unbind(_ key: KeyPattern) {
    for index in bindings.indices { bindings[index].keys.removeAll { $0 == key } }
  }
}

extension KeyContext {
  /// Contexts whose keys can answer on the same screen: a key bound anew is taken off the
  /// other actions of its group only (typing in the prompt keeps every character).
  var group: Int {
    switch self {
    case .prompt: 1
    case .helpScreen: 2
    default: 0
    }
  }
}

extension ReaderAction {
  /// The action's name in `config.toml` and the guide: `nextSection` is `next-section`.
  public var settingName: String {
    var name = ""
    for character in rawValue {
      if character.isUppercase {
        name += "-" + character.lowercased()
      } else {
        name.append(character)
      }
    }
    return name
  }

  /// The action named `name` (`next-section`), if any.
  public init?(settingName name: String) {
    guard let found = Self.allCases.first(where: { $0.settingName == name }) else { return nil }
    self = found
  }

  /// False for actions that answer a family of keys (digits, typing, the mouse), which a
  /// setting cannot move to other keys.
  public var isRebindable: Bool {
    switch self {
    case .count, .promptInsert, .pageListType, .wheel, .click: false
    default: true
    }
  }
}
