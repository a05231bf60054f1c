import Foundation
import Testing

/// Issue 12, item 11: Ctrl-Z, then `fg` from a job-control shell.
@Suite("Suspend and resume", .serialized)
struct JobControlEndToEndTests {
  /// dubao under `bash` with job control: after Ctrl-Z the script prints STOPPED=, waits for
  /// a line (Enter), then `fg` resumes dubao.
  static func suspendableRun() throws -> TmuxSession {
    let binary = try #require(dubaoBinaryPath())
    let script =
      "set -m; \(TmuxSession.quote(binary)); echo STOPPED=$?; read line; fg; echo EXIT=$?; exec sleep 3600"
    return try TmuxSession(command: "exec bash --norc --noprofile -c \(TmuxSession.quote(script))")
  }

  /// Starts dubao under job control, waits for its list, and stops it with Ctrl-Z.
  static func stoppedRun() throws -> TmuxSession {
    let tmux = try suspendableRun()
    try tmux.waitFor("新闻速递", "沧州经济开发区")
    try tmux.send("C-z")
    try tmux.waitFor("STOPPED=148")
    return tmux
  }

  @Test("after Ctrl-Z and fg the first arrow key is read")
  func firstArrowAfterResume() throws {
    let tmux = try Self.stoppedRun()
    try tmux.send("Enter")
    try tmux.waitFor("新闻速递", "沧州经济开发区")
    // Down from the first article selects the second; Enter opens it.
    try tmux.send("Down")
    try tmux.send("Enter")
    try tmux.waitFor("本报讯", "通讯员刘明宇")
    try tmux.send("Q")
    try tmux.waitFor("EXIT=0")
  }

  @Test("a resize while stopped is drawn at once on fg, before any key")
  func resizeWhileStopped() throws {
    let tmux = try Self.stoppedRun()
    try tmux.resize(width: 50, height: 14)
    try tmux.send("Enter")
    // The section list's status line is on the last of the 14 rows, and every row fits.
    try tmux.waitUntil("the list redrawn for 50×14") { rows in
      rows.count == 14 && fits(rows, width: 50) && rows[13].contains("1/7")
    }
    try tmux.send("Q")
    try tmux.waitFor("EXIT=0")
  }
}
