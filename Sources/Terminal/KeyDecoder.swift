import CNcursesw
import ReaderKit

/// Turns the bytes and key codes `wgetch` returns (UTF-8 already decoded by `KeyReader`) into
/// `Key`s.
enum KeyDecoder {
  /// The key for a character: a byte below 0x80, or a scalar `KeyReader` decoded from UTF-8.
  static func key(forCharacter code: UInt32) -> Key {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26:
      return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
    case 0..<32, 0x80..<0xA0: return .unknown
    default:
      guard let scalar = Unicode.Scalar(code) else { return .unknown }
      return .character(Character(scalar))
    }
  }

  /// The key for a key code `wgetch` returned (at least `KEY_MIN`; mouse events excepted).
  static func key(forKeyCode code: Int32) -> Key {
    if let named = namedKeys[code] { return named }
    let f1 = dubao_key_f(1)
    if code >= f1, code < f1 + 12 { return .function(Int(code - f1) + 1) }
    return .unknown
  }

  /// Key codes with a `Key` of their own.
  static let namedKeys: [Int32: Key] = [
    KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
    KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_HOME: .home, KEY_END: .end,
    KEY_FIND: .home, KEY_SELECT: .end, KEY_A1: .home, KEY_C1: .end,
    KEY_A3: .pageUp, KEY_C3: .pageDown, KEY_ENTER: .enter, KEY_BACKSPACE: .backspace,
    KEY_DC: .delete, KEY_BTAB: .backTab, KEY_RESIZE: .resize,
  ]

  /// The key for a mouse event mask at a position: wheel up/down or a left click.
  static func key(forMouse mask: mmask_t, row: Int32, column: Int32) -> Key {
    let kind: MouseEvent.Kind
    if mask & dubao_wheel_up() != 0 {
      kind = .wheelUp
    } else if mask & dubao_wheel_down() != 0 {
      kind = .wheelDown
    } else if mask & (dubao_button1_pressed() | dubao_button1_clicked()) != 0 {
      kind = .click
    } else {
      return .unknown
    }
    return .mouse(MouseEvent(kind: kind, row: Int(row), column: Int(column)))
  }
}
