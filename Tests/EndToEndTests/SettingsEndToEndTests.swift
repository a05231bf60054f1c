import Foundation
import Testing

/// config.toml, DUBAO_OPTIONS, --print-config, --version and shell completions, through the
/// built binary.
@Suite struct SettingsEndToEndTests {
  let cli = CommandLineSecondEditionTests()

  /// A folder for XDG_CONFIG_HOME holding `dubao/config.toml` with `text`.
  func configHome(_ text: String) throws -> String {
    let home = NSTemporaryDirectory() + "dubao-config-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: home + "/dubao", withIntermediateDirectories: true)
    try text.write(toFile: home + "/dubao/config.toml", atomically: true, encoding: .utf8)
    return home
  }

  @Test func versionIsPrinted() throws {
    let run = try cli.run(["--version"])
    #expect(run.status == 0)
    #expect(run.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func completionScriptsAreGenerated(shell: String) throws {
    let run = try cli.run(["--generate-completion-script", shell])
    #expect(run.status == 0 && run.stderr.isEmpty)
    for option in ["--config", "--print-config", "--theme", "--no-mouse", "--outline"] {
      #expect(run.stdout.contains(option.dropFirst(2)), "\(shell) script lacks \(option)")
    }
    #expect(run.stdout.contains("dubao"))
  }

  @Test func theSettingsFileIsReadAndItsBadSettingsWarnOnceEach() throws {
    let home = try configHome("language = \"chinese\"\nindnet = false\n")
    defer { try? FileManager.default.removeItem(atPath: home) }
    let run = try cli.run(["--outline", seedPagePath()], environment: ["XDG_CONFIG_HOME": home])
    #expect(run.status == 0)
    #expect(run.stdout.contains("段"), "the outline speaks Chinese as the settings say")
    #expect(
      run.stderr
        == "dubao: \(home)/dubao/config.toml:2: unknown setting \"indnet\" — known: theme, "
        + "language, indent, column-width, two-pane-width, mouse, remember-place, ambiguous-width, colours, keys\n"
    )
    let skipped = try cli.run(
      ["--outline", "--no-config", seedPagePath()], environment: ["XDG_CONFIG_HOME": home])
    #expect(skipped.stderr.isEmpty && skipped.stdout.contains(" paragraphs"))
  }

  @Test func configNamesAnotherFileAndAMissingOneIsAnError() throws {
    let home = try configHome("indent = false\n")
    defer { try? FileManager.default.removeItem(atPath: home) }
    let file = home + "/dubao/config.toml"
    let indented = try cli.run(["--dump", "--width", "60", seedPagePath()])
    let flat = try cli.run(["--dump", "--width", "60", "--config", file, seedPagePath()])
    #expect(indented.stdout.contains("\n\u{3000}\u{3000}"))
    #expect(!flat.stdout.contains("\n\u{3000}\u{3000}") && flat.status == 0)
    let missing = try cli.run(["--config", home + "/nope.toml", "--outline"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "dubao: --config \(home)/nope.toml: no such file\n")
  }

  @Test func dubaoOptionsAreDefaultsTheCommandLineOverrides() throws {
    let env = ["DUBAO_OPTIONS": "--theme light --no-indent"]
    let fromEnvironment = try cli.run(["--print-config"], environment: env)
    #expect(fromEnvironment.stdout.contains("\ntheme = \"light\""))
    #expect(fromEnvironment.stdout.contains("\nindent = false"))
    let overridden = try cli.run(
      ["--print-config", "--theme", "mono", "--indent"], environment: env)
    #expect(overridden.stdout.contains("\ntheme = \"mono\""))
    #expect(overridden.stdout.contains("\nindent = true"))
    // The command line's options also win over the settings file's, which win over defaults.
    let home = try configHome("theme = \"dark\"\nmouse = false\n")
    defer { try? FileManager.default.removeItem(atPath: home) }
    let layered = try cli.run(
      ["--print-config", "--mouse"], environment: env.merging(["XDG_CONFIG_HOME": home]) { $1 })
    #expect(layered.stdout.contains("\ntheme = \"light\""))
    #expect(layered.stdout.contains("\nmouse = true"))
  }

  @Test func unusableDubaoOptionsAreOneWarningAndIgnored() throws {
    let plain = try cli.run(["--print-config"]).stdout
    for (options, why) in [
      ("--thme light", "Unknown option '--thme'"), ("--theme 'light", "a quote is not closed"),
      ("page.txt", "holds options only, not paths"), ("--help", "which is not a setting"),
    ] {
      let run = try cli.run(["--print-config"], environment: ["DUBAO_OPTIONS": options])
      #expect(run.status == 0, "\(options)")
      #expect(run.stderr.hasPrefix("dubao: warning: DUBAO_OPTIONS ignored: "), "\(options)")
      #expect(run.stderr.contains(why), "\(options): \(run.stderr)")
      #expect(run.stderr.split(separator: "\n").count == 1)
      #expect(run.stdout == plain, "\(options)")
    }
  }

  @Test("the reader takes its keys from the settings file")
  func keysFromTheSettingsFile() throws {
    let home = try configHome("[keys]\nhelp = \"H\"\nremember-place = 1\n")
    defer { try? FileManager.default.removeItem(atPath: home) }
    let run = try DubaoRun(environment: ["XDG_CONFIG_HOME": home])
    try run.waitForSeedList()
    try run.tmux.send("?")
    try run.tmux.waitFor("unknown key ?")
    try run.tmux.send("H")
    let help = try run.tmux.waitFor("Dubao keys")
    #expect(help.contains { $0.hasPrefix("  H ") })
    try run.tmux.send("q")
    try run.waitForSeedList()
    try run.tmux.send("Q")
    let end = try run.tmux.waitFor("EXIT=0")
    // The warning (remember-place inside [keys] is no action) is on the terminal after exit.
    #expect(TmuxSession.flatten(end).contains("config.toml:3:unknownaction\"remember-place\""))
  }
}
