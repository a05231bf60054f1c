import CNcursesw
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The last stop signal (`SignalGuard.stopSignals`) that arrived, or 0.
let pendingSignal = Atomic<Int32>(0)
/// 1 while the run loop is blocked waiting for a key, so a signal handler may restore the
/// terminal and exit at once instead of waiting for the loop to notice.
let waitingForKey = Atomic<Int32>(0)
/// Actions that were installed before ours, by signal number, so a crash still reaches them
/// (e.g. the Swift runtime's backtracer) after the terminal is restored. One slot per signal
/// number (`NSIG` of them), allocated once and never freed, because a handler may read it at
/// any time; plain memory rather than a Swift array, so a handler reads it without
/// allocating or retaining. Zeroed, i.e. the default action, so restoring a signal whose
/// `sigaction` failed to save puts back the default rather than garbage.
nonisolated(unsafe) let previousActions: UnsafeMutablePointer<sigaction> = {
  let count = Int(dubao_signal_count())
  let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: count)
  actions.initialize(repeating: sigaction(), count: count)
  return actions
}()

/// Signal handling while the terminal is in curses mode: every way out restores the terminal.
enum SignalGuard {
  /// Signals that mean a crash: restore the terminal, then let the previous action run.
  static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP]
  /// Signals that ask the reader to stop: Ctrl-C quits cleanly; the others, every signal
  /// whose default action ends the process (Ctrl-\\ is SIGQUIT), end it by that signal.
  static let stopSignals: [Int32] = [
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGXCPU,
    SIGXFSZ, SIGPROF, SIGSYS, SIGIO, SIGPWR, SIGSTKFLT,
  ]

  /// Installs the handlers; `endwin` in them is harmless before curses starts.
  static func install() {
    pendingSignal.store(0, ordering: .sequentiallyConsistent)
    for sig in fatalSignals {
      _ = dubao_install_signal_info(sig, onFatalSignal, previousActions + Int(sig))
    }
    for sig in stopSignals {
      _ = dubao_install_signal(sig, onStopSignal, previousActions + Int(sig))
    }
  }

  /// Puts back the actions that were there before `install`.
  static func uninstall() {
    for sig in fatalSignals + stopSignals {
      _ = dubao_restore_signal(sig, previousActions + Int(sig))
    }
  }

  /// The stop signal that arrived, if any.
  static var pending: Int32? {
    let sig = pendingSignal.load(ordering: .sequentiallyConsistent)
    return sig == 0 ? nil : sig
  }

  /// Marks the loop as blocked in `wgetch` (or not). Returns the pending stop signal if one
  /// arrived before the mark, so the loop never blocks with a stop request outstanding.
  static func setWaiting(_ waiting: Bool) -> Int32? {
    waitingForKey.store(waiting ? 1 : 0, ordering: .sequentiallyConsistent)
    return pending
  }

  /// Ends the process the way `sig` asks, after the terminal was restored: exit 0 for Ctrl-C,
  /// otherwise die by the signal so the parent sees why.
  static func finish(after sig: Int32) -> Never {
    if sig == SIGINT { _exit(0) }
    dubao_die_by_signal(sig)
    _exit(128 + sig)
  }
}

/// Restores the terminal. A real fault (or this process's own `abort`) goes on to the
/// previous action, re-raised on return: the Swift runtime's crash report, on a usable
/// terminal. A crash signal another process sent (`kill -SEGV`) is no crash to report: the
/// reporter would wait 30 s for a key ("Press space to interact"), so dubao dies by it at once.
private let onFatalSignal:
  @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
    sig, info, _ in
    endwin()
    if dubao_signal_sent_by_other(info) == 1 { dubao_die_by_signal(sig) }
    _ = dubao_restore_signal(sig, previousActions + Int(sig))
    raise(sig)
  }

/// Records the request; if the loop is blocked waiting for a key, restores the terminal and
/// exits right here, since nothing else would wake the loop.
private let onStopSignal: @convention(c) (Int32) -> Void = { sig in
  pendingSignal.store(sig, ordering: .sequentiallyConsistent)
  if waitingForKey.load(ordering: .sequentiallyConsistent) == 1 {
    endwin()
    SignalGuard.finish(after: sig)
  }
}
