import Foundation
import Testing

/// `--json`, `--outline` and `--dump` of one large text are written as it is read: the same
/// page as when it is printed among others (read whole), from a file or standard input.
@Suite struct LargeTextOutputTests {
  /// A text of seed page copies just over the size read in parts (1 MB), in `folder`, with the number of copies.
  static func largeText(in folder: String) throws -> (path: String, copies: Int) {
    let seed = try Data(contentsOf: URL(fileURLWithPath: seedPagePath())) + Data("\n\n".utf8)
    let copies = (1 << 20) / seed.count + 2
    let path = folder + "/big.txt"
    var text = Data()
    for _ in 0..<copies { text += seed }
    try text.write(to: URL(fileURLWithPath: path))
    return (path, copies)
  }

  @Test func jsonOfOneLargeTextIsThePageReadAmongOthers() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (path, copies) = try Self.largeText(in: folder)
    let big = TmuxSession.quote(path)
    let seed = TmuxSession.quote(seedPagePath())
    let alone = try runShell("\"$DUBAO\" --json \(big)")
    #expect(alone.status == 0, "\(alone.stderr)")
    let piped = try runShell("\"$DUBAO\" --json - < \(big)")
    #expect(
      piped.stdout
        == alone.stdout.replacingOccurrences(
          of: "\"source\" : \"\(path)\"", with: "\"source\" : \"-\""))
    let among = try runShell("\"$DUBAO\" --json \(big) \(seed)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(alone.stdout.utf8)) as? [String: Any])
    let others = try #require(
      try JSONSerialization.jsonObject(with: Data(among.stdout.utf8)) as? [String: Any])
    let page = try #require((document["pages"] as? [[String: Any]])?.first)
    let first = try #require((others["pages"] as? [[String: Any]])?.first)
    #expect(NSDictionary(dictionary: page).isEqual(to: first))
    let articles = (page["sections"] as? [[String: Any]])?.reduce(0) {
      $0 + (($1["articles"] as? [Any])?.count ?? 0)
    }
    #expect((articles ?? 0) >= copies * 7)
  }

  @Test func outlineAndDumpOfOneLargeTextAreThePageReadAmongOthers() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (path, _) = try Self.largeText(in: folder)
    let big = TmuxSession.quote(path)
    let seed = TmuxSession.quote(seedPagePath())
    for mode in ["--outline", "--dump --width 60"] {
      let alone = try runShell("\"$DUBAO\" \(mode) \(big)")
      #expect(alone.status == 0, "\(alone.stderr)")
      let among = try runShell("\"$DUBAO\" \(mode) \(big) \(seed)")
      // Among others the page has a header line first (the dump's with a rule and a gap).
      let lines = among.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      let body = lines.dropFirst(mode == "--outline" ? 1 : 3)
      #expect(body.joined(separator: "\n").hasPrefix(alone.stdout.dropLast()), "\(mode)")
      #expect(alone.stdout.utf8.count > (mode == "--outline" ? 50_000 : 1 << 20))
    }
  }
}
