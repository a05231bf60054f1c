import Foundation
import PaperKit
import Testing

@testable import ReaderKit

@Suite struct HelpAndKeymapTests {
  @Test(arguments: [Key.character("?"), .function(1)])
  func helpOpensFromTheListAndTheArticle(key: Key) {
    let s = screen([key], size: wide)
    #expect(text(s)[0] == " Dubao keys")
    #expect(text(s)[1] == "Everywhere")
    #expect(
      text(s)[2] == "  Tab" + String(repeating: " ", count: 21)
        + "next section (reading: open its first article)")
    #expect(text(s).last?.hasPrefix(" help  q close") == true)
    let fromArticle = reader([.enter, .character("j"), key], size: wide)
    #expect(text(fromArticle.render(size: wide))[0] == " Dubao keys")
  }

  @Test(arguments: [
    Key.character("q"), .character("?"), .function(1), .escape, .character("h"), .left,
  ])
  func closingHelpReturnsToTheViewAsItWas(key: Key) {
    let before = reader([.character("3"), .enter, .character("j")], size: wide)
    let after = reader(
      [.character("3"), .enter, .character("j"), .character("?"), .character("j"), key],
      size: wide)
    #expect(after.render(size: wide) == before.render(size: wide))
    #expect(after.focus.helpTop == nil)
  }

  @Test func helpScrollsAndOtherCommandsLeaveIt() {
    let lines = ReaderState.helpLines(width: 41)
    let page = (narrow.height - 2)
    #expect(reader([.character("?"), .character("j")], size: narrow).focus.helpTop == 1)
    #expect(
      reader([.character("?"), .character("G")], size: narrow).focus.helpTop == lines.count - page)
    #expect(reader([.character("?"), .pageDown], size: narrow).focus.helpTop == page - 1)
    #expect(reader([.character("?"), .character("G"), .home], size: narrow).focus.helpTop == 0)
    let s = screen([.character("?"), .character("G")], size: narrow)
    #expect(text(s)[10] == lines.last.map { String($0.text) })
    #expect(text(s).last?.hasSuffix(" 100%") == true)
    let tabbed = reader([.character("?"), .tab], size: wide)
    #expect(tabbed.focus.helpTop == nil && tabbed.list.selection == 1)
  }

  @Test func helpListsEveryBindingAtEveryWidth() {
    for width in [20, 41, 80] {
      let lines = ReaderState.helpLines(width: width).map(\.text)
      let words = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
      for binding in Keymap.bindings {
        let named = (Language.english.text(binding.help) + " " + binding.label).split(
          separator: " ")
        #expect(named.allSatisfy { words.contains(String($0)) }, "\(binding.action) at \(width)")
      }
      if width >= 40 {
        for binding in Keymap.bindings {
          #expect(lines.contains { $0.contains(binding.label) }, "\(binding.label)")
        }
      }
      #expect(lines.allSatisfy { CellWidth.of($0) <= width }, "width \(width)")
    }
  }

  @Test func noKeyIsBoundTwiceInContextsThatAreSearchedTogether() {
    // Each view looks keys up in its own context first, then in the shared ones; a key may be
    // bound once in the own context and once in the shared ones at most.
    let shared: [KeyContext] = [.general, .search, .pages, .mouse]
    for own in [KeyContext.list, .article, .helpScreen, .prompt] {
      for group in [[own], own == .prompt ? [] : shared] {
        var seen: [String: ReaderAction] = [:]
        for binding in Keymap.bindings where group.contains(binding.context) {
          for key in binding.keys {
            if let earlier = seen[key.label] {
              Issue.record("\(key.label) bound to \(earlier) and \(binding.action) in \(group)")
            }
            seen[key.label] = binding.action
          }
        }
      }
    }
  }

  /// The text of docs/guide.md.
  static func guide() throws -> String {
    let guide = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/guide.md")
    return try String(contentsOf: guide, encoding: .utf8)
  }

  @Test func theGuideQuotesTheWrapMessagesAsShown() throws {
    let text = try Self.guide()
    let search: [Key] = [.character("/")] + typing("获得感") + [.enter]
    let forward = reader(search + Array(repeating: .character("n"), count: 3), size: wide)
    let backward = reader(search + [.character("N")], size: wide)
    for state in [forward, backward] {
      let message = try #require(state.message?.text)
      #expect(message.hasPrefix("wrapped to"))
      #expect(text.contains("`\(message)`"), "docs/guide.md should quote `\(message)`")
    }
  }

  @Test func theGuideDocumentsExactlyTheKeymap() throws {
    let text = try Self.guide()
    let begin = try #require(text.range(of: "<!-- keymap:begin -->\n"))
    let end = try #require(text.range(of: "<!-- keymap:end -->"))
    let documented = String(text[begin.upperBound..<end.lowerBound])
    #expect(
      documented == Keymap.markdown,
      "docs/guide.md's key tables differ from Keymap.bindings; paste Keymap.markdown there")
  }
}
