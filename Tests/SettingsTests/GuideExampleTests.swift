import Foundation
import ReaderKit
import Terminal
import Testing

@testable import Settings

@Suite struct GuideExampleTests {
  @Test func theGuidesExampleFileReadsWithoutWarnings() throws {
    let guide = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/guide.md"), encoding: .utf8)
    let section = try #require(guide.range(of: "\n## Configuration\n"))
    let rest = guide[section.upperBound...]
    let begin = try #require(rest.range(of: "```toml\n"))
    let end = try #require(rest[begin.upperBound...].range(of: "```\n"))
    let (settings, warnings) = read(String(rest[begin.upperBound..<end.lowerBound]))
    #expect(warnings.isEmpty, "\(warnings)")
    #expect(settings.theme == .light && settings.language == .chinese)
    #expect(settings.columnWidth == 72 && settings.twoPaneWidth == 140)
    #expect(settings.colours[.status] == StyleColours(foreground: 7, background: 24))
    #expect(settings.keys.keys(of: .togglePanes) == [.key(.control("w"))])
    #expect(settings.keys.keys(of: .quit) == [.key(.character("q"))])
  }
}
