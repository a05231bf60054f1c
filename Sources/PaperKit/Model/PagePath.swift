/// A path as the operating system has it: bytes, which need not be UTF-8 (a GBK-encoded
/// `第01版.txt` from a Chinese source), and the name messages and the model show for it.
public struct PagePath: Sendable, Equatable {
  /// The path's bytes, without a terminating NUL.
  public var bytes: [UInt8]

  /// A path from its bytes.
  public init(bytes: [UInt8]) { self.bytes = bytes }

  /// A path from a string (its UTF-8 bytes).
  public init(_ path: String) { bytes = Array(path.utf8) }

  /// The name shown for the path: invalid UTF-8 as U+FFFD, control and bidi characters as
  /// U+FFFD (`TerminalSafeText.line`).
  public var shown: String { TerminalSafeText.line(String(decoding: bytes, as: UTF8.self)) }

  /// Whether this is `-`, standard input.
  public var isStandardInput: Bool { bytes == [0x2D] }

  /// `name` inside this folder (one `/` between them).
  public func appending(_ name: [UInt8]) -> PagePath {
    var folder = bytes
    while folder.count > 1 && folder.last == 0x2F { folder.removeLast() }
    if folder.last != 0x2F { folder.append(0x2F) }
    return PagePath(bytes: folder + name)
  }

  /// Calls `body` with the path as a NUL-terminated C string.
  func withCString<Result>(_ body: (UnsafePointer<CChar>) -> Result) -> Result {
    (bytes + [0]).withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
    }
  }
}
