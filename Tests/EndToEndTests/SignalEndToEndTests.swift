import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 12, item 2: every signal whose default action ends the process ends the reader
/// with the terminal restored (normal screen, cursor shown), with Swift's crash reporter on
/// (the runtime's default) and off.
@Suite("Signals", .serialized)
struct SignalEndToEndTests {
  /// The crash reporter as the runtime has it by default, and turned off.
  static let backtraceSettings: [[String: String]] = [[:], ["SWIFT_BACKTRACE": "enable=no"]]

  @Test(
    "a default-fatal signal restores the terminal and ends dubao by that signal",
    arguments: [
      SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGXCPU, SIGXFSZ, SIGPROF, SIGSYS,
      SIGIO, SIGPWR, SIGSTKFLT,
    ],
    backtraceSettings)
  func stopSignal(signal: Int32, environment: [String: String]) throws {
    let run = try DubaoRun(environment: environment)
    try run.waitForSeedList()
    #expect(kill(try run.pid(), signal) == 0)
    try run.expectExit(status: 128 + signal)
  }

  @Test(
    "kill -SEGV/-ABRT/-BUS/-ILL/-FPE/-TRAP ends the reader with the terminal restored",
    arguments: [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP], backtraceSettings)
  func crashSignal(signal: Int32, environment: [String: String]) throws {
    let run = try DubaoRun(environment: environment)
    try run.waitForSeedList()
    #expect(kill(try run.pid(), signal) == 0)
    try run.expectExit(status: 128 + signal)
  }

  @Test("Ctrl-\\\\ (SIGQUIT from the keyboard) quits with the terminal restored")
  func controlBackslash() throws {
    let run = try DubaoRun()
    try run.openFirstNewsBrief()
    try run.tmux.send("C-\\")
    try run.expectExit(status: 128 + SIGQUIT)
  }

  @Test("Ctrl-S does not freeze the screen: flow control is off while reading")
  func flowControlOff() throws {
    let run = try DubaoRun()
    try run.waitForSeedList()
    try run.tmux.send("C-s")
    try run.openFirstNewsBrief()
    try run.tmux.send("C-q")
    try run.tmux.send("Q")
    try run.expectExit(status: 0)
  }
}

/// Issue 12, item 5: a terminal that goes away or reads without blocking never makes the
/// reader spin.
@Suite("Terminal gone", .serialized)
struct TerminalGoneEndToEndTests {
  @Test("the terminal closing without SIGHUP (setsid) ends the reader")
  func terminalClosedWithoutHangup() throws {
    let binary = try #require(dubaoBinaryPath())
    let tmux = try TmuxSession(command: "setsid \(TmuxSession.quote(binary)); exec sleep 3600")
    try tmux.waitFor("新闻速递", "沧州经济开发区")
    let pids = try tmux.commandPIDs()
    try #require(pids.count == 1, "expected one child of the pane's shell, got \(pids)")
    try tmux.killServer()
    let ended = ProcessState.waitForEnd(of: pids[0], timeout: 5)
    if !ended {
      let share = ProcessState.cpuShare(of: pids[0], over: 1)
      Issue.record(
        "dubao still runs 5 s after its terminal closed, using \(Int(share * 100)) % CPU")
      kill(pids[0], SIGKILL)
    }
  }

  @Test("on a non-blocking terminal an idle reader uses no CPU and still reads keys")
  func nonBlockingTerminal() throws {
    let nonBlocking =
      "perl -MFcntl -e 'fcntl(STDIN, F_SETFL, fcntl(STDIN, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV'"
    let run = try DubaoRun(prefix: nonBlocking)
    try run.waitForSeedList()
    let share = ProcessState.cpuShare(of: try run.pid(), over: 1)
    #expect(share < 0.05, "an idle reader used \(Int(share * 100)) % CPU")
    try run.openFirstNewsBrief()
    try run.tmux.send("Q")
    try run.expectExit(status: 0)
  }
}
