import Foundation
import PaperKit
import Settings

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// What `streamOneLargeText` did.
enum OneTextRun {
  /// It wrote the one large page.
  case written
  /// It read the pages named (one file or standard input), to be printed whole.
  case pages([Page])
  /// Not one large text: the pages are to be loaded as usual.
  case notOneText
}

extension Dubao {
  /// The pages named (or standard input) listed, unread; a file that cannot be read is one
  /// line on standard error and left out, and none at all fails (as `loadPages`).
  func listedCatalog(_ names: [PagePath], deferringStandardInput: Bool = false) -> PageCatalog {
    do {
      let listing = try PageCatalog.listing(
        names, encoding: encoding, deferringStandardInput: deferringStandardInput)
      if listing.catalog.count == 0 {
        for failure in listing.failures.dropLast() { printError("dubao: \(failure)") }
        if let last = listing.failures.last { fail(last.description) }
        fail("no pages to read")
      }
      for failure in listing.failures { printError("dubao: \(failure) (page skipped)") }
      return listing.catalog
    } catch {
      fail(error.description)
    }
  }

  /// `--json`, `--outline` or `--dump` of one page text over `PagePartParser.wholeTextBytes`
  /// (a file named alone, or standard input): written as its parts are read, so that the
  /// first articles come out at once and memory holds the text and one part. Says whether
  /// it wrote the page, else hands on the pages to print whole when it had to read them
  /// (standard input, a pipe: they can be read only once).
  func streamOneLargeText(settings: Settings) -> OneTextRun {
    let names = namedPaths
    guard names.count == 1 else { return .notOneText }
    let catalog = listedCatalog(names)
    guard catalog.count == 1, catalog.byteCount(0) > PagePartParser.wholeTextBytes else {
      // What was read (standard input, a pipe, a small file) is used, as it can be read only
      // once; a folder or a file's PDF pages are loaded as usual, by `loadPages`.
      guard catalog.count == 1 && catalog.entries[0].wasRead || names[0].isStandardInput else {
        return .notOneText
      }
      do {
        return .pages(
          try catalog.entries.indices.map { number throws(PageLoadingError) in
            try catalog.load(number)
          })
      } catch {
        fail(error.description)
      }
    }
    let text: PageText
    do {
      guard let read = try catalog.text(0) else { return .notOneText }
      text = read
    } catch {
      fail(error.description)
    }
    for warning in text.warnings { printError("dubao: \(text.source): warning: \(warning)") }
    let warnings: [String]
    if json {
      warnings = writeJSON(of: text)
    } else if outline {
      var writer = OutlineFormatter.Writer(pageCount: 1, language: language(settings))
      writer.startPage(source: text.source)
      warnings = text.readParts { part, _ in
        writer.add(part)
        StandardOutput.write(writer.take())
        return true
      }
    } else {
      let options = LayoutOptions(indentParagraphs: settings.indent)
      var writer = PlainTextDump.Writer(width: dumpWidth(), options: options, pageCount: 1)
      writer.startPage(source: text.source)
      warnings = text.readParts { part, _ in
        writer.add(part)
        StandardOutput.write(writer.take())
        return true
      }
      writer.endPage()
      StandardOutput.write(writer.take())
    }
    // Decoding's warnings were printed before the page; these came with reading it.
    for warning in warnings.dropFirst(text.warnings.count) {
      printError("dubao: \(text.source): warning: \(warning)")
    }
    return .written
  }

  /// `--json` of one large page: the sections go to a temporary file as the parts are read
  /// (the page's furniture, which comes before them, is known only at the end), then the
  /// document is written in order. Returns the page's warnings.
  private func writeJSON(of text: PageText) -> [String] {
    guard let spool = tmpfile() else { fail("cannot create a temporary file for --json") }
    defer { fclose(spool) }
    var writer = JSONPageWriter(source: text.source, encoding: text.encoding)
    do {
      let warnings = try text.readParts { part, _ throws in
        var sections = try writer.add(part)
        sections.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, spool) }
        return true
      }
      if ferror(spool) != 0 { fail("cannot write the temporary file for --json") }
      StandardOutput.write(try writer.head())
      rewind(spool)
      var buffer = [UInt8](repeating: 0, count: 1 << 20)
      while case let count = fread(&buffer, 1, buffer.count, spool), count > 0 {
        buffer.withUnsafeBufferPointer {
          StandardOutput.write(bytes: UnsafeBufferPointer(rebasing: $0[..<count]))
        }
      }
      StandardOutput.write(try writer.tail(warnings: warnings))
      return warnings
    } catch {
      fail("cannot write JSON: \(error)")
    }
  }
}
