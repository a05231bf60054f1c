import PaperKit
import ReaderKit
import Terminal
import Testing

@testable import Settings

/// Reads `text` as `config.toml`.
func read(_ text: String) -> (settings: Settings, warnings: [ConfigWarning]) {
  ConfigReader.read(text, file: "config.toml")
}

/// The warnings as `LINE: MESSAGE`.
func lines(_ warnings: [ConfigWarning]) -> [String] {
  warnings.map { "\($0.line): \($0.message)" }
}

@Suite struct ConfigReaderTests {
  @Test func anEmptyFileGivesTheDefaults() {
    let (settings, warnings) = read("# nothing set\n")
    #expect(warnings.isEmpty)
    #expect(settings.theme == nil && settings.language == nil)
    #expect(settings.indent && settings.mouse && settings.rememberPlace)
    #expect(settings.columnWidth == 84 && settings.twoPaneWidth == 120)
    #expect(settings.colours.isEmpty)
    #expect(settings.keys.bindings.map(\.keys) == Keymap.bindings.map(\.keys))
  }

  @Test func everySettingIsRead() {
    let (settings, warnings) = read(
      """
      theme = "light"
      language = "chinese"
      indent = false
      column-width = 60
      two-pane-width = 150
      mouse = false
      remember-place = false

      [colours]
      title = "bright-red"
      match = "black on yellow"
      status = "on 17"

      [keys]
      next-article = ["J", "Ctrl-J"]
      unbind = ["w"]
      """)
    #expect(warnings.isEmpty, "\(warnings)")
    #expect(settings.theme == .light && settings.language == .chinese)
    #expect(!settings.indent && !settings.mouse && !settings.rememberPlace)
    #expect(settings.columnWidth == 60 && settings.twoPaneWidth == 150)
    #expect(settings.colours[.title] == StyleColours(foreground: 9))
    #expect(settings.colours[.match] == StyleColours(foreground: 0, background: 3))
    #expect(settings.colours[.status] == StyleColours(foreground: -1, background: 17))
    #expect(
      settings.keys.keys(of: .nextArticle)
        == [.key(.character("J")), .key(.control("j"))])
    #expect(settings.keys.keys(of: .togglePanes).isEmpty)
    #expect(settings.readerPreferences.columnWidth == 60)
  }

  @Test func autoAndShortNamesLeaveOrSetTheLanguageAndTheme() {
    #expect(read("language = \"zh\"").settings.language == .chinese)
    #expect(read("language = \"en\"").settings.language == .english)
    #expect(read("language = \"auto\"").settings.language == nil)
    #expect(read("theme = \"auto\"").settings.theme == nil)
    #expect(read("theme = \"MONO\"").settings.theme == .mono)
  }

  @Test func eachBadSettingIsOneWarningWithItsLineAndKeepsItsDefault() {
    let (settings, warnings) = read(
      """
      theme = "purple"
      indent = "yes"
      column-width = 5
      two-pane-width = 1.5
      bogus = 1
      mouse = false

      [colours]
      titel = "red"
      match = "purple"
      title = 3

      [keys]
      nextt = "x"
      next-article = ["J", "Dwn"]
      count = "z"
      line-up = 7
      previous-article = "K"
      """)
    #expect(
      lines(warnings) == [
        "1: \"theme\" must be one of dark, light, mono, auto, not \"purple\"",
        "2: \"indent\" must be true or false, not a string",
        "3: \"column-width\" must be from 20 to 1000, not 5",
        "4: \"two-pane-width\" must be an integer, not a number with a fraction",
        "5: unknown setting \"bogus\" — known: theme, language, indent, column-width, "
          + "two-pane-width, mouse, remember-place, ambiguous-width, colours, keys",
        "9: unknown style \"titel\" — known: "
          + CellStyle.allCases.map(\.settingName).joined(separator: ", "),
        "10: \"colours.match\": unknown colours \"purple\" — write FG, FG on BG or on BG, each "
          + "default, black, red, green, yellow, blue, magenta, cyan, white, bright-NAME or 0…255",
        "11: \"colours.title\" must be a string such as \"yellow\" or \"black on yellow\", not an "
          + "integer",
        "14: unknown action \"nextt\" — known: "
          + ReaderAction.allCases.filter(\.isRebindable).map(\.settingName).joined(
            separator: ", ") + ", unbind",
        "15: \"keys.next-article\": unknown key \"Dwn\" — keys are a character, Space, "
          + "Ctrl-A…Ctrl-Z, F1…F12, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Up, Down, "
          + "Left, Right, PgUp, PgDn, Home, End, or two with a space (\"Esc u\")",
        "16: action \"count\" answers a family of keys and cannot be rebound",
        "17: \"keys.line-up\" must be a key name or a list of them, such as \"j\" or "
          + "[\"j\", \"Down\"], not an integer",
      ])
    #expect(warnings.allSatisfy { $0.description.hasPrefix("config.toml:\($0.line): ") })
    // Each bad setting kept its default; the good ones around them took effect.
    #expect(settings.theme == nil && settings.indent && settings.columnWidth == 84)
    #expect(settings.twoPaneWidth == 120 && !settings.mouse)
    #expect(settings.colours.isEmpty)
    #expect(settings.keys.keys(of: .nextArticle) == [.key(.character("]"))])
    #expect(settings.keys.keys(of: .previousArticle).contains(.key(.character("K"))))
  }

  @Test func aFileThatIsNotTomlIsOneWarningAndTheDefaults() {
    let (settings, warnings) = read("mouse = false\n\ntheme = \"dark\n")
    #expect(warnings.count == 1)
    #expect(warnings.first?.line == 3)
    #expect(warnings.first?.message.hasPrefix("not valid TOML: ") == true)
    #expect(warnings.first?.message.hasSuffix("; the file is ignored") == true)
    #expect(settings.mouse)
  }

  @Test func aTableWhereAValueBelongsIsAWrongType() {
    let (_, warnings) = read("keys = 3\n\n[theme]\nname = \"dark\"\n")
    #expect(
      lines(warnings) == [
        "1: \"keys\" must be a table, not an integer",
        "3: \"theme\" must be a string: dark, light, mono, auto, not a table",
      ])
  }

  @Test func warningsFollowTheFileNotTheAlphabet() {
    let (_, warnings) = read("zeta = 1\nalpha = 2\n[keys]\nzz = \"a\"\naa = \"b\"\n")
    #expect(warnings.map(\.line) == [1, 2, 4, 5])
  }

  @Test func linesAreFoundForQuotedDottedAndMultiLineSettings() {
    let text = """
      # comment = 1
      "quoted key" = 1
      a.b = [
        "x = 2",
        3,
      ]
      after = 4
      [keys]
      'Esc u' = "y"
      [ colours ]
      title = "red"  # a = b
      """
    let found = ConfigLines(text)
    #expect(found.line(of: ["quoted key"]) == 2)
    #expect(found.line(of: ["a", "b"]) == 3)
    #expect(found.line(of: ["x "]) == 1)
    #expect(found.line(of: ["after"]) == 7)
    #expect(found.line(of: ["keys", "Esc u"]) == 9)
    #expect(found.line(of: ["colours", "title"]) == 11)
    #expect(found.line(of: ["colours", "nothing"]) == 10)
    #expect(found.line(of: ["nowhere"]) == 1)
  }
}
