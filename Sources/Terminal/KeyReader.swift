import CNcursesw
import ReaderKit

/// Reads keys from curses, folding escape sequences curses does not know into `.unknown`.
struct KeyReader {
  /// Waits for the next key; nil when the wait was interrupted or timed out.
  func next() -> Key? {
    var ch: wint_t = 0
    let result = dubao_get_wch(&ch, -1)
    if result == KEY_CODE_YES {
      if Int32(ch) == KEY_MOUSE { return mouseKey() }
      return KeyDecoder.key(forKeyCode: Int32(ch))
    }
    guard result == OK else { return nil }
    if ch == 27 { return afterEscape() }
    return KeyDecoder.key(forCharacter: UInt32(ch))
  }

  /// A lone Esc is `.escape`. Esc followed at once by `[` or `O` is a sequence curses did not
  /// recognise (its terminfo lacks it): swallow it whole so its tail does not read as keys.
  private func afterEscape() -> Key {
    var ch: wint_t = 0
    let result = dubao_get_wch(&ch, 0)
    guard result == OK else {
      if result == KEY_CODE_YES { _ = ungetch(Int32(ch)) }
      return .escape
    }
    switch ch {
    case 0x5B:  // "[": CSI parameters and intermediates, then one final byte 0x40...0x7E.
      for _ in 0..<32 {
        guard dubao_get_wch(&ch, 10) == OK else { break }
        if (0x40...0x7E).contains(ch) { break }
      }
      return .unknown
    case 0x4F:  // "O": SS3 and one more character.
      _ = dubao_get_wch(&ch, 10)
      return .unknown
    default:
      // Esc then an ordinary key (Alt-key, or a fast typist): report Esc, keep the key.
      _ = unget_wch(wchar_t(truncatingIfNeeded: ch))
      return .escape
    }
  }

  private func mouseKey() -> Key {
    var mask: mmask_t = 0
    var row: Int32 = 0
    var column: Int32 = 0
    guard dubao_get_mouse(&mask, &row, &column) == 1 else { return .unknown }
    return KeyDecoder.key(forMouse: mask, row: row, column: column)
  }
}
