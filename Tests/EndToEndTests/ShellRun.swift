import Foundation

/// The outcome of one `sh -c` command line run to completion.
struct ShellRun {
  /// The exit status (128 + n when signal n ended the shell's last command).
  var status: Int32
  /// What the command wrote to standard output.
  var stdout: String
  /// What the command wrote to standard error.
  var stderr: String
}

/// Runs `command` with `sh -c` in `directory`, `$DUBAO` naming the built binary; standard
/// output and error are collected through files, so the command may close or redirect them.
func runShell(_ command: String, in directory: String? = nil, environment: [String: String] = [:])
  throws -> ShellRun
{
  guard let binary = dubaoBinaryPath() else {
    throw EndToEndFailure(description: "cannot find the built dubao; set DUBAO_BINARY")
  }
  let folder = NSTemporaryDirectory() + "dubao-shell-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: folder) }
  let outPath = folder + "/out"
  let errPath = folder + "/err"
  let cd = directory.map { "cd \(TmuxSession.quote($0)) && " } ?? ""
  let script = "\(cd){ \(command)\n} >\(outPath) 2>\(errPath)"
  var env = ProcessInfo.processInfo.environment
  env["DUBAO"] = binary
  env["SWIFT_BACKTRACE"] = "enable=no"
  env.merge(environment) { _, new in new }
  let status = try spawnAndWait(
    "/bin/sh", arguments: ["sh", "-c", script], environment: env.map { "\($0.key)=\($0.value)" },
    outputPath: folder + "/shell")
  let stdout = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
  let stderr = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
  return ShellRun(
    status: status, stdout: String(decoding: stdout, as: UTF8.self),
    stderr: String(decoding: stderr, as: UTF8.self))
}

/// A fresh empty folder for one test's files.
func temporaryFolder() throws -> String {
  let path = NSTemporaryDirectory() + "dubao-test-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// Whether `text` holds a scalar that could drive a terminal or reorder a line: C0/C1 controls
/// other than newline, DEL, and the bidi controls.
func hasTerminalControl(_ text: String) -> Bool {
  text.unicodeScalars.contains { scalar in
    let value = scalar.value
    if value == 0x0A { return false }
    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x061C
      || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }
}
