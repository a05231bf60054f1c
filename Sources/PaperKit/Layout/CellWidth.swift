/// Terminal cell widths, as the C library's `wcwidth` (glibc, UTF-8 locale) reports them.
///
/// The scalar table is generated from glibc itself (`scripts/generate-width-table.py`), so the
/// layout needs no locale. A grapheme cluster is measured as ncursesw draws it: `setcchar` keeps
/// the first scalar and the zero-width scalars after it and stops at the next spacing scalar, so
/// the cursor advances by the first scalar's width (see docs/layout.md).
public enum CellWidth {
  /// The width glibc's `wcwidth` gives this scalar: -1 (control, unassigned), 0, 1 or 2.
  public static func ofScalar(_ scalar: Unicode.Scalar) -> Int {
    ofCodePoint(scalar.value)
  }

  /// The width glibc's `wcwidth` gives this code point as a `wchar_t`, surrogates and values
  /// past U+10FFFF included (-1); 2 for an ambiguous one while `ambiguousWidth` is `.wide`.
  @inline(__always)
  public static func ofCodePoint(_ value: UInt32) -> Int {
    ofCodePoint(value, ambiguousWide: ambiguousIsWide)
  }

  /// The width of this code point with ambiguous characters narrow (glibc's) or wide.
  @inline(__always)
  public static func ofCodePoint(_ value: UInt32, ambiguousWide: Bool) -> Int {
    // Fast paths: printable ASCII, CJK Unified Ideographs, Latin-1/Latin Extended.
    if value < 0x7F { return value >= 0x20 ? 1 : (value == 0 ? 0 : -1) }
    if value >= 0x4E00 && value <= 0x9FFF { return 2 }
    let narrow = value >= 0xA0 && value < 0x300 ? 1 : tableWidth(value)
    return ambiguousWide && narrow == 1 && isAmbiguous(value) ? 2 : narrow
  }

  /// Binary search in the generated ranges of code points whose width is not 1.
  static func tableWidth(_ value: UInt32) -> Int {
    if value > 0x10FFFF { return -1 }
    return CellWidthTable.starts.withUnsafeBufferPointer { starts in
      var low = 0
      var high = starts.count
      while low < high {
        let mid = (low &+ high) >> 1
        if starts[mid] <= value { low = mid &+ 1 } else { high = mid }
      }
      // `low - 1` is the last range starting at or before `value`.
      guard low > 0, value <= CellWidthTable.ends[low - 1] else { return 1 }
      return Int(CellWidthTable.widths[low - 1])
    }
  }

  /// The cells the terminal advances for one grapheme cluster, after `displayable(_:)`: the
  /// width of each piece ncursesw places in a cell of its own (`startsPiece`: the first scalar
  /// and each further spacing scalar that is not joined by ZWJ, an emoji modifier or a second
  /// regional indicator, as in the Indic conjunct क्ष or the spacing mark of का), plus one for
  /// every further scalar that `displayable(_:)` turns into U+FFFD (only CR LF, which splits
  /// into two clusters).
  public static func of(_ character: Character) -> Int {
    var scalars = character.unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return 0 }
    var width = ofScalar(first)
    if width < 0 { width = 1 }
    var previous = first
    while let next = scalars.next() {
      let w = ofScalar(next)
      if w < 0 {
        width += 1
      } else if startsPiece(next, after: previous) {
        width += w
      }
      previous = next
    }
    return width
  }

  /// True when `scalar`, inside a cluster after `previous`, is drawn in a cell of its own:
  /// it has a width, and it is not an emoji joined by ZWJ, a skin-tone modifier or the second
  /// regional indicator of a flag (terminals draw those sequences as their first emoji).
  public static func startsPiece(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool {
    guard ofScalar(scalar) > 0, previous.value != 0x200D else { return false }
    if (0x1F3FB...0x1F3FF).contains(scalar.value) { return false }
    if (0x1F1E6...0x1F1FF).contains(scalar.value) { return false }
    return true
  }

  /// The cells a string occupies on the terminal, after `displayable(_:)`.
  public static func of<S: StringProtocol>(_ string: S) -> Int {
    // Plain text (no scalar that joins a cluster while having a width) adds up scalar by
    // scalar; -1 counts as the U+FFFD that replaces it.
    var total = 0
    for scalar in string.unicodeScalars {
      let properties = ScalarTable.properties(scalar.value)
      if properties & ScalarTable.clusterBit != 0 {
        return string.reduce(0) { $0 + of($1) }
      }
      let width = ScalarTable.width(properties)
      total += width < 0 ? 1 : width
    }
    return total
  }

  /// The string with every scalar the C library rates -1 replaced by U+FFFD.
  public static func displayable(_ string: String) -> String {
    guard string.unicodeScalars.contains(where: { ofScalar($0) < 0 }) else { return string }
    return String(
      String.UnicodeScalarView(string.unicodeScalars.map { ofScalar($0) < 0 ? "\u{FFFD}" : $0 }))
  }
}
