// Fast paths for the parser's per-line string tests. String compares Characters (grapheme
// clusters, up to canonical equivalence), which is exact but slow on a hot path. Most page
// text is made of "plain" scalars — ASCII, CJK ideographs and punctuation, full-width forms —
// which next to each other are each a Character and their own canonical form, so comparing
// their scalars or UTF-8 bytes gives String's answer. Where a test meets anything else at
// the place that decides it, it asks String, so no answer changes.

extension Unicode.Scalar {
  /// True for a scalar that no grapheme rule joins to a plain neighbour, and that is its
  /// own canonical form: where plain scalars stand side by side each is a Character, and
  /// comparing them (or their bytes) agrees with String. The fast paths still look at the
  /// scalar next to what they decide on, since a mark after a plain scalar joins it.
  ///
  /// None of these ranges holds a combining mark, a joiner, a prepended or spacing mark, a
  /// Hangul jamo or a canonical decomposition (checked against the Unicode data).
  var isPlain: Bool {
    switch value {
    case 0x20...0x7E,  // printable ASCII
      0xB7,  // middle dot of transcribed names
      0x2010...0x2027, 0x2030...0x205E,  // general punctuation: dashes, quotes, …
      0x2460...0x24FF,  // enclosed numbers: ① ⑴ ⒈
      0x25A0...0x25FF,  // geometric shapes: ■ □ ● ◎ ◆ ▲
      0x3000...0x3029, 0x3030...0x303F,  // CJK punctuation, without the tone marks 302A–302F
      0x3400...0x4DBF, 0x4E00...0x9FFF,  // CJK ideographs
      0xFF01...0xFF5E:  // full-width forms: （ ） ， ： ０–９
      return true
    default:
      return false
    }
  }
}

extension Unicode.Scalar {
  /// `properties.isWhitespace`, answered without the property tables for ASCII and the
  /// other plain scalars (among which only U+3000 is a space).
  var isWhitespaceScalar: Bool {
    if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
    return isPlain ? value == 0x3000 : properties.isWhitespace
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// True when the scalar whose UTF-8 encoding starts at `index` is plain (valid UTF-8,
  /// as a String's bytes are, is assumed).
  func plainScalar(at index: Int) -> Bool {
    let lead = self[index]
    if lead < 0x80 { return Unicode.Scalar(lead).isPlain }
    // Lead bytes of 2, 3 and 4 bytes carry 5, 4 and 3 bits of the scalar.
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for offset in 1..<length { value = value << 6 | UInt32(self[index + offset] & 0x3F) }
    return Unicode.Scalar(value)?.isPlain ?? false
  }

  /// True when `bytes` stand at `index` (false when they would run past either end).
  func has(_ bytes: [UInt8], at index: Int) -> Bool {
    guard index >= 0, index + bytes.count <= count else { return false }
    for offset in bytes.indices where self[index + offset] != bytes[offset] { return false }
    return true
  }

  /// The start of the scalar whose encoding holds the byte at `index`.
  func scalarStart(holding index: Int) -> Int {
    var start = index
    while start > 0, self[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }
}

extension String {
  /// `hasPrefix(prefix)` for a plain `prefix`, decided from the UTF-8 bytes where the text is
  /// plain around the place that decides it (String is asked otherwise).
  func opens(with prefix: String) -> Bool {
    switch bytewise(prefix, atEnd: false) {
    case .some(let answer): answer
    case .none: hasPrefix(prefix)
    }
  }

  /// `hasSuffix(suffix)` for a plain `suffix`, decided like `opens(with:)`.
  func closes(with suffix: String) -> Bool {
    switch bytewise(suffix, atEnd: true) {
    case .some(let answer): answer
    case .none: hasSuffix(suffix)
    }
  }

  /// Whether the text starts (or ends) with `piece`, from the bytes; nil when a scalar that
  /// is not plain stands where it could change String's answer.
  ///
  /// The bytes are compared from the end that is tested. A byte mismatch is a Character
  /// mismatch when the text's scalar there is plain (no Character is canonically equal to a
  /// plain scalar but the scalar itself). A byte match is a Character match when the scalar
  /// just outside it is plain or absent, so no mark or joiner extends the piece's last (or
  /// first) Character.
  private func bytewise(_ piece: String, atEnd: Bool) -> Bool? {
    assert(piece.unicodeScalars.allSatisfy(\.isPlain), "the piece must be plain")
    var text = self
    var piece = piece
    return text.withUTF8 { hay in
      piece.withUTF8 { pin in
        for step in 0..<Swift.min(hay.count, pin.count) {
          let (textIndex, pieceIndex) =
            atEnd ? (hay.count - 1 - step, pin.count - 1 - step) : (step, step)
          guard hay[textIndex] == pin[pieceIndex] else {
            return hay.plainScalar(at: hay.scalarStart(holding: textIndex)) ? false : nil
          }
        }
        // A text that is a part of the piece has fewer Characters than the piece.
        guard hay.count >= pin.count else { return false }
        guard hay.count > pin.count else { return true }
        let outside = atEnd ? hay.scalarStart(holding: hay.count - pin.count - 1) : pin.count
        return hay.plainScalar(at: outside) ? true : nil
      }
    }
  }
}

extension StringProtocol where SubSequence == Substring {
  /// `split(whereSeparator: marks.characters.contains)`, cut by scalars when the text is
  /// plain (each scalar a Character), by Characters otherwise.
  func split(atAnyOf marks: PlainMarks) -> [Substring] {
    let scalars = unicodeScalars
    guard scalars.allSatisfy(\.isPlain) else {
      return split(whereSeparator: { marks.characters.contains($0) })
    }
    var pieces: [Substring] = []
    var start = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let next = scalars.index(after: index)
      if marks.contains(scalars[index]) {
        // Empty pieces are left out, as split leaves them out.
        if start < index { pieces.append(self[start..<index]) }
        start = next
      }
      index = next
    }
    if start < scalars.endIndex { pieces.append(self[start..<scalars.endIndex]) }
    return pieces
  }
}

/// A few plain scalars to look for, such as the marks that end a sentence: tested against a
/// scalar without decoding a string each time.
struct PlainMarks: Sendable {
  /// The marks as one string, for the Character-wise readings.
  let characters: String
  private let scalars: [Unicode.Scalar]

