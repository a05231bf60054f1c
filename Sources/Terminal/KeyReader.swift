import CNcursesw
import ReaderKit

/// Reads keys from curses. Bytes are read one at a time (`wgetch`) and UTF-8 is decoded here,
/// not by `get_wch`: ncurses keeps collecting bytes after an invalid one until it has
/// MB_LEN_MAX of them, so a stray byte would swallow the next keys. Escape sequences curses
/// does not know are folded into `.unknown`.
struct KeyReader {
  /// How long the rest of a multi-byte character or escape sequence may take to arrive; they
  /// come in one write, so this only matters for a lone byte.
  private let followUpMilliseconds: Int32 = 30
  /// Where the bytes and key codes come from.
  let input: any KeyInput

  /// A reader of `input`.
  init(input: any KeyInput) {
    self.input = input
  }

  /// What the next read gave.
  enum Event: Equatable {
    /// A key.
    case key(Key)
    /// A signal interrupted the wait before any key came.
    case interrupted
    /// The terminal is gone: hung up, closed, at end of file or failing.
    case inputGone
    /// The time given passed with no key.
    case timedOut
  }

  /// Waits for the next key; nil when the wait was interrupted or the input is gone.
  func next() -> Key? {
    if case .key(let key) = nextEvent() { return key }
    return nil
  }

  /// Waits for the next key, a signal, or the end of the input — at most
  /// `waitingMilliseconds` when that is 0 or more. Waiting is done by `waitForInput`, never by
  /// a blocking read, so an input that fails or never blocks (a closed or non-blocking
  /// terminal) cannot make the loop spin.
  func nextEvent(waitingMilliseconds: Int32 = -1) -> Event {
    var code = input.read(waitingMilliseconds: 0)
    if code == ERR {
      switch input.waitForInput(timeout: waitingMilliseconds) {
      case .timedOut:
        return .timedOut
      case .gone:
        return .inputGone
      case .interrupted:
        // A resize shows as KEY_RESIZE once curses is asked again.
        code = input.read(waitingMilliseconds: 0)
        if code == ERR { return .interrupted }
      case .ready:
        code = input.read(waitingMilliseconds: 0)
        // Readable but nothing read: end of file or a read error, unless a signal raced.
        if code == ERR {
          if input.isGone() { return .inputGone }
          code = input.read(waitingMilliseconds: 0)
          if code == ERR { return .inputGone }
        }
      }
    }
    return .key(key(for: code))
  }

  /// The key that starts with `code` (reading the rest of its bytes).
  private func key(for code: Int32) -> Key {
    if code >= KEY_MIN {
      if code == KEY_MOUSE { return mouseKey() }
      return KeyDecoder.key(forKeyCode: code)
    }
    switch code {
    case 27: return afterEscape()
    case 0..<0x80: return KeyDecoder.key(forCharacter: UInt32(code))
    default: return utf8Character(startingWith: UInt8(truncatingIfNeeded: code))
    }
  }

  /// Decodes a UTF-8 character from its first byte and the continuation bytes that follow; an
  /// invalid or cut-short sequence is `.unknown`, and a byte that cannot continue it is read
  /// again as the next key.
  private func utf8Character(startingWith lead: UInt8) -> Key {
    let length: Int
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return .unknown
    }
    var bytes = [lead]
    while bytes.count < length {
      let next = input.read(waitingMilliseconds: followUpMilliseconds)
      guard next != ERR else { return .unknown }
      guard (0x80...0xBF).contains(next) else {
        input.unread(next)
        return .unknown
      }
      bytes.append(UInt8(next))
    }
    guard let text = String(validating: bytes, as: UTF8.self),
      let scalar = text.unicodeScalars.first
    else { return .unknown }
    return KeyDecoder.key(forCharacter: scalar.value)
  }

  /// A lone Esc is `.escape`. Esc followed at once by `[` or `O` is a sequence curses did not
  /// recognise (its terminfo lacks it): swallow it whole so its tail does not read as keys.
  private func afterEscape() -> Key {
    let next = input.read(waitingMilliseconds: 0)
    switch next {
    case ERR:
      return .escape
    case 0x5B:  // "[": CSI parameters and intermediates, then one final byte 0x40...0x7E.
      for _ in 0..<32 {
        let byte = input.read(waitingMilliseconds: followUpMilliseconds)
        if byte == ERR || (0x40...0x7E).contains(byte) { break }
      }
      return .unknown
    case 0x4F:  // "O": SS3 and one more character.
      _ = input.read(waitingMilliseconds: followUpMilliseconds)
      return .unknown
    default:
      // Esc then an ordinary key (Alt-key, or a fast typist): report Esc, keep the key.
      input.unread(next)
      return .escape
    }
  }

  private func mouseKey() -> Key {
    guard let event = input.mouseEvent() else { return .unknown }
    return KeyDecoder.key(forMouse: event.mask, row: event.row, column: event.column)
  }
}
