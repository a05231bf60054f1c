import PaperKit
import ReaderKit
import Terminal

/// Everything `config.toml` can set, with the defaults a missing file gives.
public struct Settings: Sendable {
  /// The colour theme; nil: from `NO_COLOR` and `COLORFGBG`.
  public var theme: ThemeName?
  /// Colours set per style, over the theme's.
  public var colours: [CellStyle: StyleColours] = [:]
  /// Indent paragraphs' first lines.
  public var indent = true
  /// The widest text column of the article view.
  public var columnWidth = ReaderPreferences.standardColumnWidth
  /// The narrowest screen with two panes.
  public var twoPaneWidth = ReaderPreferences.standardTwoPaneWidth
  /// The interface's language; nil: from the locale.
  public var language: Language?
  /// The reader takes mouse events.
  public var mouse = true
  /// Reading places are restored on opening and saved on quitting.
  public var rememberPlace = true
  /// The key bindings.
  public var keys = KeyBindings.standard
  /// How wide ambiguous characters count (`auto`: ask the terminal at start-up).
  public var ambiguousWidth = AmbiguousSetting.narrow

  /// The defaults.
  public init() {}

  /// Limits of the numeric settings (a value outside is a warning).
  static let columnWidthRange = 20...1000
  static let twoPaneWidthRange = 40...10000

  /// The reader's preferences from these settings.
  public var readerPreferences: ReaderPreferences {
    ReaderPreferences(keys: keys, twoPaneWidth: twoPaneWidth, columnWidth: columnWidth)
  }
}

/// The ambiguous-width setting: a width, or `auto` to probe the terminal.
public enum AmbiguousSetting: String, Sendable, CaseIterable {
  /// One cell (glibc's widths).
  case narrow
  /// Two cells.
  case wide
  /// Ask the terminal once at start-up; narrow when it does not answer.
  case auto
}

/// A setting `config.toml` could not use: where, and why. Its setting keeps its default.
public struct ConfigWarning: Sendable, Equatable, CustomStringConvertible {
  /// The file as named.
  public var file: String
  /// The line of the setting (1 for the file as a whole).
  public var line: Int
  /// What is wrong, naming the setting.
  public var message: String

  /// `FILE:LINE: MESSAGE`.
  public var description: String { "\(file):\(line): \(message)" }
}
