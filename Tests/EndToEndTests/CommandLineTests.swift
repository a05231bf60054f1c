import Foundation
import Testing

/// The non-interactive face of `dubao`: --json, --outline, errors and exit codes.
@Suite struct CommandLineTests {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// This process's environment without the user's settings: no DUBAO_OPTIONS, and a
  /// settings folder that does not exist.
  static var isolatedEnvironment: [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["DUBAO_OPTIONS"] = nil
    environment["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "dubao-no-config"
    return environment
  }

  func run(_ arguments: [String], stdin: Data? = nil) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(dubaoBinaryPath()))
    process.arguments = arguments
    process.currentDirectoryURL = Self.repository
    process.environment = Self.isolatedEnvironment
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("dubao-cli-\(UUID().uuidString).txt").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func jsonHasTheDocumentedFieldNames() throws {
    let result = try run(["--json", "seeds/000_11f194e22878b222.txt"])
    #expect(result.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let page = try #require((document["pages"] as? [[String: Any]])?.first)
    #expect(page["encoding"] as? String == "UTF-8")
    #expect(page["furniture"] as? [String] == [])
    #expect(page["warnings"] as? [String] == [])
    #expect(page["banner"] as? String == "推进全国文明城市国家卫生城市创建 全面加快沿海经济强市建设步伐")
    let sections = try #require(page["sections"] as? [[String: Any]])
    let article = try #require((sections[0]["articles"] as? [[String: Any]])?.first)
    #expect(article["title"] as? String == "沧县：观摩学先进 加压促提升")
    #expect(article["continues"] as? Bool == false)
    let byline = try #require(article["byline"] as? [String: Any])
    #expect(byline["reporters"] as? [String] == ["祁洁"])
    #expect(byline["correspondents"] as? [String] == ["韩振兴"])
    #expect(byline["photographers"] as? [String] == [])
    let block = try #require((article["blocks"] as? [[String: Any]])?.first)
    #expect(block["kind"] as? String == "paragraph")
  }

