import CNcursesw

@testable import Terminal

/// Key input from a list of bytes and key codes, as `wgetch` would return them; `ERR` once the
/// list is used up (as after a timeout).
final class ScriptedKeyInput: KeyInput {
  private var codes: [Int32]
  private let mouse: (mask: mmask_t, row: Int32, column: Int32)?
  /// What the waits report, in order, before the default (ready while codes are left).
  private var waits: [InputWait]

  /// Input that returns `codes` in order; a `KEY_MOUSE` reports `mouse`; each wait for input
  /// first reports the next of `waits`.
  init(
    _ codes: [Int32], mouse: (mask: mmask_t, row: Int32, column: Int32)? = nil,
    waits: [InputWait] = []
  ) {
    self.codes = codes
    self.mouse = mouse
    self.waits = waits
  }

  /// Whether every code was read.
  var isEmpty: Bool { codes.isEmpty }

  func read(waitingMilliseconds milliseconds: Int32) -> Int32 {
    codes.isEmpty ? ERR : codes.removeFirst()
  }

  func unread(_ code: Int32) {
    codes.insert(code, at: 0)
  }

  func mouseEvent() -> (mask: mmask_t, row: Int32, column: Int32)? {
    mouse
  }

  /// Ready while codes are left; a used-up script is a terminal that went away.
  func waitForInput(timeout: Int32) -> InputWait {
    if !waits.isEmpty { return waits.removeFirst() }
    return codes.isEmpty ? .gone : .ready
  }

  func isGone() -> Bool {
    codes.isEmpty
  }
}
