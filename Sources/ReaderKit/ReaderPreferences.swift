/// What a user can set about the reader beyond layout options: keys and screen measures.
public struct ReaderPreferences: Sendable {
  /// The key bindings.
  public var keys: KeyBindings
  /// The narrowest screen that shows the list and the article side by side.
  public var twoPaneWidth: Int
  /// The widest text column of the article view, in cells.
  public var columnWidth: Int

  /// Two panes from 120 columns unless set otherwise.
  public static let standardTwoPaneWidth = 120
  /// Lines of about 42 Chinese characters read better than lines across a whole wide terminal.
  public static let standardColumnWidth = 84

  /// The standard preferences: standard keys, two panes from 120 columns, an 84-cell column.
  public init(
    keys: KeyBindings = .standard, twoPaneWidth: Int = Self.standardTwoPaneWidth,
    columnWidth: Int = Self.standardColumnWidth
  ) {
    self.keys = keys
    self.twoPaneWidth = twoPaneWidth
    self.columnWidth = columnWidth
  }
}
