import Foundation
import Testing

/// The built `dubao` running in its own tmux server, and checks on what it shows.
struct DubaoRun {
  /// The tmux session around the process.
  let tmux: TmuxSession

  /// Runs `dubao` with `arguments` (shell words, already quoted) in a width×height pane, as
  /// `sh -c 'trap : INT QUIT; dubao …; echo EXIT=$?; exec sleep 3600'`, so the exit status shows
  /// on the pane. The shell stays: tmux may drop a dying pane's last output, so "the pane is
  /// dead" cannot be the signal that dubao is done; `EXIT=` on the screen is.
  /// `input` is a shell command whose output is piped to dubao's standard input; `prefix` is
  /// a command that runs dubao (`setsid`, `exec @ARGV`-style wrappers).
  init(
    _ arguments: String = "", input: String? = nil, width: Int = 80, height: Int = 24,
    environment: [String: String] = [:], prefix: String? = nil
  ) throws {
    guard let binary = dubaoBinaryPath() else {
      throw EndToEndFailure(
        description: "cannot find the built dubao next to the tests; set DUBAO_BINARY")
    }
    let dubao = (prefix.map { $0 + " " } ?? "") + "\(TmuxSession.quote(binary)) \(arguments)"
    // The trap keeps sh alive through Ctrl-C (sh's own SIGINT) so it can print the status;
    // caught, not ignored, so dubao starts with the default action.
    let pipeline = input.map { "\($0) | \(dubao)" } ?? dubao
    tmux = try TmuxSession(
      command: "trap : INT QUIT; \(pipeline); echo EXIT=$?; exec sleep 3600", width: width,
      height: height,
      environment: environment)
  }

  /// Waits for the section list of the seed page.
  @discardableResult
  func waitForSeedList() throws -> [String] {
    try tmux.waitFor("新闻速递", "沧州经济开发区")
  }

  /// From the seed page's section list: Tab to 新闻速递 and open its first article
  /// (沧州经济开发区：公园绿地开放共享); returns the screen showing its byline.
  @discardableResult
  func openFirstNewsBrief() throws -> [String] {
    try waitForSeedList()
    try tmux.send("Tab")
    try tmux.send("Enter")
    return try tmux.waitFor("通讯员刘明宇")
  }

  /// Waits until dubao has exited and the pane shows `EXIT=<status>`; checks that the
  /// terminal left the alternate screen.
  func expectExit(status: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws {
    // The pane can be reported dead before tmux has read the shell's last output.
    let rows = try tmux.waitUntil("dubao to exit and the shell to print EXIT=", Self.exited)
    let flat = TmuxSession.flatten(rows)
    #expect(
      flat.contains("EXIT=\(status)"), "expected EXIT=\(status)\n\(TmuxSession.show(rows))",
      sourceLocation: sourceLocation)
    #expect(
      try tmux.format("#{alternate_on}") == "0",
      "the alternate screen is still on after exit\n\(TmuxSession.show(rows))",
      sourceLocation: sourceLocation)
    #expect(
      try tmux.format("#{cursor_flag}") == "1",
      "the cursor is still hidden after exit\n\(TmuxSession.show(rows))",
      sourceLocation: sourceLocation)
  }

  /// The process id of dubao, the one child of the pane's shell.
  func pid(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32 {
    let pids = try tmux.commandPIDs()
    try #require(
      pids.count == 1, "expected one child of the pane's shell, got \(pids)",
      sourceLocation: sourceLocation)
    return pids[0]
  }

  /// Whether the screen shows the shell's `EXIT=` line, i.e. dubao has ended.
  static func exited(_ rows: [String]) -> Bool {
    TmuxSession.flatten(rows).contains("EXIT=")
  }

  /// Sends `q` until dubao exits (help and the article view use `q` to go back).
  func quitWithQ() throws {
    for _ in 0..<4 {
      let before = try tmux.capture()
      try tmux.send("q")
      try tmux.waitUntil("q to take effect") { rows in
        Self.exited(rows) || rows != before
      }
      if Self.exited(try tmux.capture()) { return }
    }
    throw EndToEndFailure(
      description: "q four times did not quit\n\(TmuxSession.show(try tmux.capture()))")
  }
}

/// Checks that the captured screen fits a width×height pane: no row wider than the pane
/// (ncurses wraps overlong lines instead of clipping), no more rows than the pane.
func expectFits(
  _ rows: [String], width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(
    rows.count <= height, "\(rows.count) rows in a \(height)-row pane\n\(TmuxSession.show(rows))",
    sourceLocation: sourceLocation)
  for (index, row) in rows.enumerated() where displayWidth(row) > width {
    Issue.record(
      "row \(index) is \(displayWidth(row)) wide in a \(width)-column pane\n\(TmuxSession.show(rows))",
      sourceLocation: sourceLocation)
  }
}

/// True when every row fits `width`.
func fits(_ rows: [String], width: Int) -> Bool {
  rows.allSatisfy { displayWidth($0) <= width }
}
