import PDFText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Why pages could not be loaded; `description` is the one line `dubao` prints after `dubao: `.
public struct PageLoadingError: Error, CustomStringConvertible, Sendable, Equatable {
  /// One line saying what went wrong and where.
  public let description: String
  /// The file or folder it is about, as shown; nil for errors about no one file (an unknown
  /// encoding, `-` given twice), which stop the whole run.
  public let source: String?

  /// Creates an error with its message.
  public init(_ description: String) {
    self.description = description
    source = nil
  }

  /// An error about one file or folder: `source: reason`.
  public init(source: String, reason: String) {
    description = "\(source): \(reason)"
    self.source = source
  }

  /// Errors are equal when they say the same.
  public static func == (left: Self, right: Self) -> Bool { left.description == right.description }
}

/// The pages that could be read, and the files that could not.
public struct PageLoadResult: Sendable, Equatable {
  /// The pages, in the order of the paths (a folder's in name order).
  public var pages: [Page]
  /// One error per file or folder that gave no page, in the same order.
  public var failures: [PageLoadingError]
}

/// Reads page files, directories of them, or standard input, and parses them.
public enum PageLoader {
  /// Parses a page from raw bytes; `source` names it in messages and in the model. A text
  /// larger than `PagePartParser.wholeTextBytes` is read in parts, as the reader and the
  /// streamed outputs read it, so that every mode reads it alike.
  public static func page(from bytes: [UInt8], source: String, encoding: String? = nil)
    throws(PageLoadingError) -> Page
  {
    try text(from: bytes, source: source, encoding: encoding).page()
  }

  /// A page text decoded and checked, not yet parsed; `source` names it in messages. Valid
  /// UTF-8 is decoded within `bytes` (no second copy of a large text).
  public static func text(from bytes: consuming [UInt8], source: String, encoding: String? = nil)
    throws(PageLoadingError) -> PageText
  {
    let source = shownName(source)
    var bytes = bytes
    var decoded: (utf8: [UInt8], encoding: String, invalid: Int, removed: Int)
    do {
      if let done = try PageDecoder.decodeInPlace(&bytes, encoding: encoding) {
        decoded = (bytes, done.encoding, 0, done.removedControls)
      } else {
        let text = try PageDecoder.decode(bytes, encoding: encoding)
        bytes = []
        decoded = (
          Array(text.text.utf8), text.encoding, text.invalidSequences, text.removedControls
        )
      }
    } catch {
      switch error {
      case .notText: throw PageLoadingError(source: source, reason: "not a text file")
      case .unknownEncoding(let name):
        throw PageLoadingError("unknown encoding '\(shownName(name))'")
      }
    }
    bytes = []
    var warnings: [String] = []
    if decoded.invalid > 0 {
      warnings.append("\(decoded.invalid) invalid byte sequence(s) replaced by U+FFFD")
    }
    if decoded.removed > 0 {
      warnings.append("\(decoded.removed) control character(s) removed")
    }
    if let share = MojibakeCheck.unusualShare(ofUTF8: decoded.utf8),
      share > MojibakeCheck.maxUnusualShare
    {
      warnings.append(
        "the text looks garbled as \(decoded.encoding) (\(Int(share * 100))% unusual characters);"
          + " if it is in another encoding, name it with --encoding (e.g. BIG5, SHIFT_JIS,"
          + " UTF-16LE)")
    }
    return PageText(
      source: source, encoding: decoded.encoding, utf8: decoded.utf8, warnings: warnings)
  }

  /// Whether the bytes are a PDF (`%PDF-`), whatever the file is called.
  public static func isPDF(_ bytes: [UInt8]) -> Bool { PDFTextReader.looksLikePDF(bytes) }

  /// The pages in raw bytes: those of a PDF (sniffed by `%PDF-`, one per PDF page), else
  /// the one page of a text.
  public static func pages(from bytes: [UInt8], source: String, encoding: String? = nil)
    throws(PageLoadingError) -> [Page]
  {
    if PDFTextReader.looksLikePDF(bytes) {
      return try PDFPageLoader.pages(from: bytes, source: shownName(source))
    }
    return [try page(from: bytes, source: source, encoding: encoding)]
  }

