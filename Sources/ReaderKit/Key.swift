/// A key press or terminal event, as the terminal adapter reports it.
public enum Key: Sendable, Equatable, Hashable {
  /// A printable character (Latin or wide, e.g. typed through an input method).
  case character(Character)
  /// Ctrl plus a letter, e.g. `.control("u")` for Ctrl-U.
  case control(Character)
  case up, down, left, right, pageUp, pageDown, home, end
  case enter, escape, backspace, delete, tab, backTab
  /// A function key, F1…F12.
  case function(Int)
  /// The terminal changed size.
  case resize
  /// A mouse event at a screen position.
  case mouse(MouseEvent)
  /// Anything the adapter could not name.
  case unknown
}

/// A mouse event.
public struct MouseEvent: Sendable, Equatable, Hashable {
  /// What happened.
  public enum Kind: Sendable, Equatable, Hashable { case wheelUp, wheelDown, click }
  /// What happened.
  public var kind: Kind
  /// Screen row.
  public var row: Int
  /// Screen column.
  public var column: Int

  /// Creates a mouse event.
  public init(kind: Kind, row: Int, column: Int) {
    self.kind = kind
    self.row = row
    self.column = column
  }
}
