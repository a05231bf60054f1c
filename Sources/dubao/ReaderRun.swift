import ArgumentParser
import Foundation
import PaperKit
import ReaderKit
import Settings
import Terminal

extension ThemeName: ExpressibleByArgument {}

extension Dubao {
  /// Runs the full-screen reader: restores the reading place (unless `--fresh` or the
  /// settings say not to), reads, and saves the place again. A state file that cannot be used
  /// gives one warning, never a stop. Pages still `pending` arrive from `feed`.
  func runReader(
    pages: [Page], options: LayoutOptions, settings: Settings, pending: Set<Int> = [],
    feed: PageFeed? = nil
  ) -> Int32 {
    let environment = ProcessInfo.processInfo.environment
    var state = ReaderState(
      pages: pages, pending: pending, options: options, language: language(settings))
    state.preferences = settings.readerPreferences
    // remember-place = false: neither restore nor save.
    let file = settings.rememberPlace ? PlaceStore.file(environment: environment) : nil
    var book = PlaceBook()
    var usable = file != nil
    if let file, !fresh {
      do {
        book = try PlaceStore.load(file)
        state.restore(from: book)
      } catch {
        printError("dubao: warning: reading place not restored: \(error.description)")
        usable = false
      }
    }
    let terminal = TerminalOptions(
      theme: themeName(settings), mouse: settings.mouse, colours: settings.colours)
    // Saved as soon as the reader hands back its last state (the terminal is restored by
    // then), so that a stop the loop notices (SIGTERM, SIGHUP) keeps the place too.
    feed?.start()
    let status = TerminalApp.run(state, options: terminal, feed: feed) { last in
      guard let file, usable || fresh else { return }
      do {
        // Read again: another dubao may have saved its own pages meanwhile.
        let current = (try? PlaceStore.load(file)) ?? book
        try PlaceStore.save(last.places(into: current), to: file)
      } catch {
        printError("dubao: warning: reading place not saved: \(error)")
      }
    }
    return status
  }

  /// `--article N`: one article laid out, or a clear line when there is no such article.
  func printArticle(_ number: Int, of pages: [Page], options: LayoutOptions) {
    let columns = width ?? terminalColumns() ?? 80
    guard let text = PlainTextDump.article(number, of: pages, width: columns, options: options)
    else {
      let count = pages.reduce(0) { $0 + $1.articles.count }
      fail("--article \(number): there are \(count) articles")
    }
    print(text, terminator: "")
  }
}
