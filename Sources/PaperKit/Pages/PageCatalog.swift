import Foundation

/// The pages named on the command line, listed but not yet read: files (a directory's text
/// files in natural order), or standard input read at once. The reader parses only the page it
/// shows before its first frame and the others on demand or in the background.
public struct PageCatalog: Sendable {
  /// Where one page comes from.
  public enum Entry: Sendable, Equatable {
    /// A page file, read when the page is wanted.
    case file(String)
    /// Bytes already read (standard input), with the name they go by.
    case bytes([UInt8], source: String)

    /// The name the page goes by before it is read: its path or `-`.
    public var source: String {
      switch self {
      case .file(let path): PageLoader.shownName(path)
      case .bytes(_, let source): source
      }
    }
  }

  /// The pages, in order.
  public let entries: [Entry]
  /// The encoding named with `--encoding`, if any.
  public let encoding: String?

  /// A catalog of `entries`.
  public init(entries: [Entry], encoding: String? = nil) {
    self.entries = entries
    self.encoding = encoding
  }

  /// The pages named by `paths` (as `PageLoader.pages(at:)` takes them), listed without
  /// reading any file; standard input is read here, since it can be read only once.
  public static func listing(_ paths: [String], encoding: String? = nil)
    throws(PageLoadingError) -> PageCatalog
  {
    if paths.count(where: { $0 == "-" }) > 1 {
      throw PageLoadingError("standard input ('-') can be read only once")
    }
    var entries: [Entry] = []
    for path in paths {
      if path == "-" {
        let bytes = try PageLoader.readAll(FileHandle.standardInput, name: "-")
        entries.append(.bytes(bytes, source: "-"))
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw PageLoadingError("\(PageLoader.shownName(path)): no such file or directory")
      }
      guard isDirectory.boolValue else {
        entries.append(.file(path))
        continue
      }
      let files = try pageFiles(in: path)
      if files.isEmpty {
        throw PageLoadingError(
          "\(PageLoader.shownName(path)): no .txt page files in directory")
      }
      entries += files.map(Entry.file)
    }
    return PageCatalog(entries: entries, encoding: encoding)
  }

  /// The text files of directory `path`, in natural order (`2.txt` before `10.txt`): regular
  /// files (or links to them) named `*.txt`, not hidden.
  public static func pageFiles(in path: String) throws(PageLoadingError) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw PageLoadingError("\(PageLoader.shownName(path)): cannot read directory")
    }
    return NaturalOrder.sorted(
      names.filter { !$0.hasPrefix(".") && $0.lowercased().hasSuffix(".txt") }
    )
    .map { (path as NSString).appendingPathComponent($0) }
    .filter(isRegularFile)
  }

  /// How many pages there are.
  public var count: Int { entries.count }

  /// Page `number` read and parsed, or why it cannot be.
  public func load(_ number: Int) throws(PageLoadingError) -> Page {
    switch entries[number] {
    case .file(let path):
      return try PageLoader.page(from: try PageLoader.read(path), source: path, encoding: encoding)
    case .bytes(let bytes, let source):
      return try PageLoader.page(from: bytes, source: source, encoding: encoding)
    }
  }

  /// Page `number` read and parsed; a page that cannot be read is an empty page whose
  /// warning says why (a folder keeps its other pages).
  public func page(_ number: Int) -> Page {
    do {
      return try load(number)
    } catch {
      return Page(source: entries[number].source, encoding: "", warnings: [error.description])
    }
  }

  /// The size of page `number`'s text in bytes (0 when a file cannot be looked at).
  public func byteCount(_ number: Int) -> Int {
    switch entries[number] {
    case .bytes(let bytes, _): return bytes.count
    case .file(let path):
      var info = stat()
      return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
  }

  /// Page `number` as it stands before it is read: its name and no articles.
  public func placeholder(_ number: Int) -> Page {
    Page(source: entries[number].source, encoding: "")
  }

  /// Whether `path` is a regular file, following symbolic links.
  private static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }
}
