import Foundation
import PaperKit
import Testing

/// `--ambiguous`: the layout's accounting at both settings, the probe through tmux, and
/// ncursesw binding to the executable's `wcwidth`. (tmux draws ambiguous characters narrow,
/// so a wide terminal cannot be shown here; the accounting is tested directly.)
@Suite struct AmbiguousWidthEndToEndTests {
  let cli = CommandLineSecondEditionTests()

  /// Cells of a line with ambiguous characters narrow or wide (the dump has no clusters).
  func width(_ line: Substring, wide: Bool) -> Int {
    line.unicodeScalars.reduce(0) {
      $0 + max(CellWidth.ofCodePoint($1.value, ambiguousWide: wide), 0)
    }
  }

  @Test func everyLineFitsTheWidthAtBothSettings() throws {
    let narrow = try cli.run(["--dump", "--width", "30", seedPagePath()])
    let wide = try cli.run(["--dump", "--width", "30", "--ambiguous", "wide", seedPagePath()])
    #expect(narrow.status == 0 && wide.status == 0)
    let narrowLines = narrow.stdout.split(separator: "\n")
    let wideLines = wide.stdout.split(separator: "\n")
    #expect(narrowLines.allSatisfy { width($0, wide: false) <= 30 })
    #expect(wideLines.allSatisfy { width($0, wide: true) <= 30 })
    // The wide layout really counted “ ” — as two cells: some of its lines would not fit
    // the narrow accounting's line, and it breaks differently.
    #expect(narrowLines.contains { width($0, wide: true) > 30 })
    #expect(narrow.stdout != wide.stdout)
    // Without a terminal, auto does not probe: narrow.
    let auto = try cli.run(["--dump", "--width", "30", "--ambiguous", "auto", seedPagePath()])
    #expect(auto.stdout == narrow.stdout)
    let bad = try cli.run(["--ambiguous", "double", "--outline", seedPagePath()])
    #expect(bad.status == 1 && bad.stderr.hasPrefix("dubao: "))
  }

  @Test func theSettingsFileSetsTheWidth() throws {
    let home = NSTemporaryDirectory() + "dubao-config-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: home) }
    try FileManager.default.createDirectory(
      atPath: home + "/dubao", withIntermediateDirectories: true)
    try "ambiguous-width = \"wide\"\n".write(
      toFile: home + "/dubao/config.toml", atomically: true, encoding: .utf8)
    let fromFile = try cli.run(
      ["--dump", "--width", "30", seedPagePath()], environment: ["XDG_CONFIG_HOME": home])
    let fromOption = try cli.run(["--dump", "--width", "30", "--ambiguous", "wide", seedPagePath()])
    #expect(fromFile.stdout == fromOption.stdout)
    let overridden = try cli.run(
      ["--dump", "--width", "30", "--ambiguous", "narrow", seedPagePath()],
      environment: ["XDG_CONFIG_HOME": home])
    #expect(overridden.stdout == (try cli.run(["--dump", "--width", "30", seedPagePath()])).stdout)
  }

  @Test func ncurseswBindsToTheExecutablesWcwidth() throws {
    // ld.so's report goes to a file: on standard error it would fill the pipe.
    let report = NSTemporaryDirectory() + "dubao-ld-\(UUID().uuidString)"
    let run = try cli.run(
      ["--version"],
      environment: ["LD_BIND_NOW": "1", "LD_DEBUG": "bindings", "LD_DEBUG_OUTPUT": report])
    #expect(run.status == 0)
    let folder = URL(fileURLWithPath: report).deletingLastPathComponent()
    let name = URL(fileURLWithPath: report).lastPathComponent
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasPrefix(name) }
    defer {
      for file in files { try? FileManager.default.removeItem(atPath: folder.path + "/" + file) }
    }
    let text = try files.map { try String(contentsOfFile: folder.path + "/" + $0, encoding: .utf8) }
      .joined()
    let binding = text.split(separator: "\n").first {
      $0.contains("libncursesw") && $0.contains("`wcwidth'")
    }
    let line = try #require(binding, "ld.so did not bind ncursesw's wcwidth")
    #expect(line.contains("to \(try #require(dubaoBinaryPath()))"), "\(line)")
  }

  @Test("auto asks the terminal (tmux answers narrow) and the reader starts as usual")
  func autoProbesTheTerminal() throws {
    let plain = try DubaoRun("--fresh")
    let expected = try plain.waitForSeedList()
    let probed = try DubaoRun("--fresh --ambiguous auto")
    let shown = try probed.waitForSeedList()
    #expect(shown == expected)
    #expect(!TmuxSession.flatten(shown).contains("[6n"))
    try probed.tmux.send("Q")
    try probed.expectExit(status: 0)
  }
}
