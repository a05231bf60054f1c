import Foundation
import Testing

/// dubao.1 is generated (`scripts/generate-manual.sh`) from the command's definition and the
/// guide's key tables; it records a hash of both, which must match what they are now.
@Suite struct ManualPageTests {
  static let repository = CommandLineTests.repository

  /// FNV-1a, 64 bits, as `scripts/assemble-manual.py` computes it.
  static func fnv1a64(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  @Test func theManualPageIsCurrent() throws {
    let page = try String(
      contentsOf: Self.repository.appendingPathComponent("dubao.1"), encoding: .utf8)
    let guide = try String(
      contentsOf: Self.repository.appendingPathComponent("docs/guide.md"), encoding: .utf8)
    let begin = try #require(guide.range(of: "<!-- keymap:begin -->\n"))
    let end = try #require(guide.range(of: "<!-- keymap:end -->"))
    let keymap = guide[begin.upperBound..<end.lowerBound]
    let dump = try CommandLineTests().run(["--experimental-dump-help"])
    #expect(dump.status == 0)
    let hash = Self.fnv1a64(Array(dump.stdout.utf8) + Array(keymap.utf8))
    #expect(
      page.contains(".\\\" source-hash: \(hash)\n"),
      "dubao.1 is not current: run scripts/generate-manual.sh")
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "KEYS", "ENVIRONMENT", "FILES"] {
      #expect(page.contains("\n.Sh \(section)\n"), "dubao.1 lacks \(section)")
    }
    #expect(page.contains(".It Fl -config Ar FILE"))
  }
}
