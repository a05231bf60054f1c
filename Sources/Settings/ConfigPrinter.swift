import PaperKit
import ReaderKit
import Terminal

/// `--print-config`: the effective settings as a `config.toml` a user can start from.
public enum ConfigPrinter {
  /// The settings as TOML; `theme` and `language` are those in force (the environment's
  /// when the settings leave them open).
  public static func toml(_ settings: Settings, theme: ThemeName, language: Language) -> String {
    func quoted(_ s: String) -> String {
      "\""
        + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
          of: "\"", with: "\\\"")
        + "\""
    }
    var styleList = "#"
    for name in CellStyle.allCases.map(\.settingName) {
      let lineLength =
        styleList.count
        - (styleList.lastIndex(of: "\n").map {
          styleList.distance(from: styleList.startIndex, to: $0)
        } ?? 0)
      if lineLength + name.count > 90 { styleList += "\n#" }
      styleList += " " + name + (name == CellStyle.allCases.last?.settingName ? "." : ",")
    }
    var out = """
      # Dubao settings (dubao --print-config). Put this file at
      # $XDG_CONFIG_HOME/dubao/config.toml (~/.config/dubao/config.toml); docs/guide.md,
      # "Configuration", explains each setting.

      theme = \(quoted(theme.rawValue))  # dark, light, mono or auto (from NO_COLOR, COLORFGBG)
      language = \(quoted(language.rawValue))  # english, chinese or auto (from the locale)
      indent = \(settings.indent)  # indent paragraphs' first lines
      column-width = \(settings.columnWidth)  # widest text column of an article, in cells
      two-pane-width = \(settings.twoPaneWidth)  # narrowest terminal with list and article side by side
      mouse = \(settings.mouse)  # false leaves the mouse to the terminal's selection
      remember-place = \(settings.rememberPlace)  # restore and save the reading place
      ambiguous-width = \(quoted(settings.ambiguousWidth.rawValue))  # “ ” … — in cells: narrow, wide or auto (ask the terminal)

      # Colours per style: "FG", "FG on BG" or "on BG"; a colour is default, black, red, green,
      # yellow, blue, magenta, cyan, white, bright-NAME or 0-255. Styles:
      \(styleList)
      [colours]

      """
    for style in CellStyle.allCases {
      if let colours = settings.colours[style] {
        out += "\(style.settingName) = \(quoted(colours.spec))\n"
      }
    }
    out += """

      # Keys: action = key or [keys]. The keys listed replace the action's own; a key new to it
      # stops doing anything else there. unbind = [keys] takes keys off every action.
      [keys]

      """
    var done: Set<ReaderAction> = []
    for binding in settings.keys.bindings
    where binding.action.isRebindable && done.insert(binding.action).inserted {
      let names = settings.keys.keys(of: binding.action).compactMap(\.settingName)
      out += "\(binding.action.settingName) = [\(names.map(quoted).joined(separator: ", "))]\n"
    }
    return out
  }
}
