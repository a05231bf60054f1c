import PaperKit
import Testing

@testable import ReaderKit

/// A reader with `preferences` after `keys` at `size`.
func reader(_ keys: [Key], size: ScreenSize, preferences: ReaderPreferences) -> ReaderState {
  var state = ReaderState(pages: [TestPages.seed])
  state.preferences = preferences
  for key in keys { _ = state.handle(key, size: size) }
  return state
}

@Suite struct PreferencesTests {
  @Test func aReboundKeyDoesItsNewActionAndTheOldKeysStop() {
    var keys = KeyBindings.standard
    keys.bind(.nextSection, to: [.key(.character("n"))])
    let preferences = ReaderPreferences(keys: keys)
    let standard = reader([.tab], size: wide)
    #expect(standard.list.selection != 0)
    // n now does what Tab did; Tab does nothing, and says so.
    let moved = reader([.character("n")], size: wide, preferences: preferences)
    #expect(moved.list.selection == standard.list.selection)
    let tabbed = reader([.tab], size: wide, preferences: preferences)
    #expect(tabbed.list.selection == 0)
    #expect(tabbed.message?.text == "Tab does nothing here")
    // n no longer steps through matches: it is the section key on every pane screen.
    let searched = reader(
      [.character("/")] + typing("沧州") + [.enter, .escape, .character("n")], size: wide,
      preferences: preferences)
    #expect(searched.message?.text.hasPrefix("wrapped") != true)
  }

  @Test func theHelpScreenShowsTheKeysInForceAndHidesUnboundActions() {
    var keys = KeyBindings.standard
    keys.bind(.togglePanes, to: [.key(.control("w"))])
    keys.bind(.quit, to: [])
    let help = text(
      reader([.character("?")], size: wide, preferences: ReaderPreferences(keys: keys)).render(
        size: wide))
    #expect(help.contains { $0.hasPrefix("  Ctrl-W ") && $0.contains("two panes") })
    #expect(!help.contains { $0.contains("quit at once") })
    let lines = ReaderState.helpLines(width: 80, bindings: keys.bindings).map(\.text)
    #expect(!lines.contains { $0.hasPrefix("  w ") })
  }

  @Test func theColumnWidthAndTwoPaneWidthAreTheUsers() {
    let size = ScreenSize(width: 130, height: 20)
    // 130 columns: two panes by default, one when they need 140.
    #expect(reader([], size: size).layout(size).hasTwoPanes)
    let single = reader(
      [.enter], size: size, preferences: ReaderPreferences(twoPaneWidth: 140, columnWidth: 50))
    #expect(!single.layout(size).hasTwoPanes)
    #expect(single.layout(size).textWidth == 50)
    let rows = text(single.render(size: size)).dropLast()
    #expect(rows.allSatisfy { CellWidth.of($0.trimmingCharacters(in: .whitespaces)) <= 50 })
    let toggled = reader(
      [.character("w"), .character("w")], size: size,
      preferences: ReaderPreferences(twoPaneWidth: 140))
    #expect(
      toggled.message?.text
        == reader([.character("w"), .character("w")], size: ScreenSize(width: 100, height: 20))
        .message?.text)
  }
}
