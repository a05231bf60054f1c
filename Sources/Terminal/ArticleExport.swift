import CNcursesw
import Foundation
import ReaderKit

/// Carries out what the reader asks of the outside world: copy, save, pipe.
enum ArticleExport {
  /// Writes `bytes` to the terminal, after curses' own output.
  static func emit(_ bytes: [UInt8]) {
    fflush(dubao_stdout())
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        write(STDOUT_FILENO, $0.baseAddress, $0.count)
      }
      if written <= 0 { if errno == EINTR { continue } else { return } }
      offset += written
    }
  }

  /// Writes `text` to `path` (relative to the working directory); refuses to replace an
  /// existing file unless `overwrite`.
  static func save(_ text: String, to path: String, overwrite: Bool) -> SaveOutcome {
    let flags = O_WRONLY | O_CREAT | (overwrite ? O_TRUNC : O_EXCL)
    let fd = open(path, flags, 0o644)
    if fd < 0 {
      return errno == EEXIST ? .exists : .failed(String(cString: strerror(errno)))
    }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return .failed(String(cString: strerror(errno)))
      }
      offset += written
    }
    return .saved
  }

  /// Runs `command` with `/bin/sh -c`, `text` on its standard input and the terminal as its
  /// output; returns its exit status, or why it could not run.
  static func pipe(_ text: String, to command: String) -> (status: Int32?, error: String?) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let input = Pipe()
    process.standardInput = input
    do {
      try process.run()
    } catch {
      return (nil, "\(error.localizedDescription)")
    }
    // A command that does not read its input must not make us die of SIGPIPE.
    let previous = signal(SIGPIPE, SIG_IGN)
    try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    signal(SIGPIPE, previous)
    return (process.terminationStatus, nil)
  }
}
