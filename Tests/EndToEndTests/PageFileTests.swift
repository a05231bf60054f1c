import Foundation
import Testing

/// Issue 12, items 7–10: how page files and folders are opened, and what is said when one
/// cannot be.
@Suite struct PageFileTests {
  static let seed = CommandLineTests.repository.appendingPathComponent(
    "seeds/000_11f194e22878b222.txt"
  ).path

  /// A folder holding a copy of the seed page as `good.txt`.
  func folderWithSeedPage() throws -> String {
    let folder = try temporaryFolder()
    try FileManager.default.copyItem(atPath: Self.seed, toPath: folder + "/good.txt")
    return folder
  }

  @Test("a bad page in a folder is skipped with one warning; the others open")
  func badPageInFolder() throws {
    let folder = try folderWithSeedPage()
    try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13]).write(
      to: URL(fileURLWithPath: folder + "/bad.txt"))
    let result = try runShell("\"$DUBAO\" --outline .", in: folder)
    #expect(result.status == 0)
    #expect(result.stderr == "dubao: ./bad.txt: not a text file (page skipped)\n")
    #expect(result.stdout.contains("新闻速递"))
    #expect(!result.stdout.contains("bad.txt"))
  }

  @Test("a folder with no readable page fails, naming every file and why")
  func noReadablePage() throws {
    let folder = try temporaryFolder()
    for name in ["a.txt", "b.txt"] {
      try Data([0, 1, 2]).write(to: URL(fileURLWithPath: folder + "/" + name))
    }
    let result = try runShell("\"$DUBAO\" --outline .", in: folder)
    #expect(result.status == 1)
    #expect(result.stderr == "dubao: ./a.txt: not a text file\ndubao: ./b.txt: not a text file\n")
    #expect(result.stdout.isEmpty)
  }

  @Test("a symbolic link loop and a dangling link say what they are")
  func symbolicLinks() throws {
    let folder = try folderWithSeedPage()
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/loop.txt", withDestinationPath: "loop.txt")
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/gone.txt", withDestinationPath: "nowhere")
    let loop = try runShell("\"$DUBAO\" --outline loop.txt", in: folder)
    #expect(loop.status == 1)
    #expect(loop.stderr == "dubao: loop.txt: too many levels of symbolic links\n")
    let listed = try runShell("\"$DUBAO\" --outline .", in: folder)
    #expect(listed.status == 0)
    #expect(
      listed.stderr
        == "dubao: ./gone.txt: no such file or directory (page skipped)\n"
        + "dubao: ./loop.txt: too many levels of symbolic links (page skipped)\n")
  }

  @Test("a FIFO with no writer ends at once with a clear line; one with a writer is read")
  func fifo() throws {
    let folder = try temporaryFolder()
    let empty = try runShell("mkfifo f && timeout 10 \"$DUBAO\" --outline f", in: folder)
    #expect(empty.status == 1)
    #expect(empty.stderr == "dubao: f: a FIFO with no writer (nothing to read)\n")
    let fed = try runShell(
      "mkfifo g && { cat \(TmuxSession.quote(Self.seed)) >g & } && timeout 10 \"$DUBAO\" --outline g",
      in: folder)
    #expect(fed.status == 0)
    #expect(fed.stdout.contains("新闻速递"))
  }

  /// `第01版.txt` in GBK: B5DA 3031 B0E6 2E747874.
  static let gbkName = "\\265\\332\\060\\061\\260\\346.txt"

  @Test("a file name that is not UTF-8 opens by its bytes and shows U+FFFD")
  func nonUTF8FileName() throws {
    let folder = try folderWithSeedPage()
    let create = "cp good.txt \"$(printf '\(Self.gbkName)')\""
    let named = try runShell(
      "\(create) && \"$DUBAO\" --json \"$(printf '\(Self.gbkName)')\"", in: folder)
    #expect(named.status == 0, "\(named.stderr)")
    #expect(named.stdout.contains("\"source\" : \"\u{FFFD}\u{FFFD}01\u{FFFD}\u{FFFD}.txt\""))
    let listed = try runShell("\(create) && \"$DUBAO\" --outline .", in: folder)
    #expect(listed.status == 0, "\(listed.stderr)")
    // Names sort by their bytes: ASCII before GBK.
    #expect(listed.stdout.contains("== ./good.txt (page 1 of 2)"))
    #expect(listed.stdout.contains("== ./\u{FFFD}\u{FFFD}01\u{FFFD}\u{FFFD}.txt (page 2 of 2)"))
  }
}
