import ReaderKit

/// The colour theme the reader draws with.
public enum ThemeName: String, Sendable, CaseIterable {
  /// Colours for a light (white) background.
  case light
  /// Colours for a dark (black) background.
  case dark
  /// No colours: bold, reverse, dim and underline.
  case mono

  /// The theme for the terminal's background as `COLORFGBG` tells it (`15;0` dark, `0;15`
  /// light: its last field is the background colour), dark when it is unset; `mono` when
  /// `NO_COLOR` is set to anything.
  public static func fromEnvironment(_ environment: [String: String]) -> ThemeName {
    if !(environment["NO_COLOR"] ?? "").isEmpty { return .mono }
    guard let value = environment["COLORFGBG"],
      let background = value.split(separator: ";").last.flatMap({ Int($0) })
    else { return .dark }
    // 7 (white) and 9…15 (bright colours but 8, bright black) are light backgrounds.
    return background == 7 || (9...15).contains(background) ? .light : .dark
  }
}

/// How the reader uses the terminal.
public struct TerminalOptions: Sendable {
  /// The colour theme.
  public var theme: ThemeName
  /// Whether the reader takes mouse events (off: the terminal's own selection works).
  public var mouse: Bool

  /// Colours the user set for some styles, over the theme's (not under `mono`).
  public var colours: [CellStyle: StyleColours]

  /// Options.
  public init(theme: ThemeName, mouse: Bool = true, colours: [CellStyle: StyleColours] = [:]) {
    self.theme = theme
    self.mouse = mouse
    self.colours = colours
  }
}