  /// The marks in `characters`, each a plain scalar.
  init(_ characters: String) {
    assert(characters.unicodeScalars.allSatisfy(\.isPlain), "marks must be plain")
    self.characters = characters
    scalars = Array(characters.unicodeScalars)
  }

  /// True when `scalar` is one of the marks.
  func contains(_ scalar: Unicode.Scalar) -> Bool { scalars.contains(scalar) }
}

extension String {
  /// False when the text's first scalar is plain and none of `marks`: then no plain piece
  /// that starts with one of them opens the text, nor any pattern that must (a cheap test
  /// before those).
  func mayOpen(withOneOf marks: PlainMarks) -> Bool {
    guard let first = unicodeScalars.first else { return false }
    return !first.isPlain || marks.contains(first)
  }

  /// `first.map(marks.characters.contains) ?? false`: whether the first Character is one of
  /// the marks, read from the first scalars while they are plain.
  func opensWithOne(of marks: PlainMarks) -> Bool {
    let scalars = unicodeScalars
    guard let first = scalars.first else { return false }
    if first.isPlain {
      // No Character that starts with a plain scalar equals a mark but the scalar itself.
      guard marks.contains(first) else { return false }
      let next = scalars.index(after: scalars.startIndex)
      if next == scalars.endIndex || scalars[next].isPlain { return true }
    }
    return self.first.map(marks.characters.contains) ?? false
  }

  /// `last.map(marks.characters.contains) ?? false`, read like `opensWithOne(of:)`.
  func closesWithOne(of marks: PlainMarks) -> Bool {
    let scalars = unicodeScalars
    guard let last = scalars.last else { return false }
    if last.isPlain {
      guard marks.contains(last) else { return false }
      let before = scalars.index(before: scalars.endIndex)
      if before == scalars.startIndex || scalars[scalars.index(before: before)].isPlain {
        return true
      }
    }
    return self.last.map(marks.characters.contains) ?? false
  }

  /// `firstIndex(where: marks.characters.contains)`, read by scalars while the text is
  /// plain (String's Characters are asked otherwise).
  func firstIndex(ofAnyOf marks: PlainMarks) -> String.Index? {
    let characters = marks.characters
    let scalars = unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      guard scalar.isPlain else { return firstIndex(where: characters.contains) }
      let next = scalars.index(after: index)
      if marks.contains(scalar) {
        // A mark after it would make the Character more than this scalar.
        guard next == scalars.endIndex || scalars[next].isPlain else {
          return firstIndex(where: characters.contains)
        }
        return index
      }
      index = next
    }
    return nil
  }

  /// `lastIndex(where: marks.characters.contains)`, read like `firstIndex(ofAnyOf:)` from
  /// the end.
  func lastIndex(ofAnyOf marks: PlainMarks) -> String.Index? {
    let characters = marks.characters
    let scalars = unicodeScalars
    var index = scalars.endIndex
    while index > scalars.startIndex {
      index = scalars.index(before: index)
      let scalar = scalars[index]
      guard scalar.isPlain else { return lastIndex(where: characters.contains) }
      if marks.contains(scalar) {
        // A prepended mark before it would make the Character more than this scalar.
        guard index == scalars.startIndex || scalars[scalars.index(before: index)].isPlain else {
          return lastIndex(where: characters.contains)
        }
        return index
      }
    }
    return nil
  }
}
