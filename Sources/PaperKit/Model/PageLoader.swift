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
    let decoded: DecodedText
    do {
      decoded = try PageDecoder.decode(bytes, encoding: encoding)
    } catch {
      switch error {
      case .notText: throw PageLoadingError("\(source): not a text file")
      case .unknownEncoding(let name): throw PageLoadingError("unknown encoding '\(name)'")
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
    var pages: [Page] = []
    for path in paths {
      if path == "-" {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        pages.append(try page(from: Array(data), source: "-", encoding: encoding))
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw PageLoadingError("\(path): no such file or directory")
      }
      if isDirectory.boolValue {
        let names: [String]
        do {
          names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
          throw PageLoadingError("\(path): cannot read directory")
        }
        let files = names.filter { !$0.hasPrefix(".") && $0.lowercased().hasSuffix(".txt") }
        if files.isEmpty { throw PageLoadingError("\(path): no .txt page files in directory") }
        for name in files {
          let file = (path as NSString).appendingPathComponent(name)
          pages.append(try page(from: try read(file), source: file, encoding: encoding))
        }
      } else {
        pages.append(try page(from: try read(path), source: path, encoding: encoding))
      }
    }
    return pages
  }

  private static func read(_ path: String) throws(PageLoadingError) -> [UInt8] {
    guard FileManager.default.isReadableFile(atPath: path),
      let data = FileManager.default.contents(atPath: path)
    else {
      throw PageLoadingError("\(path): permission denied or unreadable")
    }
    return Array(data)
  }
}
