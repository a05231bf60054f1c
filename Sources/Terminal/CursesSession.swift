import CNcursesw
import Foundation

/// Curses set up for the reader, on the controlling terminal.
struct CursesSession {
  /// Why curses could not start.
  struct StartError: Error, CustomStringConvertible {
    /// What went wrong, for standard error.
    var description: String
  }

  private let screen: OpaquePointer
  private let input: UnsafeMutablePointer<FILE>?

  /// Enters curses mode. Keys come from standard input when it is a terminal, otherwise from
  /// /dev/tty (`cat page.txt | dubao`, as less does); the screen goes to standard output.
  static func start(mouse: Bool = true) throws(StartError) -> CursesSession {
    guard dubao_setup_utf8_locale() == 1 else {
      throw StartError(
        description: "no UTF-8 locale available (tried the environment's and C.UTF-8)")
    }
    var input: UnsafeMutablePointer<FILE>?
    let keys: UnsafeMutablePointer<FILE>
    if isatty(STDIN_FILENO) != 0 {
      keys = dubao_stdin()
    } else {
      guard let tty = fopen("/dev/tty", "r") else {
        throw StartError(
          description: "cannot open /dev/tty for keys: \(String(cString: strerror(errno)))")
      }
      input = tty
      keys = tty
    }
    // newterm, unlike initscr, returns nil on an unknown TERM instead of exiting.
    guard let screen = newterm(nil, dubao_stdout(), keys) else {
      if let input { fclose(input) }
      let term = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
      throw StartError(description: "cannot use terminal type '\(term)'")
    }
    _ = set_term(screen)
    _ = cbreak()
    _ = noecho()
    _ = nonl()
    _ = curs_set(0)
    _ = set_escdelay(25)
    dubao_configure_stdscr()
    if mouse {
      _ = mousemask(dubao_wheel_up() | dubao_wheel_down() | dubao_button1_pressed(), nil)
      // Report presses at once rather than waiting to tell clicks from double clicks.
      _ = mouseinterval(0)
    }
    return CursesSession(screen: screen, input: input)
  }

  /// Leaves curses mode: the terminal gets back its modes, cursor and main screen.
  func end() {
    _ = curs_set(1)
    endwin()
    delscreen(screen)
    if let input { fclose(input) }
  }
}
