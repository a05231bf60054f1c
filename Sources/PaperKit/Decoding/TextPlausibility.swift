/// The "mostly non-text" rule, applied to the start of the decoded text when the encoding was
/// detected (not forced).
enum TextPlausibility {
  /// How many bytes of decoded UTF-8 are examined.
  static let window = 65_536
  /// The largest share of bad characters a text may have.
  static let maxBadShare = 0.30

  /// Whether the first `window` bytes of valid UTF-8 look like text: at most 30% of their
  /// characters are U+FFFD or control characters (tab, LF, CR and ESC are not counted as bad).
  static func looksLikeText(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let end = min(utf8.count, window)
    var scalars = 0
    var bad = 0
    var i = 0
    while i < end {
      let byte = utf8[i]
      if byte & 0xC0 != 0x80 { scalars += 1 }
      if byte < 0x80 {
        if UTF8Validation.isControlASCII(byte) && byte != 0x0D && byte != 0x1B { bad += 1 }
      } else if byte == 0xC2, i + 1 < utf8.count, utf8[i + 1] < 0xA0 {
        bad += 1
      } else if byte == 0xEF, i + 2 < utf8.count, utf8[i + 1] == 0xBF, utf8[i + 2] == 0xBD {
        bad += 1
      }
      i += 1
    }
    return Double(bad) <= maxBadShare * Double(scalars)
  }
}
