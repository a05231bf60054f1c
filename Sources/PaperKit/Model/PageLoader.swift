import Foundation

/// Why pages could not be loaded; `description` is the one line `dubao` prints after `dubao: `.
public struct PageLoadingError: Error, CustomStringConvertible, Sendable, Equatable {
  /// One line saying what went wrong and where.
  public let description: String

  /// Creates an error with its message.
  public init(_ description: String) { self.description = description }
}

/// Reads page files, directories of them, or standard input, and parses them.
public enum PageLoader {
  /// Parses a page from raw bytes; `source` names it in messages and in the model.
  public static func page(from bytes: [UInt8], source: String, encoding: String? = nil)
    throws(PageLoadingError) -> Page
  {
    let source = shownName(source)
    let decoded: DecodedText
    do {
      decoded = try PageDecoder.decode(bytes, encoding: encoding)
    } catch {
      switch error {
      case .notText: throw PageLoadingError("\(source): not a text file")
      case .unknownEncoding(let name):
        throw PageLoadingError("unknown encoding '\(shownName(name))'")
      }
    }
    var page = PageParser.parse(decoded.text, source: source, encoding: decoded.encoding)
    var warnings: [String] = []
    if decoded.invalidSequences > 0 {
      warnings.append(
        "\(decoded.invalidSequences) invalid byte sequence(s) replaced by U+FFFD")
    }
    if decoded.removedControls > 0 {
      warnings.append("\(decoded.removedControls) control character(s) removed")
    }
    if page.articles.isEmpty { warnings.append("no articles found") }
    page.warnings = warnings + page.warnings
    return page
  }

  /// The pages named by `paths`: files, `-` for standard input, or directories (their text
  /// files in name order). An empty list reads nothing.
  public static func pages(at paths: [String], encoding: String? = nil) throws(PageLoadingError)
    -> [Page]
  {
    if paths.count { $0 == "-" } > 1 {
      throw PageLoadingError("standard input ('-') can be read only once")
    }
    var pages: [Page] = []
    for path in paths {
      if path == "-" {
        let bytes = try readAll(FileHandle.standardInput, name: "-")
        pages.append(try page(from: bytes, source: "-", encoding: encoding))
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw PageLoadingError("\(shownName(path)): no such file or directory")
      }
      if isDirectory.boolValue {
        let names: [String]
        do {
          names = try FileManager.default.contentsOfDirectory(atPath: path)
            .sorted(by: NaturalOrder.areInIncreasingOrder)
        } catch {
          throw PageLoadingError("\(shownName(path)): cannot read directory")
        }
        // Only regular files (or links to them): a FIFO named `x.txt` would block the read
        // forever, a directory named `x.txt` would fail the whole issue.
        let files = names.filter { !$0.hasPrefix(".") && $0.lowercased().hasSuffix(".txt") }
          .map { (path as NSString).appendingPathComponent($0) }.filter(isRegularFile)
        if files.isEmpty {
          throw PageLoadingError("\(shownName(path)): no .txt page files in directory")
        }
        for file in files {
          pages.append(try page(from: try read(file), source: file, encoding: encoding))
        }
      } else {
        pages.append(try page(from: try read(path), source: path, encoding: encoding))
      }
    }
    return pages
  }

  /// A file or encoding name as messages and the model show it: control characters (ESC, CR,
  /// LF, C1 …) become U+FFFD, so a hostile file name can neither drive the terminal nor break
  /// a one-line message.
  static func shownName(_ name: String) -> String {
    func isControl(_ scalar: Unicode.Scalar) -> Bool {
      scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
    guard name.unicodeScalars.contains(where: isControl) else { return name }
    return String(
      String.UnicodeScalarView(name.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
  }

  /// Whether `path` is a regular file, following symbolic links.
  private static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }

  /// The most bytes read from one file or from standard input. A page is kilobytes; the
  /// limit keeps `/dev/zero` or a runaway pipe from eating all memory.
  public static let maxPageBytes = 256 << 20

  static func read(_ path: String) throws(PageLoadingError) -> [UInt8] {
    guard FileManager.default.isReadableFile(atPath: path),
      let handle = FileHandle(forReadingAtPath: path)
    else {
      throw PageLoadingError("\(shownName(path)): permission denied or unreadable")
    }
    defer { try? handle.close() }
    return try readAll(handle, name: path)
  }

  /// Everything `handle` gives, read in chunks up to `maxPageBytes`.
  static func readAll(_ handle: FileHandle, name: String) throws(PageLoadingError)
    -> [UInt8]
  {
    var bytes: [UInt8] = []
    while true {
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: 1 << 20)
      } catch {
        throw PageLoadingError("\(shownName(name)): read error")
      }
      guard let chunk, !chunk.isEmpty else { return bytes }
      if bytes.count + chunk.count > maxPageBytes {
        throw PageLoadingError(
          "\(shownName(name)): over \(maxPageBytes >> 20) MB, too large for a page")
      }
      bytes += chunk
    }
  }
}
