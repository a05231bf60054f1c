import Foundation
import PaperKit
import ReaderKit

extension Dubao {
  /// The reader on several pages (a folder, or several files): only the first page is read
  /// before the first frame; the others are parsed on another thread and arrive as the reader
  /// runs. Nil when this run is not the reader on several pages (the caller goes on as before).
  func runPagedReaderIfMany() throws -> Int32? {
    guard !json, !outline, !dump, article == nil, isatty(STDOUT_FILENO) != 0, !paths.isEmpty,
      paths.allSatisfy({ $0 != "-" })
    else { return nil }
    let catalog: PageCatalog
    let first: Page
    do {
      catalog = try PageCatalog.listing(paths, encoding: encoding)
      guard catalog.count > 1 else { return nil }
      first = try catalog.load(0)
    } catch {
      fail(error.description)
    }
    for warning in first.warnings { printError("dubao: \(first.source): warning: \(warning)") }
    let rest = Array(1..<catalog.count)
    let pages = [first] + rest.map(catalog.placeholder)
    let feed = PageFeed(numbers: rest) { catalog.page($0) }
    return runReader(
      pages: pages, options: LayoutOptions(indentParagraphs: !noIndent), pending: Set(rest),
      feed: feed)
  }
}
