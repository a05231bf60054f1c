import PaperKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Standard error written with plain `write(2)`: Foundation's `FileHandle.write` traps when
/// the descriptor is closed or full (`2>&-`, `2>/dev/full`), and a message that cannot be
/// shown must never end the program.
public enum ErrorOutput {
  /// Writes `line` and a newline to standard error, made safe first (`TerminalSafeText.line`);
  /// failures are ignored, since there is nowhere left to report them.
  public static func writeLine(_ line: String) {
    var bytes = Array(TerminalSafeText.line(line).utf8)
    bytes.append(0x0A)
    _ = writeAll(bytes, to: STDERR_FILENO)
  }

  /// Writes every byte of `bytes` to `descriptor`, retrying after signals; 0 on success,
  /// otherwise the `errno` of the failed write.
  public static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Int32 {
    let result: Int32? = bytes.withContiguousStorageIfAvailable { buffer in
      writeAll(UnsafeRawBufferPointer(buffer), to: descriptor)
    }
    return result ?? writeAll(Array(bytes), to: descriptor)
  }

  private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
    var offset = 0
    while offset < buffer.count {
      let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return 0
  }
}
