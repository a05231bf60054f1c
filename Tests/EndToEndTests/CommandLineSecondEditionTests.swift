import Foundation
import Testing

/// The command line's new options: --article, --theme, --fresh, --no-mouse, and --outline in
/// the locale's language.
@Suite struct CommandLineSecondEditionTests {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(dubaoBinaryPath()))
    process.arguments = arguments
    var env = CommandLineTests.isolatedEnvironment
    for name in ["LANG", "LC_ALL", "LC_MESSAGES"] { env.removeValue(forKey: name) }
    env["LANG"] = "C.UTF-8"
    env.merge(environment) { _, new in new }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  @Test func theOutlineSpeaksTheLocalesLanguage() throws {
    let chinese = try run(["--outline", seedPagePath()], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(chinese.status == 0)
    let lines = chinese.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains("    18段"))
    #expect(lines.contains("    13段，转他版"))
    #expect(lines.contains("（未命名栏目）"))
    #expect(!chinese.stdout.contains("paragraph"))
    let english = try run(["--outline", seedPagePath()])
    #expect(english.stdout.contains("    18 paragraphs\n"))
    let overridden = try run(
      ["--outline", seedPagePath()], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C.UTF-8"])
    #expect(overridden.stdout == english.stdout)
  }

  @Test func dumpArticlePrintsOneArticle() throws {
    let one = try run(["--dump", "--article", "2", "--width", "40", seedPagePath()])
    #expect(one.status == 0)
    #expect(one.stdout.hasPrefix("沧州经济开发区：公园绿地开放共享\n"))
    #expect(!one.stdout.contains("沧县：观摩学先进"))
    #expect(!one.stdout.contains("运河区"))
    #expect(one.stdout.split(separator: "\n").allSatisfy { $0.count <= 40 })
    // --article alone implies --dump.
    #expect(try run(["--article", "2", "--width", "40", seedPagePath()]).stdout == one.stdout)
    let missing = try run(["--dump", "--article", "99", seedPagePath()])
    #expect(missing.status == 1)
    #expect(missing.stderr == "dubao: --article 99: there are 7 articles\n")
    let zero = try run(["--article", "0", seedPagePath()])
    #expect(zero.status == 1 && zero.stderr.hasPrefix("dubao: --article must be at least 1"))
    let json = try run(["--json", "--article", "1", seedPagePath()])
    #expect(json.status == 1 && json.stderr.contains("--article goes with --dump"))
  }

  @Test func badThemesAreOneLine() throws {
    let bad = try run(["--theme", "pink", seedPagePath()])
    #expect(bad.status == 1)
    #expect(bad.stderr.split(separator: "\n").count == 1)
    #expect(bad.stderr.contains("pink") && bad.stderr.hasPrefix("dubao: "))
    for good in ["light", "dark", "mono"] {
      #expect(
        try run(["--theme", good, "--no-mouse", "--fresh", "--dump", seedPagePath()]).status == 0)
    }
  }

  @Test func helpListsTheNewOptions() throws {
    let help = try run(["--help"]).stdout
    for option in ["--theme", "--fresh", "--no-mouse", "--article"] {
      #expect(help.contains(option), "\(option)")
    }
  }
}
