import CNcursesw
import Foundation
import ReaderKit

/// Runs the full-screen reader on the real terminal.
public enum TerminalApp {
  /// Opens the reader on `state`, runs until the user quits, restores the terminal, hands the
  /// last state to `finished` (to keep the reading place); returns the process exit status
  /// (0 on quit and on Ctrl-C, 1 if the terminal cannot be used).
  public static func run(
    _ state: ReaderState, options: TerminalOptions = .init(theme: .dark),
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
      FileHandle.standardError.write(Data("dubao: \(error.description)\n".utf8))
      return 1
    }
    let theme = Theme.forTerminal(options.theme, colours: options.colours)
    var last = state
    let stop = loop(state, painter: ScreenPainter(theme: theme), last: &last)
    session.end()
    finished(last)
    SignalGuard.uninstall()
    if let stop { SignalGuard.finish(after: stop) }
    return 0
  }

  /// Draws, reads a key, applies it, until the reader quits (nil) or a stop signal arrives
  /// (that signal).
  private static func loop(
    _ initial: ReaderState, painter initialPainter: ScreenPainter, last: inout ReaderState
  ) -> Int32? {
    var state = initial
    defer { last = state }
    var painter = initialPainter
    let keys = KeyReader()
    var size = currentSize()
    var needsDraw = true
    while true {
      if needsDraw { painter.draw(state.render(size: size)) }
      if let sig = SignalGuard.setWaiting(true) { return sig }
      let key = keys.next()
      if let sig = SignalGuard.setWaiting(false) { return sig }
      guard let key else {
        needsDraw = false
        continue
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

  /// The terminal's size as the reader sees it.
  private static func currentSize() -> ScreenSize {
    ScreenSize(width: Int(max(dubao_columns(), 0)), height: Int(max(dubao_rows(), 0)))
  }
}