  @Test func outlineListsSectionsArticlesBylinesAndCounts() throws {
    let result = try run(["--outline", "seeds/000_11f194e22878b222.txt"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "【推进全国文明城市国家卫生城市创建 全面加快沿海经济强市建设步伐】")
    #expect(lines.contains("新闻速递"))
    #expect(lines.contains("  沧州经济开发区：公园绿地开放共享"))
    #expect(lines.contains("    18 paragraphs"))
    #expect(lines.contains("    13 paragraphs, continues on another page"))
  }

  @Test func standardInputAndDirectories() throws {
    let seed = try Data(
      contentsOf: Self.repository.appendingPathComponent("seeds/000_11f194e22878b222.txt"))
    let piped = try run(["--outline"], stdin: seed)
    #expect(piped.status == 0)
    #expect(piped.stdout.contains("新闻速递"))
    let dash = try run(["--outline", "-"], stdin: seed)
    #expect(dash.stdout == piped.stdout)
    let folder = try run(["--outline", "Tests/PaperKitTests/Fixtures"])
    #expect(folder.status == 0)
    let pageFiles = try FileManager.default.contentsOfDirectory(
      atPath: Self.repository.appendingPathComponent("Tests/PaperKitTests/Fixtures").path
    ).filter { $0.hasSuffix(".txt") }
    #expect(folder.stdout.contains("(page 1 of \(pageFiles.count))"))
    #expect(folder.stdout.contains("樊振东男单夺冠"))
  }

  /// `--explain`: one tab-separated row per non-blank line — number, kind, rules, text.
  @Test func explainPrintsEveryLineWithItsRules() throws {
    let result = try run(["--explain", "seeds/000_11f194e22878b222.txt"])
    #expect(result.status == 0)
    let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t") }
    #expect(rows.allSatisfy { $0.count == 4 })
    let titleRow = try #require(rows.first { $0[3] == "身边烦难事 变成暖心事" })
    #expect(titleRow[1] == "heading:title")
    #expect(rows.contains { $0[1] == "byline" && $0[2] == "byline-line" })
    let numbers = rows.compactMap { Int($0[0]) }
    #expect(numbers.count == rows.count && numbers == numbers.sorted() && numbers[0] >= 1)
    let piped = try run(["--explain"], stdin: Data("标题\n\n本报讯（记者张三）正文。\n".utf8))
    #expect(piped.stdout == "1\theading:title\theading-shape\t标题\n3\tbody\tbody\t本报讯（记者张三）正文。\n")
  }

  @Test func standardInputTwiceIsRefused() throws {
    let result = try run(["--outline", "-", "-"], stdin: Data("标题\n\n正文。".utf8))
    #expect(result.status == 1)
    #expect(result.stderr == "dubao: standard input ('-') can be read only once\n")
  }

  @Test func missingFileIsOneClearLineAndAFailure() throws {
    let result = try run(["--outline", "no/such/page.txt"])
    #expect(result.status != 0)
    #expect(result.stderr == "dubao: no/such/page.txt: no such file or directory\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func binaryFileIsRefused() throws {
    let path = try temporaryFile([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
    let result = try run(["--json", path])
    #expect(result.status != 0)
    #expect(result.stderr == "dubao: \(path): not a text file\n")
  }

  @Test func emptyFileIsAPageWithNoArticlesAndAWarning() throws {
    let path = try temporaryFile([])
    let result = try run(["--json", path])
    #expect(result.status == 0)
    #expect(result.stderr.contains("warning: no articles found"))
    #expect(result.stdout.contains("\"sections\" : ["))
  }

  @Test(arguments: [
    (
      ["--json", "--outline"],
      "dubao: --json, --outline, --dump and --explain exclude each other (see dubao --help)\n"
    ),
    (
      ["--explain", "seeds/000_11f194e22878b222.txt"],
      "dubao: --explain reads one page file (see dubao --help)\n"
    ),
    (["--width", "0", "--dump"], "dubao: --width must be at least 1 (see dubao --help)\n"),
    (["--frobnicate"], "dubao: Unknown option '--frobnicate' (see dubao --help)\n"),
  ])
  func usageErrorsAreOneLineAndExitOne(arguments: [String], message: String) throws {
    let result = try run(arguments + ["seeds/000_11f194e22878b222.txt"])
    #expect(result.status == 1)
    #expect(result.stderr == message)
    #expect(result.stdout.isEmpty)
  }

  @Test func helpIsPrintedAndSucceeds() throws {
    let result = try run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE: dubao"))
    #expect(result.stdout.contains("--encoding"))
  }

  @Test func forcedAndUnknownEncodings() throws {
    let gb = try temporaryFile([
      0xB6, 0xC1, 0xB1, 0xA8, 0xA3, 0xAC, 0xD0, 0xC2, 0xCE, 0xC5, 0xA1, 0xA3,
    ])
    let detected = try run(["--json", gb])
    #expect(detected.status == 0)
    #expect(detected.stdout.contains("\"encoding\" : \"GB18030\""))
    #expect(detected.stdout.contains("读报，新闻。"))
    let forced = try run(["--json", "--encoding", "gbk", gb])
    #expect(forced.stdout.contains("\"encoding\" : \"GBK\""))
    let unknown = try run(["--json", "--encoding", "klingon", gb])
    #expect(unknown.status == 1)
    #expect(unknown.stderr == "dubao: unknown encoding 'klingon'\n")
  }

  @Test func dumpDefaultsToEightyColumnsWhenNotATerminal() throws {
    let result = try run(["--dump", "seeds/000_11f194e22878b222.txt"])
    #expect(result.status == 0)
    let widths = result.stdout.split(separator: "\n").map { line in
      line.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x2E80 && $1.value <= 0xFFEF) ? 2 : 1) }
    }
    #expect(widths.max() == 80)
    #expect(!result.stdout.contains("\u{1B}"))
  }
}
