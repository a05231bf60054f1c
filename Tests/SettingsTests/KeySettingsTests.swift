import PaperKit
import ReaderKit
import Terminal
import Testing

@testable import Settings

@Suite struct KeySettingsTests {
  @Test func keyNamesReadAsTheHelpScreenAndAsciiSpellThem() {
    let names: [(String, KeyPattern)] = [
      ("j", .key(.character("j"))), ("Space", .key(.character(" "))),
      ("Ctrl-N", .key(.control("n"))),
      ("ctrl-n", .key(.control("n"))), ("F1", .key(.function(1))), ("F12", .key(.function(12))),
      ("Down", .key(.down)), ("↓", .key(.down)), ("PgDn", .key(.pageDown)),
      ("PageUp", .key(.pageUp)), ("Esc", .key(.escape)), ("Shift-Tab", .key(.backTab)),
      ("Esc u", .sequence(.escape, .character("u"))), ("我", .key(.character("我"))),
    ]
    for (name, pattern) in names { #expect(KeyPattern(name: name) == pattern, "\(name)") }
    for bad in ["", "Dwn", "F13", "Ctrl-1", "Ctrl-", "a b c", "\u{7}"] {
      #expect(KeyPattern(name: bad) == nil, "\(bad)")
    }
    // Every key of the standard table has a name that reads back as itself.
    for binding in Keymap.bindings {
      for pattern in binding.keys {
        guard let name = pattern.settingName else { continue }
        #expect(KeyPattern(name: name) == pattern, "\(name)")
      }
    }
  }

  @Test func actionNamesAreTheHelpScreensActionsInKebabCase() {
    #expect(ReaderAction.nextSection.settingName == "next-section")
    #expect(ReaderAction(settingName: "search-all-pages") == .searchAllPages)
    #expect(ReaderAction(settingName: "nextSection") == nil)
    #expect(Set(ReaderAction.allCases.map(\.settingName)).count == ReaderAction.allCases.count)
  }

  @Test func aKeyBoundAnewStopsDoingWhatItDidOnThatScreen() {
    let settings = read("[keys]\nnext-article = \"j\"\n").settings
    #expect(settings.keys.keys(of: .nextArticle).contains(.key(.character("j"))))
    #expect(!settings.keys.keys(of: .lineDown).contains(.key(.character("j"))))
    #expect(!settings.keys.keys(of: .listDown).contains(.key(.character("j"))))
    // The help screen is a screen of its own: its j still scrolls.
    #expect(settings.keys.keys(of: .helpDown).contains(.key(.character("j"))))
    let article: [KeyContext] = [.article, .general, .text, .search, .pages, .mouse]
    #expect(settings.keys.binding(for: .character("j"), in: article)?.action == .nextArticle)
    #expect(settings.keys.binding(for: .down, in: article)?.action == .lineDown)
  }

  @Test func listingAnActionsKeysReplacesItsDefaults() {
    let settings = read("[keys]\nline-down = [\"Enter\"]\nquit = [\"q\"]\nhelp = []\n").settings
    #expect(settings.keys.keys(of: .lineDown) == [.key(.enter)])
    #expect(settings.keys.keys(of: .quit) == [.key(.character("q"))])
    #expect(settings.keys.keys(of: .help).isEmpty)
    // q was already quit's (in the list), so the article's q still goes back.
    #expect(settings.keys.keys(of: .back).contains(.key(.character("q"))))
  }

  @Test func unbindTakesAKeyOffEveryAction() {
    let settings = read("[keys]\nunbind = [\"q\", \"Esc u\"]\n").settings
    for binding in settings.keys.bindings {
      #expect(!binding.keys.contains(.key(.character("q"))), "\(binding.action)")
    }
    #expect(settings.keys.keys(of: .clearHighlights) == [.key(.character("\\"))])
  }

  @Test func laterKeySettingsActAfterEarlierOnes() {
    let settings = read("[keys]\nunbind = [\"x\"]\ncopy = \"x\"\n").settings
    #expect(settings.keys.keys(of: .copy) == [.key(.character("x"))])
  }

  @Test func printedSettingsReadBackAsTheSame() {
    let text = """
      theme = "mono"
      indent = false
      column-width = 70
      [colours]
      title = "bright-red on 17"
      [keys]
      next-article = ["V", "Ctrl-J"]
      quit = ["Q"]
      unbind = ["w"]
      """
    let (settings, warnings) = read(text)
    #expect(warnings.isEmpty)
    let printed = ConfigPrinter.toml(settings, theme: .mono, language: .english)
    let (again, more) = read(printed)
    #expect(more.isEmpty, "\(more)")
    #expect(again.theme == .mono && again.language == .english && !again.indent)
    #expect(again.columnWidth == 70 && again.colours == settings.colours)
    #expect(again.keys.bindings.map(\.keys) == settings.keys.bindings.map(\.keys))
    #expect(ConfigPrinter.toml(again, theme: .mono, language: .english) == printed)
    // The defaults print every action but those of key families.
    let standard = ConfigPrinter.toml(Settings(), theme: .dark, language: .english)
    for action in ReaderAction.allCases {
      #expect(standard.contains("\n\(action.settingName) = [") == action.isRebindable)
    }
  }

  @Test func coloursAreNamesBrightNamesOrNumbers() {
    #expect(StyleColours(spec: "yellow") == StyleColours(foreground: 3))
    #expect(StyleColours(spec: "Black on Yellow") == StyleColours(foreground: 0, background: 3))
    #expect(StyleColours(spec: "on blue") == StyleColours(foreground: -1, background: 4))
    #expect(StyleColours(spec: "bright-white on 236")?.spec == "bright-white on 236")
    #expect(StyleColours(spec: "default")?.spec == "default")
    for bad in ["", "purple", "on", "red on", "256", "red and blue", "-2"] {
      #expect(StyleColours(spec: bad) == nil, "\(bad)")
    }
    #expect(CellStyle.currentMatch.settingName == "current-match")
  }
}
