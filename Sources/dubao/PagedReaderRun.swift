import Foundation
import PaperKit
import ReaderKit
import Settings
import Terminal

extension Dubao {
  /// Texts larger than this are parsed after the first frame, not before it.
  static let backgroundParseBytes = 1 << 20

  /// The reader on the pages named (or standard input): only the first page is read before
  /// the first frame, and not even that when it is large; the others are parsed on another
  /// thread and arrive as the reader runs. Nil when this run is not the reader on named pages
  /// or standard input (the caller goes on: other modes, or the sample page).
  func runPagedReaderIfMany(settings: Settings) throws -> Int32? {
    guard !json, !outline, !dump, article == nil, isatty(STDOUT_FILENO) != 0,
      TerminalApp.canShowReader()
    else { return nil }
    let names =
      paths.isEmpty
      ? (isatty(STDIN_FILENO) == 0 ? [PagePath("-")] : []) : RawArguments.paths(for: paths)
    guard !names.isEmpty else { return nil }
    let options = LayoutOptions(indentParagraphs: settings.indent)
    let catalog: PageCatalog
    do {
      let listing = try PageCatalog.listing(names, encoding: encoding)
      // As `loadPages`: a file that cannot be read is one line and left out; none at all fails.
      if listing.catalog.count == 0 {
        for failure in listing.failures.dropLast() { printError("dubao: \(failure)") }
        if let last = listing.failures.last { fail(last.description) }
        fail("no pages to read")
      }
      for failure in listing.failures { printError("dubao: \(failure) (page skipped)") }
      catalog = listing.catalog
    } catch {
      fail(error.description)
    }
    var pages = catalog.entries.indices.map(catalog.placeholder)
    var pending = Set(catalog.entries.indices)
    if catalog.byteCount(0) <= Self.backgroundParseBytes {
      do {
        pages[0] = try catalog.load(0)
      } catch {
        fail(error.description)
      }
      pending.remove(0)
      for warning in pages[0].warnings {
        printError("dubao: \(pages[0].source): warning: \(warning)")
      }
    }
    // One small page: parsed before the first frame, as always.
    if pending.isEmpty {
      applyAmbiguousWidth(settings.ambiguousWidth, reader: true)
      return runReader(pages: pages, options: options, settings: settings)
    }
    let feed = PageFeed(numbers: pending.sorted()) { catalog.page($0) }
    applyAmbiguousWidth(settings.ambiguousWidth, reader: true)
    return runReader(
      pages: pages, options: options, settings: settings, pending: pending, feed: feed)
  }
}
