// STUB — to be replaced by the layout work (issue 3). Interface is fixed; see docs/architecture.md.

/// Terminal cell widths, as the C library's `wcwidth` (glibc, UTF-8 locale) reports them.
public enum CellWidth {
  /// The width glibc's `wcwidth` gives this scalar: -1 (control, unassigned), 0, 1 or 2.
  public static func ofScalar(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return -1 }
    if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    return 1
  }

  /// The cells the terminal advances for one grapheme cluster, after `displayable(_:)`.
  public static func of(_ character: Character) -> Int {
    character.unicodeScalars.reduce(0) { $0 + max(ofScalar($1), 0) }
  }

  /// The cells a string occupies on the terminal, after `displayable(_:)`.
  public static func of<S: StringProtocol>(_ string: S) -> Int {
    string.reduce(0) { $0 + of($1) }
  }

  /// The string with every scalar the C library rates -1 replaced by U+FFFD.
  public static func displayable(_ string: String) -> String {
    String(
      String.UnicodeScalarView(string.unicodeScalars.map { ofScalar($0) < 0 ? "\u{FFFD}" : $0 }))
  }
}
