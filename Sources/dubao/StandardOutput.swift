import Terminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Standard output for `--json`, `--outline`, `--dump` and `--help`: a write that fails is an
/// error (exit 1 and one line on standard error), a reader that went away (EPIPE) ends dubao
/// quietly, the way SIGPIPE ends other programs.
enum StandardOutput {
  /// Whether descriptor 1 was closed when dubao started (it now points to /dev/null).
  private static let wasClosed: Bool = {
    var outputClosed = false
    // A closed 0, 1 or 2 is opened on /dev/null, so that no file dubao opens later takes its
    // number (messages would go into a page file, or a page be read from the wrong place).
    for descriptor in Int32(0)...2 where fcntl(descriptor, F_GETFD) == -1 {
      if descriptor == STDOUT_FILENO { outputClosed = true }
      let null = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
      if null >= 0 && null != descriptor {
        _ = dup2(null, descriptor)
        _ = close(null)
      }
    }
    return outputClosed
  }()

  /// Checks the standard descriptors; call before opening any file.
  static func prepare() { _ = wasClosed }

  /// Writes `text`, or ends dubao: quietly on EPIPE, with a message and status 1 otherwise.
  static func write(_ text: String) {
    var text = text
    text.withUTF8 { write(bytes: $0) }
  }

  /// Writes `bytes`, or ends dubao, as `write(_:)`.
  static func write(bytes: UnsafeBufferPointer<UInt8>) {
    let error = wasClosed ? EBADF : ErrorOutput.writeAll(bytes, to: STDOUT_FILENO)
    if error == 0 { return }
    if error == EPIPE {
      signal(SIGPIPE, SIG_DFL)
      raise(SIGPIPE)
      exit(128 + SIGPIPE)
    }
    fail("cannot write standard output: \(String(cString: strerror(error)))")
  }
}
