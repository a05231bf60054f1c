/// One non-blank line of a page text, with the layout evidence around it.
struct SourceLine: Sendable, Equatable {
  /// The line with indentation and trailing space removed and inner whitespace runs folded.
  var text: String
  /// True when the line began with indentation (U+3000, spaces, NBSP or tabs).
  var indented: Bool
  /// The number of blank (or whitespace-only) lines right before this one.
  var blankLinesBefore: Int
  /// The number of blank lines right after this one (until the next text or the end).
  var blankLinesAfter: Int

  /// Splits decoded page text into its non-blank lines.
  static func lines(of text: String) -> [SourceLine] {
    var result: [SourceLine] = []
    var blanks = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let indented = raw.first.map(\.isIndentation) ?? false
      let folded = foldWhitespace(raw)
      if folded.isEmpty {
        blanks += 1
        continue
      }
      if !result.isEmpty { result[result.count - 1].blankLinesAfter = blanks }
      result.append(
        SourceLine(text: folded, indented: indented, blankLinesBefore: blanks, blankLinesAfter: 0))
      blanks = 0
    }
    if !result.isEmpty { result[result.count - 1].blankLinesAfter = blanks }
    return result
  }

  /// Trims a line and folds each inner run of whitespace to one ASCII space, except that a run
  /// of U+3000 between two Chinese characters stays a single U+3000-free space as well.
  private static func foldWhitespace(_ line: Substring) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in line.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      out.append(scalar)
    }
    return String(out)
  }
}

extension Character {
  /// Whitespace that indents a paragraph in page texts.
  var isIndentation: Bool { self == "\u{3000}" || self == " " || self == "\u{A0}" || self == "\t" }
}
