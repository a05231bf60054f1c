import Foundation
import Testing

/// `scripts/install.sh` into a temporary prefix, with the dubao the tests run.
@Suite struct InstallTests {
  @Test func installsTheBinaryManPageAndCompletionsUnderThePrefix() throws {
    let prefix = NSTemporaryDirectory() + "dubao-prefix-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: prefix) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      "scripts/install.sh", "--binary", try #require(dubaoBinaryPath()), "--prefix", prefix,
    ]
    process.currentDirectoryURL = CommandLineTests.repository
    process.environment = CommandLineTests.isolatedEnvironment
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(output)")
    #expect(output.hasPrefix("installed dubao ") && output.hasSuffix(" under \(prefix)\n"))
    let files = [
      "bin/dubao", "share/man/man1/dubao.1", "share/bash-completion/completions/dubao",
      "share/zsh/site-functions/_dubao", "share/fish/vendor_completions.d/dubao.fish",
    ]
    for file in files {
      let size = try FileManager.default.attributesOfItem(atPath: prefix + "/" + file)[.size]
      #expect((size as? Int ?? 0) > 0, "\(file)")
    }
    #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/dubao"))
    let manual = try String(contentsOfFile: prefix + "/share/man/man1/dubao.1", encoding: .utf8)
    let committed = try String(
      contentsOf: CommandLineTests.repository.appendingPathComponent("dubao.1"), encoding: .utf8)
    #expect(manual == committed)
  }
}