  /// The pages named by `paths`: files, `-` for standard input, or directories (their text
  /// files in name order). An empty list reads nothing. The first file that cannot be read
  /// fails the whole call; `load` keeps going instead.
  public static func pages(at paths: [String], encoding: String? = nil) throws(PageLoadingError)
    -> [Page]
  {
    let result = try load(paths.map(PagePath.init), encoding: encoding)
    if let failure = result.failures.first { throw failure }
    return result.pages
  }

  /// The pages named by `paths` (as `pages(at:)`), reading every one that can be read: a file
  /// that cannot (missing, not text, a FIFO with no writer …) is a failure beside the pages,
  /// not the end of the issue. Only errors about no one file (an unknown encoding, `-` twice)
  /// are thrown.
  public static func load(_ paths: [PagePath], encoding: String? = nil) throws(PageLoadingError)
    -> PageLoadResult
  {
    if paths.count(where: \.isStandardInput) > 1 {
      throw PageLoadingError("standard input ('-') can be read only once")
    }
    var result = PageLoadResult(pages: [], failures: [])
    /// Reads one page into the result; rethrows only errors about no one file.
    func add(_ path: PagePath, reading: () throws(PageLoadingError) -> [UInt8])
      throws(PageLoadingError)
    {
      do {
        result.pages += try pages(from: try reading(), source: path.shown, encoding: encoding)
      } catch {
        if error.source == nil { throw error }
        result.failures.append(error)
      }
    }
    for path in paths {
      if path.isStandardInput {
        try add(path) { () throws(PageLoadingError) in
          try PageFile.readAll(STDIN_FILENO, name: "-")
        }
        continue
      }
      let kind: PageFile.Kind
      do {
        kind = try PageFile.kind(of: path)
      } catch {
        result.failures.append(error)
        continue
      }
      guard kind == .directory else {
        try add(path) { () throws(PageLoadingError) in try PageFile.contents(of: path) }
        continue
      }
      let files: [PagePath]
      do {
        files = try pageFiles(in: path)
      } catch {
        result.failures.append(error)
        continue
      }
      for file in files {
        try add(file) { () throws(PageLoadingError) in try PageFile.contents(of: file) }
      }
    }
    return result
  }

  /// A folder's page files: its `.txt` and `.pdf` entries not starting with `.`, in natural
  /// order (`2.txt` before `10.txt`, `第2版` before `第10版`). Other kinds of entry (a FIFO
  /// named `x.txt` would block the read, a folder named `x.txt` is no page) are left out; an
  /// entry that cannot be looked at (a dangling link, a loop) is kept, so that reading it
  /// reports why.
  static func pageFiles(in folder: PagePath) throws(PageLoadingError) -> [PagePath] {
    let suffixes = [Array(".txt".utf8), Array(".pdf".utf8)]
    let names = try PageFile.names(in: folder).filter { name in
      name.first != 0x2E
        && suffixes.contains { suffix in
          name.count > suffix.count
            && zip(name.suffix(suffix.count), suffix).allSatisfy { $0 | 0x20 == $1 }
        }
    }
    // In order of the names as shown (bytes that are not UTF-8 as U+FFFD).
    let sorted = NaturalOrder.sorted(names) { String(decoding: $0, as: UTF8.self) }
    let files = sorted.map(folder.appending).filter { file in
      if case .success(false) = PageFile.isRegularFile(file) { return false }
      return true
    }
    if files.isEmpty {
      throw PageLoadingError(
        source: folder.shown, reason: "no .txt or .pdf page files in directory")
    }
    return files
  }

  /// A file or encoding name as messages and the model show it (`TerminalSafeText.line`): a
  /// hostile file name can neither drive the terminal, reorder the line, nor break it in two.
  static func shownName(_ name: String) -> String { TerminalSafeText.line(name) }

  /// The most bytes read from one file or from standard input. A page is kilobytes; the
  /// limit keeps `/dev/zero` or a runaway pipe from eating all memory.
  public static let maxPageBytes = 256 << 20
}
