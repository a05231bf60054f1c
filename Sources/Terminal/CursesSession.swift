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
  /// The descriptor keys are read from.
  let inputDescriptor: Int32
  /// The file status flags the input and output had, put back at the end (O_NONBLOCK is
  /// cleared while reading: a non-blocking terminal made every read fail at once).
  private let savedFlags: (input: Int32, output: Int32)

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
    let inputDescriptor = fileno(keys)
    let savedFlags = (
      input: dubao_make_blocking(inputDescriptor), output: dubao_make_blocking(STDOUT_FILENO)
    )
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
    dubao_disable_flow_control(STDOUT_FILENO)
    return CursesSession(
      screen: screen, input: input, inputDescriptor: inputDescriptor, savedFlags: savedFlags)
  }

  /// Leaves curses mode: the terminal gets back its modes, cursor and main screen.
  func end() {
    _ = curs_set(1)
    endwin()
    delscreen(screen)
    dubao_restore_flags(STDOUT_FILENO, savedFlags.output)
    dubao_restore_flags(inputDescriptor, savedFlags.input)
    if let input { fclose(input) }
  }
}
