import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Why an end-to-end step failed; the message carries the screen as captured.
struct EndToEndFailure: Error, CustomStringConvertible {
  /// What went wrong, with the captured screen.
  var description: String
}

/// One private tmux server (own socket, no user config) running one command in an 80×24
/// pane by default, driven with `send-keys` and read with `capture-pane`.
final class TmuxSession {
  /// The socket name passed to `tmux -L`.
  let socket = "dubao-e2e-\(UInt64.random(in: 0..<UInt64.max))"
  private let tmux: String
  private let configPath: String
  /// The session's own `XDG_STATE_HOME`.
  let statePath: String

  /// Starts the server and runs `command` (a shell command line) in a detached session with
  /// TERM=xterm-256color and LANG=C.UTF-8; the pane stays after the command exits.
  init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:])
    throws
  {
    guard let tmux = Self.findTmux() else {
      throw EndToEndFailure(
        description: "tmux is not installed: the end-to-end tests need it (apt-get install tmux)")
    }
    self.tmux = tmux
    configPath = NSTemporaryDirectory() + "\(socket).conf"
    // remain-on-exit keeps the pane (and its last screen) after the command ends; no status
    // line, so the pane is the whole window.
    let config = "set -g remain-on-exit on\nset -g status off\nset -g history-limit 100\n"
    try config.write(toFile: configPath, atomically: true, encoding: .utf8)
    // Reading places go to a folder of this session's, never the user's home.
    statePath = NSTemporaryDirectory() + "\(socket).state"
    // No settings file of the user's either (a folder that does not exist).
    var env = [
      "TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_STATE_HOME": statePath,
      "XDG_CONFIG_HOME": statePath + "/no-config",
    ]
    env.merge(environment) { _, new in new }
    let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }
    let line =
      "env -u LC_ALL -u LC_CTYPE -u NO_COLOR -u SWIFT_BACKTRACE -u DUBAO_OPTIONS \(assignments.joined(separator: " ")) sh -c \(Self.quote(command))"
    try run(["new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", line])
    socketPath = try format("#{socket_path}")
  }

  /// The server's socket file, which kill-server leaves behind.
  private var socketPath = ""

  deinit {
    _ = try? run(["kill-server"])
    try? FileManager.default.removeItem(atPath: configPath)
    try? FileManager.default.removeItem(atPath: statePath)
    if !socketPath.isEmpty { try? FileManager.default.removeItem(atPath: socketPath) }
  }

  /// Ends the server now, closing its terminals (the pane's shell gets SIGHUP).
  func killServer() throws {
    try run(["kill-server"])
  }

  /// Sends tmux key names (`Tab`, `Enter`, `C-c`, `q`…), in order.
  func send(_ keys: String...) throws {
    try send(keys)
  }

  /// Sends tmux key names, in order.
  func send(_ keys: [String]) throws {
    try run(["send-keys", "-t", "e2e"] + keys)
  }

  /// Types text literally (e.g. Chinese, as an input method would).
  func type(_ text: String) throws {
    try run(["send-keys", "-t", "e2e", "-l", text])
  }

  /// Writes raw bytes to the pane, e.g. an escape sequence no terminfo knows.
  func sendBytes(_ bytes: [UInt8]) throws {
    try run(["send-keys", "-t", "e2e", "-H"] + bytes.map { String(format: "%02x", $0) })
  }

  /// Resizes the window (and so the pane) to width×height.
  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
  }

  /// The pane's rows as text (trailing blanks trimmed by tmux).
  func capture() throws -> [String] {
    let text = try run(["capture-pane", "-p", "-t", "e2e"])
    var rows = text.components(separatedBy: "\n")
    if rows.last == "" { rows.removeLast() }
    return rows
  }

  /// The pane's rows with SGR escape sequences for colours and attributes.
  func captureWithEscapes() throws -> String {
    try run(["capture-pane", "-p", "-e", "-t", "e2e"])
  }

  /// The pane's rows with attributes, for comparing frames: SGR sequences at the very end of
  /// a row are dropped, since they only say how the (trimmed, invisible) blanks after the
  /// text were written, which depends on how curses chose to clear the row.
  func captureCells() throws -> [String] {
    try captureWithEscapes().components(separatedBy: "\n").map { row in
      row.replacingOccurrences(of: "(\u{1B}\\[[0-9;]*m)+$", with: "", options: .regularExpression)
    }
  }

  /// A tmux format evaluated for the pane, e.g. `#{alternate_on}`.
  func format(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", "e2e", format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The pane's size.
  func paneSize() throws -> (width: Int, height: Int) {
    let parts = try format("#{pane_width} #{pane_height}").split(separator: " ")
    return (Int(parts.first ?? "") ?? -1, Int(parts.last ?? "") ?? -1)
  }

  /// The process ids of the pane's shell's children (the command under `sh -c`).
  func commandPIDs() throws -> [Int32] {
    let shell = try format("#{pane_pid}")
    let children =
      (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
    return children.split(separator: " ").compactMap { Int32($0) }
  }

  /// Polls the screen until `condition` holds; fails with the last screen after `timeout`.
  @discardableResult
  func waitUntil(
    _ what: String, timeout: Duration = .seconds(15),
    _ condition: ([String]) throws -> Bool
  ) throws -> [String] {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    var rows: [String] = []
    while true {
      rows = try capture()
      if try condition(rows) { return rows }
      if clock.now >= deadline { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw EndToEndFailure(description: "timed out waiting for \(what)\n\(Self.show(rows))")
  }

  /// Waits until the screen, with all white space removed, contains every one of `texts` (so
  /// that a phrase broken across lines still matches).
  @discardableResult
  func waitFor(_ texts: String..., timeout: Duration = .seconds(15)) throws -> [String] {
    try waitUntil("\(texts)", timeout: timeout) { rows in
      let flat = Self.flatten(rows)
      return texts.allSatisfy { flat.contains(Self.flatten([$0])) }
    }
  }

  /// The screen's text with white space removed.
  static func flatten(_ rows: [String]) -> String {
    String(rows.joined().unicodeScalars.filter { !$0.properties.isWhitespace })
  }

  /// The screen framed for a failure message, with row numbers and display widths.
  static func show(_ rows: [String]) -> String {
    let body = rows.enumerated().map { index, row in
      "\(String(format: "%2d", index)) |\(row)| (\(displayWidth(row)))"
    }
    return (["--- screen ---"] + body + ["--------------"]).joined(separator: "\n")
  }

  /// Runs one tmux client command and returns its output (standard output and error). The
  /// client that starts the server forks it off with the client's descriptors, and Foundation's
  /// `Process` then never sees the client end; so this spawns and waits with plain POSIX calls
  /// and collects the output through a file, which nobody needs to close.
  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    let outputPath = NSTemporaryDirectory() + "\(socket)-\(UInt32.random(in: 0..<UInt32.max)).out"
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = "C.UTF-8"
    environment["LC_ALL"] = "C.UTF-8"
    environment.removeValue(forKey: "TMUX")
    let argv = [tmux, "-L", socket, "-f", configPath] + arguments
    let status = try spawnAndWait(
      tmux, arguments: argv, environment: environment.map { "\($0.key)=\($0.value)" },
      outputPath: outputPath)
    let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    guard status == 0 else {
      throw EndToEndFailure(
        description: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(text)")
    }
    return text
  }

  private static func findTmux() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
      let candidate = "\(folder)/tmux"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Quotes a word for sh.
  static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
