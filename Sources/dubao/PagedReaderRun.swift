import Foundation
import PaperKit
import ReaderKit
import Settings
import Terminal

extension Dubao {
  /// The reader on the pages named (or standard input): only the first page is read before
  /// the first frame, and not even that when it is large; the others are parsed on another
  /// thread and arrive as the reader runs. Nil when this run is not the reader on named pages
  /// or standard input (the caller goes on: other modes, or the sample page).
  func runPagedReaderIfMany(settings: Settings) throws -> Int32? {
    guard !json, !outline, !dump, article == nil, isatty(STDOUT_FILENO) != 0,
      TerminalApp.canShowReader()
    else { return nil }
    let names = namedPaths
    guard !names.isEmpty else { return nil }
    let options = LayoutOptions(indentParagraphs: settings.indent)
    let catalog = listedCatalog(names, deferringStandardInput: true)
    var pages = catalog.entries.indices.map(catalog.placeholder)
    var pending = Set(catalog.entries.indices)
    if catalog.byteCount(0) <= PagePartParser.wholeTextBytes {
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
    let feed = PageFeed(numbers: pending.sorted()) { number, send in
      Self.read(number, of: catalog, send: send)
    }
    applyAmbiguousWidth(settings.ambiguousWidth, reader: true)
    return runReader(
      pages: pages, options: options, settings: settings, pending: pending, feed: feed)
  }

  /// Reads page `number` on the feed's thread: a large text a part at a time, so that its
  /// first articles show while the rest is read; any other page whole.
  private static func read(
    _ number: Int, of catalog: PageCatalog, send: (ReaderEvent) -> Bool
  ) {
    guard catalog.byteCount(number) > PagePartParser.wholeTextBytes else {
      _ = send(.pageParsed(number: number, page: catalog.page(number)))
      return
    }
    let text: PageText
    do {
      guard let read = try catalog.text(number) else {
        _ = send(.pageParsed(number: number, page: catalog.page(number)))
        return
      }
      text = read
    } catch {
      _ = send(.pageParsed(number: number, page: catalog.unreadable(number, error)))
      return
    }
    text.readParts { part, warnings in
      send(.pagePartRead(number: number, part: part, warnings: warnings))
    }
  }
}
