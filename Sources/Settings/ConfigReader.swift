import PaperKit
import ReaderKit
import Terminal

/// Reads `config.toml`: every setting it can use, one warning for each it cannot.
public enum ConfigReader {
  /// The top-level settings, in the order `--print-config` writes them.
  static let names = [
    "theme", "language", "indent", "column-width", "two-pane-width", "mouse", "remember-place",
    "ambiguous-width", "colours", "keys",
  ]

  /// The settings in `text` (the contents of `file`) over the defaults, and a warning for each
  /// setting that keeps its default instead.
  public static func read(_ text: String, file: String) -> (
    settings: Settings, warnings: [ConfigWarning]
  ) {
    var reading = Reading(file: file, lines: ConfigLines(text))
    do {
      let table = try ConfigValue.parse(text)
      for (key, value) in reading.inFileOrder(table, under: []) { reading.apply(key, value) }
    } catch {
      reading.warn(at: error.line, "not valid TOML: \(error.message); the file is ignored")
      return (Settings(), reading.warnings)
    }
    return (reading.settings, reading.warnings)
  }
}

/// One pass over a file's settings.
private struct Reading {
  let file: String
  let lines: ConfigLines
  var settings = Settings()
  var warnings: [ConfigWarning] = []

  init(file: String, lines: ConfigLines) {
    self.file = file
    self.lines = lines
  }

  /// A table's entries in the order of their lines (TOMLKit sorts them by name), so that
  /// warnings come in file order and later key settings act after earlier ones.
  func inFileOrder(_ entries: [(key: String, value: ConfigValue)], under path: [String])
    -> [(key: String, value: ConfigValue)]
  {
    entries.enumerated().sorted {
      let (a, b) = (
        lines.line(of: path + [$0.element.key]), lines.line(of: path + [$1.element.key])
      )
      return a != b ? a < b : $0.offset < $1.offset
    }.map(\.element)
  }

  mutating func warn(at line: Int, _ message: String) {
    warnings.append(ConfigWarning(file: file, line: line, message: message))
  }

  mutating func warn(_ path: [String], _ message: String) {
    warn(at: lines.line(of: path), message)
  }

  /// "`"name"` must be X, not Y".
  mutating func wrongType(_ path: [String], _ expected: String, _ value: ConfigValue) {
    warn(path, "\"\(path.joined(separator: "."))\" must be \(expected), not \(value.typeName)")
  }

  mutating func apply(_ key: String, _ value: ConfigValue) {
    let path = [key]
    switch key {
    case "theme":
      choose(path, value, ["dark", "light", "mono", "auto"]) { s, name in
        s.theme = ThemeName(rawValue: name)
      }
    case "language":
      choose(path, value, ["auto", "english", "chinese", "en", "zh"]) { s, name in
        s.language =
          switch name {
          case "english", "en": .english
          case "chinese", "zh": .chinese
          default: nil
          }
      }
    case "indent": flag(path, value) { $0.indent = $1 }
    case "mouse": flag(path, value) { $0.mouse = $1 }
    case "remember-place": flag(path, value) { $0.rememberPlace = $1 }
    case "ambiguous-width":
      choose(path, value, AmbiguousSetting.allCases.map(\.rawValue)) { s, name in
        s.ambiguousWidth = AmbiguousSetting(rawValue: name) ?? .narrow
      }
    case "column-width":
      number(path, value, Settings.columnWidthRange) { $0.columnWidth = $1 }
    case "two-pane-width":
      number(path, value, Settings.twoPaneWidthRange) { $0.twoPaneWidth = $1 }
    case "colours", "colors": readColours(path, value)
    case "keys": readKeys(path, value)
    default:
      warn(
        path, "unknown setting \"\(key)\" — known: \(ConfigReader.names.joined(separator: ", "))")
    }
  }

