import Foundation
import Testing

@testable import PaperKit

@Suite struct SamplePageTests {
  @Test func bundledTextMatchesTheSeedFile() throws {
    let seed = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("seeds/000_11f194e22878b222.txt")
    let bytes = try Data(contentsOf: seed)
    #expect(Array(SamplePage.text.utf8) == Array(bytes))
  }
}
