import Foundation
import Testing

/// Issue 12, item 1: nothing the user or a file name supplies reaches standard error or a
/// standard output header as a control or bidi character.
@Suite struct MessageSafetyTests {
  @Test("a file name that is an option with OSC sequences is shown with U+FFFD")
  func hostileOptionLikeFileName() throws {
    let folder = try temporaryFolder()
    let name = "--\u{1B}]0;T\u{07}\u{1B}]52;c;aGk=\u{07}.txt"
    _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("标题".utf8))
    let result = try runShell("\"$DUBAO\" --outline *.txt", in: folder)
    #expect(result.status == 1)
    #expect(!hasTerminalControl(result.stderr), "\(result.stderr.debugDescription)")
    #expect(result.stderr.hasPrefix("dubao: Unknown option '--\u{FFFD}]0;T\u{FFFD}"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test("an invalid --width value is echoed without its escape sequence")
  func hostileWidthValue() throws {
    let result = try runShell("\"$DUBAO\" --dump --width \"$(printf '\\033[2J9')\" x.txt")
    #expect(result.status == 1)
    #expect(!hasTerminalControl(result.stderr), "\(result.stderr.debugDescription)")
    #expect(result.stderr.contains("\u{FFFD}[2J9"))
  }

  @Test("bidi controls in a file name reach neither the outline header nor the warnings")
  func bidiControlsInFileNames() throws {
    let folder = try temporaryFolder()
    for name in ["a\u{202E}txt.gpj.txt", "b\u{2067}x\u{2069}.txt"] {
      _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data())
    }
    let result = try runShell("\"$DUBAO\" --outline .", in: folder)
    #expect(result.status == 0)
    #expect(result.stdout.contains("== ./a\u{FFFD}txt.gpj.txt (page 1 of 2)"))
    #expect(!hasTerminalControl(result.stdout), "\(result.stdout.debugDescription)")
    #expect(!hasTerminalControl(result.stderr), "\(result.stderr.debugDescription)")
    #expect(result.stderr.contains("b\u{FFFD}x\u{FFFD}.txt: warning: no articles found"))
    let dump = try runShell("\"$DUBAO\" --dump . && \"$DUBAO\" --json .", in: folder)
    #expect(!hasTerminalControl(dump.stdout.replacingOccurrences(of: "\\u202e", with: "")))
    #expect(!dump.stdout.contains("\u{202E}") && !dump.stdout.contains("\\u202"))
  }
}

/// Issue 12, item 3: a closed or full standard error or output is never a crash, and a lost
/// output is never a silent success.
@Suite struct OutputChannelTests {
  static let seed = "seeds/000_11f194e22878b222.txt"
  static let repository = CommandLineTests.repository.path

  @Test(
    "closed or full standard error: warnings and errors are dropped, the status is kept",
    arguments: ["2>&-", "2>/dev/full"])
  func unusableStandardError(redirect: String) throws {
    let folder = try temporaryFolder()
    _ = FileManager.default.createFile(atPath: folder + "/empty.txt", contents: Data())
    let warned = try runShell("\"$DUBAO\" --outline empty.txt \(redirect)", in: folder)
    #expect(warned.status == 0)
    let failed = try runShell("\"$DUBAO\" --outline missing.txt \(redirect)", in: folder)
    #expect(failed.status == 1)
    let usage = try runShell("\"$DUBAO\" --frobnicate \(redirect)", in: folder)
    #expect(usage.status == 1)
  }

  @Test("a full standard output is exit status 1 and one line on standard error")
  func fullStandardOutput() throws {
    for mode in ["--dump", "--json", "--outline"] {
      let result = try runShell(
        "\"$DUBAO\" \(mode) \(Self.seed) >/dev/full", in: Self.repository)
      #expect(result.status == 1, "\(mode)")
      #expect(
        result.stderr == "dubao: cannot write standard output: No space left on device\n",
        "\(mode)")
    }
    let help = try runShell("\"$DUBAO\" --help >/dev/full")
    #expect(help.status == 1)
  }

  @Test("a closed standard output is exit status 1 and one line on standard error")
  func closedStandardOutput() throws {
    let result = try runShell("\"$DUBAO\" --outline \(Self.seed) >&-", in: Self.repository)
    #expect(result.status == 1)
    #expect(result.stderr == "dubao: cannot write standard output: Bad file descriptor\n")
  }

  @Test("a reader that stops reading (dubao --dump | head -1) ends dubao quietly")
  func brokenPipe() throws {
    let big = try temporaryFolder() + "/big.txt"
    let seed = try String(contentsOfFile: Self.repository + "/" + Self.seed, encoding: .utf8)
    try String(repeating: seed, count: 40).write(toFile: big, atomically: true, encoding: .utf8)
    let result = try runShell(
      "\"$DUBAO\" --dump \(big) 2>err | head -1 >/dev/null; cat err", in: Self.repository)
    #expect(result.stdout.isEmpty, "\(result.stdout)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    // With SIGPIPE ignored (as some parents leave it), the write fails with EPIPE instead.
    let ignored = try runShell(
      "trap '' PIPE; \"$DUBAO\" --dump \(big) 2>err | head -1 >/dev/null; cat err",
      in: Self.repository)
    #expect(ignored.stdout.isEmpty, "\(ignored.stdout)")
    #expect(ignored.stderr.isEmpty, "\(ignored.stderr)")
  }
}

/// Issue 12, item 4: `--width` is bounded.
@Suite struct WidthLimitTests {
  @Test(
    "a huge --width is clamped to 1000 with one warning",
    arguments: ["9223372036854775807", "2147483647", "1001"])
  func hugeWidth(width: String) throws {
    let result = try runShell(
      "\"$DUBAO\" --dump --width \(width) \(OutputChannelTests.seed)",
      in: OutputChannelTests.repository)
    #expect(result.status == 0)
    #expect(result.stderr == "dubao: warning: --width \(width) is more than 1000; using 1000\n")
    let widest = result.stdout.split(separator: "\n").map { displayWidth(String($0)) }.max() ?? 0
    #expect(widest <= 1000 && widest > 80)
  }
}