  private mutating func choose(
    _ path: [String], _ value: ConfigValue, _ choices: [String],
    _ set: (inout Settings, String) -> Void
  ) {
    guard case .string(let name) = value else {
      return wrongType(path, "a string: " + choices.joined(separator: ", "), value)
    }
    guard choices.contains(name.lowercased()) else {
      return warn(
        path,
        "\"\(path.joined(separator: "."))\" must be one of \(choices.joined(separator: ", ")), "
          + "not \"\(name)\"")
    }
    set(&settings, name.lowercased())
  }

  private mutating func flag(
    _ path: [String], _ value: ConfigValue, _ set: (inout Settings, Bool) -> Void
  ) {
    guard case .bool(let on) = value else { return wrongType(path, "true or false", value) }
    set(&settings, on)
  }

  private mutating func number(
    _ path: [String], _ value: ConfigValue, _ range: ClosedRange<Int>,
    _ set: (inout Settings, Int) -> Void
  ) {
    guard case .integer(let n) = value else { return wrongType(path, "an integer", value) }
    guard range.contains(n) else {
      return warn(
        path,
        "\"\(path.joined(separator: "."))\" must be from \(range.lowerBound) to "
          + "\(range.upperBound), not \(n)")
    }
    set(&settings, n)
  }

  private mutating func readColours(_ path: [String], _ value: ConfigValue) {
    guard case .table(let entries) = value else { return wrongType(path, "a table", value) }
    let styles = CellStyle.allCases.map(\.settingName)
    for (name, spec) in inFileOrder(entries, under: path) {
      let here = path + [name]
      guard let style = CellStyle.allCases.first(where: { $0.settingName == name }) else {
        warn(here, "unknown style \"\(name)\" — known: \(styles.joined(separator: ", "))")
        continue
      }
      guard case .string(let text) = spec else {
        wrongType(here, "a string such as \"yellow\" or \"black on yellow\"", spec)
        continue
      }
      guard let colours = StyleColours(spec: text) else {
        warn(
          here,
          "\"\(here.joined(separator: "."))\": unknown colours \"\(text)\" — write FG, "
            + "FG on BG or on BG, each default, \(StyleColours.names.joined(separator: ", ")), "
            + "bright-NAME or 0…255")
        continue
      }
      settings.colours[style] = colours
    }
  }

  private mutating func readKeys(_ path: [String], _ value: ConfigValue) {
    guard case .table(let entries) = value else { return wrongType(path, "a table", value) }
    let known = ReaderAction.allCases.filter(\.isRebindable).map(\.settingName)
    for (name, keys) in inFileOrder(entries, under: path) {
      let here = path + [name]
      let action = ReaderAction(settingName: name)
      if name != "unbind", action == nil {
        warn(here, "unknown action \"\(name)\" — known: \(known.joined(separator: ", ")), unbind")
        continue
      }
      if let action, !action.isRebindable {
        warn(here, "action \"\(name)\" answers a family of keys and cannot be rebound")
        continue
      }
      guard let patterns = keyList(here, keys) else { continue }
      if let action {
        settings.keys.bind(action, to: patterns)
      } else {
        for pattern in patterns { settings.keys.unbind(pattern) }
      }
    }
  }

  /// A key name or a list of them, or nil (after a warning) when any is not a key.
  private mutating func keyList(_ path: [String], _ value: ConfigValue) -> [KeyPattern]? {
    let items: [ConfigValue]
    switch value {
    case .string: items = [value]
    case .array(let array): items = array
    default:
      wrongType(path, "a key name or a list of them, such as \"j\" or [\"j\", \"Down\"]", value)
      return nil
    }
    var patterns: [KeyPattern] = []
    for item in items {
      guard case .string(let name) = item else {
        wrongType(path, "a key name or a list of them", item)
        return nil
      }
      guard let pattern = KeyPattern(name: name) else {
        warn(
          path,
          "\"\(path.joined(separator: "."))\": unknown key \"\(name)\" — keys are a character, "
            + "Space, Ctrl-A…Ctrl-Z, F1…F12, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, "
            + "Up, Down, Left, Right, PgUp, PgDn, Home, End, or two with a space (\"Esc u\")")
        return nil
      }
      patterns.append(pattern)
    }
    return patterns
  }
}
