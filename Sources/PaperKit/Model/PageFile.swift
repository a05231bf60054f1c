#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Page files read with plain POSIX calls on the path's bytes, so that any file name opens,
/// nothing blocks on a FIFO, and every failure says what the system said (`errno`).
enum PageFile {
  /// What a path names, following symbolic links.
  enum Kind: Equatable {
    /// A regular file, a FIFO, a device: something to read.
    case readable
    /// A directory.
    case directory
  }

  /// What `path` is, or why it cannot be looked at ("no such file or directory", "too many
  /// levels of symbolic links").
  static func kind(of path: PagePath) throws(PageLoadingError) -> Kind {
    var info = stat()
    guard path.withCString({ stat($0, &info) }) == 0 else { throw failure(path, errno) }
    return info.st_mode & S_IFMT == S_IFDIR ? .directory : .readable
  }

  /// Whether `path` is a regular file (links followed), or the error that `stat` gave.
  static func isRegularFile(_ path: PagePath) -> Result<Bool, PageLoadingError> {
    var info = stat()
    guard path.withCString({ stat($0, &info) }) == 0 else { return .failure(failure(path, errno)) }
    return .success(info.st_mode & S_IFMT == S_IFREG)
  }

  /// The names in a directory, in byte order, as bytes.
  static func names(in folder: PagePath) throws(PageLoadingError) -> [[UInt8]] {
    guard let stream = folder.withCString({ opendir($0) }) else { throw failure(folder, errno) }
    defer { closedir(stream) }
    var names: [[UInt8]] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        Array(raw.prefix { $0 != 0 })
      }
      if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
    }
    return names.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// The first `count` bytes (or fewer) of the regular file at `path`.
  static func head(of path: PagePath, count: Int) throws(PageLoadingError) -> [UInt8] {
    let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
    guard descriptor >= 0 else { throw failure(path, errno) }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: count)
    let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, count) }
    guard got >= 0 else { throw failure(path, errno) }
    return Array(bytes.prefix(got))
  }

  /// The bytes of the file at `path`. It is opened without blocking (a FIFO with no writer
  /// would block `open` forever), then read to its end like standard input, so that a pipe
  /// (`dubao <(command)`) is read as a stream.
  static func contents(of path: PagePath) throws(PageLoadingError) -> [UInt8] {
    let descriptor = path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
    guard descriptor >= 0 else { throw failure(path, errno) }
    defer { close(descriptor) }
    var info = stat()
    let isFIFO = fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO
    let flags = fcntl(descriptor, F_GETFL)
    if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
    let bytes = try readAll(descriptor, name: path.shown)
    if isFIFO && bytes.isEmpty {
      throw PageLoadingError(source: path.shown, reason: "a FIFO with no writer (nothing to read)")
    }
    return bytes
  }

  /// Everything `descriptor` gives until its end, up to `PageLoader.maxPageBytes`, after
  /// `prefix` (read from it before); with `stoppingAfter`, as soon as more than that many
  /// bytes are in (so a result of no more than `stoppingAfter` bytes is the whole input).
  static func readAll(
    _ descriptor: Int32, name: String, after prefix: [UInt8] = [], stoppingAfter: Int = .max
  ) throws(PageLoadingError) -> [UInt8] {
    var bytes = prefix
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return bytes }
      if count < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN {
          // A non-blocking standard input: wait for it rather than spin.
          var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
          _ = poll(&entry, 1, -1)
          continue
        }
        throw PageLoadingError(source: name, reason: message(for: errno))
      }
      if bytes.count + count > PageLoader.maxPageBytes {
        throw PageLoadingError(
          source: name, reason: "over \(PageLoader.maxPageBytes >> 20) MB, too large for a page")
      }
      bytes += chunk[0..<count]
      if bytes.count > stoppingAfter { return bytes }
    }
  }

  /// The error for `path` and `code`.
  static func failure(_ path: PagePath, _ code: Int32) -> PageLoadingError {
    PageLoadingError(source: path.shown, reason: message(for: code))
  }

  /// What `errno` `code` means, as a message continues it: "no such file or directory".
  static func message(for code: Int32) -> String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}
