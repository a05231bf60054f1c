import CNcursesw
import ReaderKit

/// How a `CellStyle` is drawn: a curses attribute set and a colour pair (0: default colours).
struct CellLook: Equatable {
  var attributes: attr_t
  var pair: Int16
}

/// The colour theme (dark or light background) or its monochrome fallback.
struct Theme {
  /// Looks, indexed by `CellStyle.rawValue`.
  private var looks: [CellLook]

  /// The look of a style.
  func look(_ style: CellStyle) -> CellLook { looks[Int(style.rawValue)] }

  /// The theme `name` when the terminal has colours (attributes only otherwise, and for
  /// `mono`). Call after curses is initialised: it allocates the colour pairs.
  /// `colours` replace the theme's colours of some styles (their attributes stay).
  static func forTerminal(
    _ name: ThemeName, colours overrides: [CellStyle: StyleColours] = [:]
  ) -> Theme {
    let styles = name == .light ? ThemeColours.light : ThemeColours.dark
    // COLORS and COLOR_PAIRS are only set by start_color.
    guard name != .mono, has_colors(), start_color() == OK, dubao_colors() >= 8 else {
      return monochrome
    }
    // Keep the terminal's own background and foreground where a style has no colour.
    let hasDefaults = use_default_colors() == OK
    var pairs: [ThemeColours.Pair: Int16] = [:]
    var looks: [CellStyle: CellLook] = [:]
    for style in CellStyle.allCases {
      var entry = styles(style)
      if let set = overrides[style] {
        entry.colours = ThemeColours.Pair(foreground: set.foreground, background: set.background)
      }
      guard let colours = entry.colours else {
        looks[style] = CellLook(attributes: entry.attributes, pair: 0)
        continue
      }
      if pairs[colours] == nil {
        let number = Int16(pairs.count + 1)
        guard Int32(number) < dubao_color_pairs() else { return monochrome }
        let fg = hasDefaults || colours.foreground >= 0 ? colours.foreground : COLOR_WHITE
        let bg = hasDefaults || colours.background >= 0 ? colours.background : COLOR_BLACK
        init_pair(number, Int16(fg), Int16(bg))
        pairs[colours] = number
      }
      looks[style] = CellLook(attributes: entry.attributes, pair: pairs[colours] ?? 0)
    }
    return Theme { looks[$0] ?? CellLook(attributes: 0, pair: 0) }
  }

  /// Without colour: bold, reverse, dim and underline only.
  static let monochrome = Theme { style in
    let bold = ThemeColours.bold
    let dim = ThemeColours.dim
    let reverse = ThemeColours.reverse
    let underline = ThemeColours.underline
    switch style {
    case .plain, .subtitle, .lead: return CellLook(attributes: 0, pair: 0)
    case .banner, .section, .title, .prompt: return CellLook(attributes: bold, pair: 0)
    case .kicker, .byline, .note, .dim: return CellLook(attributes: dim, pair: 0)
    case .caption: return CellLook(attributes: dim | underline, pair: 0)
    case .subheading: return CellLook(attributes: bold | underline, pair: 0)
    case .selected, .status: return CellLook(attributes: reverse, pair: 0)
    case .statusKey, .currentMatch: return CellLook(attributes: reverse | bold, pair: 0)
    case .match: return CellLook(attributes: underline | bold, pair: 0)
    case .error: return CellLook(attributes: reverse | bold, pair: 0)
    }
  }

  private init(_ lookFor: (CellStyle) -> CellLook) {
    let count = Int(CellStyle.allCases.map(\.rawValue).max() ?? 0) + 1
    var looks = Array(repeating: CellLook(attributes: 0, pair: 0), count: count)
    for style in CellStyle.allCases { looks[Int(style.rawValue)] = lookFor(style) }
    self.looks = looks
  }
}

/// The two colour themes as attributes and colours per style. Reading text stays in the
/// terminal's own colours; colour marks structure: the title bold and coloured above a plain
/// lead, subheads in another colour than titles, captions dim and marked, bylines coloured.
enum ThemeColours {
  /// A foreground and background colour (-1: the terminal's default).
  struct Pair: Hashable {
    var foreground: Int32
    var background: Int32
  }

  /// Attributes and, when coloured, the colours of a style.
  struct Entry {
    var attributes: attr_t
    var colours: Pair?
  }

  static let bold = dubao_attr_bold()
  static let dim = dubao_attr_dim()
  static let reverse = dubao_attr_reverse()
  static let underline = dubao_attr_underline()

  private static func on(_ fg: Int32, _ bg: Int32 = -1) -> Pair {
    Pair(foreground: fg, background: bg)
  }

  /// For a dark background.
  static func dark(_ style: CellStyle) -> Entry {
    switch style {
    case .plain, .lead: Entry(attributes: 0)
    case .banner: Entry(attributes: bold, colours: on(COLOR_RED))
    case .section: Entry(attributes: bold, colours: on(COLOR_YELLOW))
    case .kicker, .subtitle: Entry(attributes: 0, colours: on(COLOR_CYAN))
    case .title: Entry(attributes: bold, colours: on(COLOR_YELLOW))
    case .byline: Entry(attributes: 0, colours: on(COLOR_GREEN))
    case .subheading: Entry(attributes: bold, colours: on(COLOR_CYAN))
    case .caption: Entry(attributes: dim, colours: on(COLOR_GREEN))
    case .note, .dim: Entry(attributes: dim)
    case .selected: Entry(attributes: reverse)
    case .status: Entry(attributes: 0, colours: on(COLOR_WHITE, COLOR_BLUE))
    case .statusKey: Entry(attributes: bold, colours: on(COLOR_WHITE, COLOR_BLUE))
    case .match: Entry(attributes: 0, colours: on(COLOR_BLACK, COLOR_YELLOW))
    case .currentMatch: Entry(attributes: bold, colours: on(COLOR_BLACK, COLOR_CYAN))
    case .prompt: Entry(attributes: bold)
    case .error: Entry(attributes: bold, colours: on(COLOR_WHITE, COLOR_RED))
    }
  }

  /// For a light background: the dark theme without yellow or cyan text, which fade on white.
  static func light(_ style: CellStyle) -> Entry {
    switch style {
    case .section, .title: Entry(attributes: bold, colours: on(COLOR_BLUE))
    case .kicker, .subtitle: Entry(attributes: 0, colours: on(COLOR_MAGENTA))
    case .subheading: Entry(attributes: bold, colours: on(COLOR_MAGENTA))
    case .currentMatch: Entry(attributes: bold, colours: on(COLOR_WHITE, COLOR_MAGENTA))
    default: dark(style)
    }
  }
}

extension ThemeColours.Entry {
  init(attributes: attr_t) { self.init(attributes: attributes, colours: nil) }
}
