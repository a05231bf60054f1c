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
}

/// Keys from curses' standard screen (`wgetch`, `ungetch`, `getmouse`).
struct CursesKeyInput: KeyInput {
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
