/// Text from outside the page's body (file names, option values, `TERM`, error messages) made
/// safe to print as one line: nothing in it can drive the terminal or reorder the line.
public enum TerminalSafeText {
  /// `text` with every C0/C1 control character (LF and CR included), DEL, bidi mark, embedding,
  /// override and isolate control, and line or paragraph separator replaced by U+FFFD.
  public static func line(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    return String(
      String.UnicodeScalarView(text.unicodeScalars.map { isUnsafe($0) ? "\u{FFFD}" : $0 }))
  }

  /// Whether `scalar` may not be printed in a one-line message.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F: return true
    // ALM, LRM, RLM; LRE…RLO; line and paragraph separators; LRI…PDI.
    case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
