import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What /proc says about a process: whether it still runs, and the CPU time it used.
struct ProcessState {
  /// The state letter (R, S, T, Z …).
  var state: Character
  /// User plus system CPU time, in clock ticks.
  var cpuTicks: Int

  /// The state of `pid`, or nil when it is gone.
  init?(pid: Int32) {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    // After "pid (comm) ": state is field 3, utime and stime fields 14 and 15.
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    guard fields.count > 13, let state = fields[0].first, let user = Int(fields[11]),
      let system = Int(fields[12])
    else { return nil }
    self.state = state
    cpuTicks = user + system
  }

  /// Whether `pid` is still running (not gone, not a zombie).
  static func isRunning(_ pid: Int32) -> Bool {
    guard let state = ProcessState(pid: pid) else { return false }
    return state.state != "Z" && state.state != "X"
  }

  /// CPU seconds `pid` uses over `seconds` of wall time (0 if it ends meanwhile).
  static func cpuShare(of pid: Int32, over seconds: Double) -> Double {
    guard let before = ProcessState(pid: pid) else { return 0 }
    Thread.sleep(forTimeInterval: seconds)
    guard let after = ProcessState(pid: pid) else { return 0 }
    return Double(after.cpuTicks - before.cpuTicks) / Double(sysconf(Int32(_SC_CLK_TCK))) / seconds
  }

  /// Waits up to `timeout` seconds for `pid` to end; true if it did.
  static func waitForEnd(of pid: Int32, timeout: Double) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if !isRunning(pid) { return true }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return !isRunning(pid)
  }
}
