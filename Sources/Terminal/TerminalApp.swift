import CNcursesw
import Foundation
import ReaderKit

/// Runs the full-screen reader on the real terminal.
public enum TerminalApp {
  /// Opens the reader on `state`, runs until the user quits, restores the terminal, hands the
  /// last state to `finished` (to keep the reading place); returns the process exit status
  /// (0 on quit and on Ctrl-C, 1 if the terminal cannot be used).
  public static func run(
    _ state: ReaderState, options: TerminalOptions = .init(theme: .dark), feed: PageFeed? = nil,
    finished: (ReaderState) -> Void = { _ in }
  ) -> Int32 {
    // Before curses starts, so that ncurses leaves SIGINT and SIGTERM to us (it only takes
    // signals that still have their default action) and a crash during set-up is covered.
    SignalGuard.install()
    let session: CursesSession
    do {
      session = try CursesSession.start(mouse: options.mouse)
    } catch {
      SignalGuard.uninstall()
      ErrorOutput.writeLine("dubao: \(error.description)")
      return 1
    }
    let theme = Theme.forTerminal(options.theme, colours: options.colours)
    var last = state
    let stop = loop(
      state, painter: ScreenPainter(theme: theme),
      keys: KeyReader(input: CursesKeyInput(descriptor: session.inputDescriptor)), feed: feed,
      last: &last)
    feed?.stop()
    session.end()
    finished(last)
    SignalGuard.uninstall()
    if let stop { SignalGuard.finish(after: stop) }
    return 0
  }

  /// Whether the terminal on standard output can show the reader: false for a terminal type
  /// that cannot place the cursor (`TERM=dumb`), where curses would show a blank screen.
  /// An unknown terminal type counts as able, so that `run` reports it.
  public static func canShowReader() -> Bool {
    dubao_terminal_can_address_cursor(STDOUT_FILENO) != 0
  }

  /// Draws, reads a key, applies it, until the reader quits or its terminal goes away (nil)
  /// or a stop signal arrives (that signal).
  private static func loop(
    _ initial: ReaderState, painter initialPainter: ScreenPainter, keys: KeyReader,
    feed: PageFeed?,
    last: inout ReaderState
  ) -> Int32? {
    var state = initial
    defer { last = state }
    var painter = initialPainter
    var size = currentSize()
    var needsDraw = true
    while true {
      // Pages parsed in the background arrive between keys; while some are still coming the
      // wait for a key is short, so that they show without a key.
      if let feed {
        for event in feed.take() {
          state.receive(event)
          needsDraw = true
          // A large text read whole: fold it for search now, not on the first keystroke.
          if case .pagePartRead(let number, let part, _) = event, part.bytesRead >= part.totalBytes
          {
            state.prepareSearch(ofPage: number)
          }
        }
        feed.prefer(state.wantedPage ?? state.pageNumber)
      }
      if needsDraw { painter.draw(state.render(size: size)) }
      let wait: Int32 = state.pendingPages.isEmpty ? -1 : Self.pollMilliseconds
      if let sig = SignalGuard.setWaiting(true) { return sig }
      let event = keys.nextEvent(waitingMilliseconds: wait)
      if let sig = SignalGuard.setWaiting(false) { return sig }
      var key: Key
      switch event {
      case .inputGone:
        return nil
      case .timedOut:
        // Only while pages are still coming: look for them, then wait again.
        needsDraw = false
        continue
      case .interrupted:
        // After Ctrl-Z and `fg` the terminal may have been resized while dubao was stopped
        // (its SIGWINCH went to the shell): ask the terminal itself.
        guard dubao_sync_size(STDOUT_FILENO) == 1 else {
          needsDraw = false
          continue
        }
        key = .resize
      case .key(let read):
        key = read
      }
      if key == .resize {
        size = currentSize()
        painter.invalidate()
      }
      switch state.handle(key, size: size) {
      case .quit: return nil
      case .continue: break
      case .copy(let text): ArticleExport.emit(Clipboard.osc52(text))
      case .save(let path, let text, let overwrite):
        state.finishSave(
          path: path, outcome: ArticleExport.save(text, to: path, overwrite: overwrite))
      case .pipe(let command, let text):
        let (status, error) = ShellEscape.run(
          text, command: command, returnPrompt: state.language.text(.pipeReturn))
        state.finishPipe(command: command, status: status, error: error)
        size = currentSize()
        painter.invalidate()
      }
      needsDraw = true
    }
  }

  /// How long a key is waited for while pages are still being parsed.
  private static let pollMilliseconds: Int32 = 25

  /// The terminal's size as the reader sees it.
  private static func currentSize() -> ScreenSize {
    ScreenSize(width: Int(max(dubao_columns(), 0)), height: Int(max(dubao_rows(), 0)))
  }
}
