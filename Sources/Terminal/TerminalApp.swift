// STUB — to be replaced by the terminal work (issue 4). Interface is fixed; see docs/architecture.md.
import CNcursesw
import ReaderKit

/// Runs the full-screen reader on the real terminal.
public enum TerminalApp {
  /// Opens the reader on `state`, runs until the user quits, restores the terminal; returns
  /// the process exit status.
  public static func run(_ state: ReaderState) -> Int32 {
    var state = state
    _ = state.handle(.character("q"), size: .init(width: 80, height: 24))
    return 0
  }
}
