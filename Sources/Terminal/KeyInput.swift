import CNcursesw

/// Where `KeyReader` gets bytes and key codes: curses in the program, a script in tests.
protocol KeyInput {
  /// The next byte or key code (`KEY_MIN` and above), waiting forever (`milliseconds` < 0) or
  /// at most that long; `ERR` when nothing came.
  func read(waitingMilliseconds milliseconds: Int32) -> Int32
  /// Puts a byte or key code back, to be read next.
  func unread(_ code: Int32)
  /// The mouse event that a `KEY_MOUSE` announced, if curses has one.
  func mouseEvent() -> (mask: mmask_t, row: Int32, column: Int32)?
  /// Blocks until input may be read, a signal interrupts, the input is gone, or (for a
  /// `timeout` of 0 or more milliseconds) that time has passed.
  func waitForInput(timeout: Int32) -> InputWait
  /// Whether the input has hung up or failed, asked without waiting.
  func isGone() -> Bool
}

/// What waiting for input found.
enum InputWait: Equatable {
  /// Bytes (or an end of file) are there to read.
  case ready
  /// A signal arrived first (a resize, Ctrl-Z and `fg`, a stop request).
  case interrupted
  /// The terminal hung up, was closed, or fails.
  case gone
  /// The time given passed with no input.
  case timedOut
}

/// Keys from curses' standard screen (`wgetch`, `ungetch`, `getmouse`); waits with `poll` on
/// the terminal's descriptor, which a signal always interrupts (a blocking `read` inside
/// `wgetch` may be restarted instead) and which reports a hang-up instead of spinning.
struct CursesKeyInput: KeyInput {
  /// The descriptor curses reads keys from.
  let descriptor: Int32

  /// Waits with `poll`.
  func waitForInput(timeout: Int32) -> InputWait {
    switch dubao_wait_for_input(descriptor, timeout) {
    case 1: return .ready
    case 2: return .timedOut
    case 0: return .interrupted
    default: return .gone
    }
  }

  /// Polls without waiting.
  func isGone() -> Bool {
    dubao_input_is_gone(descriptor) == 1
  }

  /// Reads with `wgetch` under `wtimeout`.
  func read(waitingMilliseconds milliseconds: Int32) -> Int32 {
    dubao_getch(milliseconds)
  }

  /// Pushes back with `ungetch`.
  func unread(_ code: Int32) {
    _ = ungetch(code)
  }

  /// Reads the event with `getmouse`.
  func mouseEvent() -> (mask: mmask_t, row: Int32, column: Int32)? {
    var mask: mmask_t = 0
    var row: Int32 = 0
    var column: Int32 = 0
    guard dubao_get_mouse(&mask, &row, &column) == 1 else { return nil }
    return (mask, row, column)
  }
}
