import Foundation
import PaperKit

/// Asks the terminal how wide it draws an ambiguous character, as vim does for
/// `ambiwidth`: print “ at the start of a line, ask the cursor position (`ESC [ 6 n`), read
/// the report with a short timeout, erase the line.
public enum AmbiguousWidthProbe {
  /// What is written: carriage return, an ambiguous character, the position request.
  static let request = Array("\r\u{201C}\u{1B}[6n".utf8)
  /// What erases the probe's character afterwards.
  static let erase = Array("\r\u{1B}[K".utf8)

  /// The column of a cursor position report (`ESC [ row ; column R`) in `bytes`, which may
  /// hold other bytes (keys typed meanwhile) around it; nil when there is none.
  public static func column(inReport bytes: [UInt8]) -> Int? {
    var index = bytes.startIndex
    while let escape = bytes[index...].firstIndex(of: 0x1B) {
      index = escape + 1
      var cursor = escape + 1
      guard cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "[") else { continue }
      cursor += 1
      func number() -> Int? {
        var value = 0
        var digits = 0
        while cursor < bytes.endIndex, (0x30...0x39).contains(bytes[cursor]), digits < 6 {
          value = value * 10 + Int(bytes[cursor] - 0x30)
          digits += 1
          cursor += 1
        }
        return digits > 0 ? value : nil
      }
      guard number() != nil, cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: ";") else {
        continue
      }
      cursor += 1
      guard let column = number(), cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "R")
      else { continue }
      return column
    }
    return nil
  }

  /// The width a report's column means after one ambiguous character from column 1: column 2
  /// narrow, 3 wide, anything else no answer.
  public static func width(afterColumn column: Int) -> AmbiguousWidth? {
    switch column {
    case 2: .narrow
    case 3: .wide
    default: nil
    }
  }

  /// Probes the controlling terminal; nil when it cannot be opened or does not answer within
  /// `timeout` milliseconds (the caller then takes narrow).
  public static func probe(timeout: Int32 = 200) -> AmbiguousWidth? {
    let fd = open("/dev/tty", O_RDWR | O_NOCTTY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var saved = termios()
    guard tcgetattr(fd, &saved) == 0 else { return nil }
    var raw = saved
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
    guard tcsetattr(fd, TCSANOW, &raw) == 0 else { return nil }
    defer { _ = tcsetattr(fd, TCSANOW, &saved) }
    guard write(fd, request, request.count) == request.count else { return nil }
    defer { _ = write(fd, erase, erase.count) }
    var answer: [UInt8] = []
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout) * 1_000_000
    while answer.count < 256 {
      let now = DispatchTime.now().uptimeNanoseconds
      guard now < deadline else { break }
      var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      let wait = Int32((deadline - now) / 1_000_000) + 1
      guard poll(&poller, 1, wait) > 0 else { break }
      var buffer = [UInt8](repeating: 0, count: 64)
      let count = read(fd, &buffer, buffer.count)
      guard count > 0 else { break }
      answer += buffer[0..<count]
      if let column = column(inReport: answer) { return width(afterColumn: column) }
    }
    return nil
  }
}
