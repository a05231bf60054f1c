import CNcursesw
import Foundation

/// Running a shell command from the reader, as less's `|` does: the screen is put away, the
/// command runs on the terminal, and a key brings the reader back.
enum ShellEscape {
  /// Runs `command` with `text` on its input, then waits for Enter on the terminal.
  static func run(_ text: String, command: String, returnPrompt: String) -> (Int32?, String?) {
    _ = def_prog_mode()
    endwin()
    let result = ArticleExport.pipe(text, to: command)
    ArticleExport.emit(Array("\n\(returnPrompt)".utf8))
    let tty = open("/dev/tty", O_RDONLY)
    if tty >= 0 {
      var byte: UInt8 = 0
      while read(tty, &byte, 1) == 1, byte != 10, byte != 13 {}
      close(tty)
    }
    _ = reset_prog_mode()
    _ = refresh()
    return result
  }
}
