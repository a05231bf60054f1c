#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The pages named on the command line, listed but not yet parsed: files (a folder's page
/// files in natural order), or bytes already read (standard input, a file named alone). The
/// reader parses only the page it shows before its first frame and the others on demand or in
/// the background. PDFs are read when listed: one file may hold several pages.
public struct PageCatalog: Sendable {
  /// Where one page comes from.
  public enum Entry: Sendable, Equatable {
    /// A page file, read when the page is wanted.
    case file(PagePath)
    /// Bytes already read (standard input, a file named alone), with the name they go by.
    case bytes([UInt8], source: String)
    /// A page already parsed (a PDF's pages).
    case parsed(Page)
    /// Standard input, of which only its first bytes (a text's, over
    /// `PagePartParser.wholeTextBytes`) have been read: the rest is read when it is wanted,
    /// once, so that the reader shows its first frame before a large pipe is drained.
    case standardInput(firstBytes: [UInt8])

    /// True when the page's bytes were read when it was listed (standard input, a pipe, a
    /// small file named alone, a PDF's pages).
    public var wasRead: Bool {
      switch self {
      case .bytes, .parsed: true
      case .file, .standardInput: false
      }
    }

    /// The name the page goes by before it is read.
    public var source: String {
      switch self {
      case .file(let path): path.shown
      case .bytes(_, let source): source
      case .parsed(let page): page.source
      case .standardInput: "-"
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

  /// The pages named by `paths` (as `PageLoader.load` takes them), listed without parsing a
  /// text; with the files that could not be listed or read, each its own failure (as
  /// `PageLoader.load` skips them). Only errors about no one file are thrown.
  /// With `deferringStandardInput`, standard input holding more than
  /// `PagePartParser.wholeTextBytes` of text is read only that far (`Entry.standardInput`).
  public static func listing(
    _ paths: [PagePath], encoding: String? = nil, deferringStandardInput: Bool = false
  ) throws(PageLoadingError) -> (catalog: PageCatalog, failures: [PageLoadingError]) {
    if paths.count(where: \.isStandardInput) > 1 {
      throw PageLoadingError("standard input ('-') can be read only once")
    }
    var entries: [Entry] = []
    var failures: [PageLoadingError] = []
    /// Lists one page file whose bytes are at hand: a PDF's pages at once, a text for later.
    func add(bytes: [UInt8], source: String) throws(PageLoadingError) {
      if PageLoader.isPDF(bytes) {
        entries += try PageLoader.pages(from: bytes, source: source).map(Entry.parsed)
      } else {
        entries.append(.bytes(bytes, source: source))
      }
    }
    for path in paths {
      do {
        if path.isStandardInput {
          let limit = deferringStandardInput ? PagePartParser.wholeTextBytes : .max
          let bytes = try PageFile.readAll(STDIN_FILENO, name: "-", stoppingAfter: limit)
          if bytes.count > limit, !PageLoader.isPDF(bytes) {
            entries.append(.standardInput(firstBytes: bytes))
          } else {
            let rest =
              bytes.count > limit
              ? try PageFile.readAll(STDIN_FILENO, name: "-", after: bytes) : bytes
            try add(bytes: rest, source: "-")
          }
          continue
        }
        guard try PageFile.kind(of: path) == .directory else {
          // A large text file is read when its page is wanted (and only then held); a
          // pipe or device, which can be read once, and a small file are read now.
          if case .success(true) = PageFile.isRegularFile(path),
            Self.size(of: path) > PagePartParser.wholeTextBytes,
            !PageLoader.isPDF(try PageFile.head(of: path, count: 1024))
          {
            entries.append(.file(path))
          } else {
            try add(bytes: try PageFile.contents(of: path), source: path.shown)
          }
          continue
        }
        for file in try PageLoader.pageFiles(in: path) {
          if file.bytes.suffix(4).map({ $0 | 0x20 }) == Array(".pdf".utf8) {
            try add(bytes: try PageFile.contents(of: file), source: file.shown)
          } else {
            entries.append(.file(file))
          }
        }
      } catch {
        if error.source == nil { throw error }
        failures.append(error)
      }
    }
    return (PageCatalog(entries: entries, encoding: encoding), failures)
  }

  /// How many pages there are.
  public var count: Int { entries.count }

  /// Page `number` read and parsed, or why it cannot be.
  public func load(_ number: Int) throws(PageLoadingError) -> Page {
    switch entries[number] {
    case .file(let path):
      let pages = try PageLoader.pages(
        from: try PageFile.contents(of: path), source: path.shown, encoding: encoding)
      // A file named `.txt` that holds a PDF: its first page (the folder listed it as one).
      return pages.first ?? Page(source: path.shown, encoding: "")
    case .bytes(let bytes, let source):
      return try PageLoader.page(from: bytes, source: source, encoding: encoding)
    case .parsed(let page):
      return page
    case .standardInput(let first):
      return try PageLoader.page(from: try Self.rest(after: first), source: "-", encoding: encoding)
    }
  }

  /// Standard input read to its end after `first`.
  private static func rest(after first: [UInt8]) throws(PageLoadingError) -> [UInt8] {
    try PageFile.readAll(STDIN_FILENO, name: "-", after: first)
  }

  /// Page `number`'s text read and decoded but not parsed (to read a large text in parts);
  /// nil for a page parsed when listed (a PDF's).
  public func text(_ number: Int) throws(PageLoadingError) -> PageText? {
    switch entries[number] {
    case .file(let path):
      let bytes = try PageFile.contents(of: path)
      return PageLoader.isPDF(bytes)
        ? nil : try PageLoader.text(from: bytes, source: path.shown, encoding: encoding)
    case .bytes(let bytes, let source):
      return try PageLoader.text(from: bytes, source: source, encoding: encoding)
    case .parsed:
      return nil
    case .standardInput(let first):
      return try PageLoader.text(from: try Self.rest(after: first), source: "-", encoding: encoding)
    }
  }

  /// Page `number` read and parsed; a page that cannot be read is an empty page whose
  /// warning says why (a folder keeps its other pages).
  public func page(_ number: Int) -> Page {
    do {
      return try load(number)
    } catch {
      return unreadable(number, error)
    }
  }

  /// Page `number` as a page without articles whose warning says why it cannot be read.
  public func unreadable(_ number: Int, _ error: PageLoadingError) -> Page {
    Page(source: entries[number].source, encoding: "", warnings: [error.description])
  }

  /// The size of page `number`'s text in bytes (0 when a file cannot be looked at).
  public func byteCount(_ number: Int) -> Int {
    switch entries[number] {
    case .bytes(let bytes, _): return bytes.count
    case .parsed: return 0
    case .standardInput: return .max  // more than its first bytes: at least a large text
    case .file(let path): return Self.size(of: path)
    }
  }

  /// The size of the file at `path` in bytes (0 when it cannot be looked at).
  private static func size(of path: PagePath) -> Int {
    var info = stat()
    return path.withCString { stat($0, &info) } == 0 ? Int(info.st_size) : 0
  }

  /// Page `number` as it stands before it is read: its name and no articles.
  public func placeholder(_ number: Int) -> Page {
    if case .parsed(let page) = entries[number] { return page }
    return Page(source: entries[number].source, encoding: "")
  }
}
