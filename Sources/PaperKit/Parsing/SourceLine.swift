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
  /// The line's number in the text, counting from 1 (blank lines included).
  var number: Int = 0
  /// `TextEvidence.length(text)`, counted once: most rules first ask whether a line is short.
  var length = 0
  /// Among the blank lines after this one is a line of only spaces (`　　`): a spacer that
  /// some sites set under a summary.
  var spacerAfter = false

  /// Splits decoded page text into its non-blank lines.
  static func lines(of text: String) -> [SourceLine] {
    var result: [SourceLine] = []
    var blanks = 0
    var number = 0
    var text = text
    text.makeContiguousUTF8()
    // The page's text, to slice lines from; shares its bytes with `text`.
    let source = text
    text.withUTF8 { bytes in
      var lineStart = 0
      while lineStart <= bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
        let (folded, indented, length) =
          sliced(line, at: lineStart, from: source) ?? fold(line)
        number += 1
        if folded.isEmpty {
          blanks += 1
          if !line.isEmpty, !result.isEmpty { result[result.count - 1].spacerAfter = true }
        } else {
          if !result.isEmpty { result[result.count - 1].blankLinesAfter = blanks }
          result.append(
            SourceLine(
              text: folded, indented: indented, blankLinesBefore: blanks, blankLinesAfter: 0,
              number: number, length: length))
          blanks = 0
        }
        lineStart = lineEnd + 1
      }
    }
    if !result.isEmpty { result[result.count - 1].blankLinesAfter = blanks }
    return result
  }

  /// The line cut from the page's text, when trimming is all its folding does (no whitespace
  /// inside but single ASCII spaces), as in most lines: the bytes are copied, not rewritten
  /// one by one. Says whether the line was indented and counts its characters on the way.
  private static func sliced(
    _ line: UnsafeBufferPointer<UInt8>, at offset: Int, from source: String
  )
    -> (String, Bool, Int)?
  {
    var start: Int?
    var end = 0
    var length = 0
    var index = 0
    while index < line.count {
      let spaceLength = whitespaceLength(line, at: index)
      guard spaceLength > 0 else {
        if start == nil {
          start = index
        } else if index > end, index - end != 1 || line[end] != 0x20 {
          return nil  // a run of spaces, or another space, to fold into one ASCII space
        }
        // One character, stepped over whole: its lead byte tells how many bytes it has.
        let lead = line[index]
        length += 1
        index += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        end = index
        continue
      }
      index += spaceLength
    }
    guard let start else { return ("", line.count > 0, 0) }
    let utf8 = source.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: offset + start)
    let upper = utf8.index(lower, offsetBy: end - start)
    return (String(source[lower..<upper]), start > 0, length)
  }

  /// Trims a line's UTF-8 bytes and folds each inner run of whitespace (ASCII, NBSP, U+3000
  /// and the other Unicode spaces) to one ASCII space; says whether the line was indented,
  /// and counts its `TextEvidence.length` on the way (the characters that are not spaces).
  private static func fold(_ line: UnsafeBufferPointer<UInt8>) -> (String, Bool, Int) {
    var indented = false
    var length = 0
    // The folded line is written straight into the string's storage: it is never longer.
    let text = String(unsafeUninitializedCapacity: line.count) { out in
      var written = 0
      var index = 0
      var pendingSpace = false
      while index < line.count {
        let spaceLength = whitespaceLength(line, at: index)
        if spaceLength > 0 {
          if written == 0 && index == 0 { indented = true }
          pendingSpace = written > 0
          index += spaceLength
          continue
        }
        if pendingSpace {
          out[written] = 0x20
          written += 1
          pendingSpace = false
        }
        // Every byte but a continuation byte starts a character; spaces were folded above.
        if line[index] & 0xC0 != 0x80 { length += 1 }
        out[written] = line[index]
        written += 1
        index += 1
      }
      return written
    }
    return (text, indented, length)
  }

  /// The byte length of the whitespace character at `index`, or 0.
  private static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte == 0x20 || (0x09...0x0D).contains(byte) { return 1 }
    guard byte >= 0xC2, index + 1 < bytes.count else { return 0 }
    let second = bytes[index + 1]
    if byte == 0xC2 { return second == 0xA0 || second == 0x85 ? 2 : 0 }
    guard index + 2 < bytes.count else { return 0 }
    let third = bytes[index + 2]
    switch (byte, second) {
    case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
    case (0xE2, 0x80):  // U+2000…200A, U+2028, U+2029, U+202F
      return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF
        ? 3 : 0
    case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
    case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
    default: return 0
    }
  }
}
