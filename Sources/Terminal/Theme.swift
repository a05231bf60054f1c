import CNcursesw
import ReaderKit

/// How a `CellStyle` is drawn: a curses attribute set and a colour pair (0: default colours).
struct CellLook: Equatable {
  var attributes: attr_t
  var pair: Int16
}

/// The colour theme and its monochrome fallback.
struct Theme {
  /// Looks, indexed by `CellStyle.rawValue`.
  private var looks: [CellLook]

  /// The look of a style.
  func look(_ style: CellStyle) -> CellLook { looks[Int(style.rawValue)] }

  /// Colour when the terminal has it and `NO_COLOR` is unset (or empty); otherwise attributes
  /// only. Call after curses is initialised.
  static func forTerminal(environment: [String: String]) -> Theme {
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    // COLORS and COLOR_PAIRS are only set by start_color.
    guard !noColor, has_colors(), start_color() == OK, dubao_colors() >= 8,
      dubao_color_pairs() > palette.count
    else { return monochrome }
    // Keep the terminal's own background and foreground where a style has no colour.
    let hasDefaults = use_default_colors() == OK
    for (index, entry) in palette.enumerated() {
      let background =
        hasDefaults ? entry.background : (entry.background < 0 ? COLOR_BLACK : entry.background)
      let foreground =
        hasDefaults ? entry.foreground : (entry.foreground < 0 ? COLOR_WHITE : entry.foreground)
      init_pair(Int16(index + 1), Int16(foreground), Int16(background))
    }
    return colour
  }

  /// A pair definition.
  private struct PairColours {
    var foreground: Int32
    var background: Int32
  }

  /// Colour pairs 1...n. -1 is the terminal's default colour.
  private static let palette: [PairColours] = [
    .init(foreground: COLOR_RED, background: -1),  // 1 masthead red
    .init(foreground: COLOR_YELLOW, background: -1),  // 2 sections, subheads
    .init(foreground: COLOR_CYAN, background: -1),  // 3 kicker, subtitle
    .init(foreground: COLOR_GREEN, background: -1),  // 4 byline, caption
    .init(foreground: COLOR_BLACK, background: COLOR_YELLOW),  // 5 search match
    .init(foreground: COLOR_BLACK, background: COLOR_CYAN),  // 6 current match, status key
    .init(foreground: COLOR_WHITE, background: COLOR_BLUE),  // 7 status line
    .init(foreground: COLOR_WHITE, background: COLOR_RED),  // 8 error
  ]

  private static let bold = dubao_attr_bold()
  private static let dim = dubao_attr_dim()
  private static let reverse = dubao_attr_reverse()
  private static let underline = dubao_attr_underline()

  /// The colour theme: red masthead, yellow sections, plain body text; colour is kept for
  /// structure, the reading text stays in the terminal's own colours.
  static let colour = Theme { style in
    switch style {
    case .plain: CellLook(attributes: 0, pair: 0)
    case .banner: CellLook(attributes: bold, pair: 1)
    case .section: CellLook(attributes: bold, pair: 2)
    case .kicker: CellLook(attributes: 0, pair: 3)
    case .title: CellLook(attributes: bold, pair: 0)
    case .subtitle: CellLook(attributes: 0, pair: 3)
    case .byline: CellLook(attributes: 0, pair: 4)
    case .lead: CellLook(attributes: bold, pair: 0)
    case .subheading: CellLook(attributes: bold, pair: 2)
    case .caption: CellLook(attributes: 0, pair: 4)
    case .note: CellLook(attributes: dim, pair: 0)
    case .selected: CellLook(attributes: reverse, pair: 0)
    case .status: CellLook(attributes: 0, pair: 7)
    case .statusKey: CellLook(attributes: bold, pair: 7)
    case .match: CellLook(attributes: 0, pair: 5)
    case .currentMatch: CellLook(attributes: bold, pair: 6)
    case .prompt: CellLook(attributes: bold, pair: 0)
    case .dim: CellLook(attributes: dim, pair: 0)
    case .error: CellLook(attributes: bold, pair: 8)
    }
  }

  /// Without colour: bold, reverse, dim and underline only.
  static let monochrome = Theme { style in
    switch style {
    case .plain, .subtitle: CellLook(attributes: 0, pair: 0)
    case .banner, .section, .title, .lead, .prompt: CellLook(attributes: bold, pair: 0)
    case .kicker, .byline, .caption, .note, .dim: CellLook(attributes: dim, pair: 0)
    case .subheading: CellLook(attributes: bold | underline, pair: 0)
    case .selected, .status: CellLook(attributes: reverse, pair: 0)
    case .statusKey, .currentMatch: CellLook(attributes: reverse | bold, pair: 0)
    case .match: CellLook(attributes: underline | bold, pair: 0)
    case .error: CellLook(attributes: reverse | bold, pair: 0)
    }
  }

  private init(_ lookFor: (CellStyle) -> CellLook) {
    let count = Int(CellStyle.allCases.map(\.rawValue).max() ?? 0) + 1
    var looks = Array(repeating: CellLook(attributes: 0, pair: 0), count: count)
    for style in CellStyle.allCases { looks[Int(style.rawValue)] = lookFor(style) }
    self.looks = looks
  }
}
