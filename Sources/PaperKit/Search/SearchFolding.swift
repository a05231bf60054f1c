/// The character folding search applies to both the page text and the query.
///
/// Every scalar folds to exactly one scalar of the same UTF-16 length, so a folded text has the
/// same shape as the original except that a run of whitespace becomes one space. That keeps the
/// map from folded positions back to original scalar offsets sparse.
public enum SearchFolding {
  /// The UTF-16 unit every run of whitespace folds to.
  public static let space: UInt16 = 0x20

  /// The folded form of `scalar` with width folding only (full-width → half-width,
  /// any whitespace → space).
  public static func widthFolded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value < 0x1_0000 { return Unicode.Scalar(UInt16(widthTable[Int(value)]))! }
    return scalar
  }

  /// The folded form of `scalar` with width folding and then case folding to lower case.
  public static func caselessFolded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value < 0x1_0000 { return Unicode.Scalar(UInt16(caselessTable[Int(value)]))! }
    return singleLowercase(scalar) ?? scalar
  }

  /// True when `query` asks for case-sensitive matching: it holds a letter that has a lower-case
  /// form, counting full-width letters (smart case).
  public static func isCaseSensitive(_ query: String) -> Bool {
    query.unicodeScalars.contains { widthFolded($0) != caselessFolded($0) }
  }

  /// Width-only folding for every BMP scalar, built once.
  static let widthTable: [UInt16] = (0..<0x1_0000).map { UInt16(widthFold(UInt32($0))) }

  /// Width and case folding for every BMP scalar, built once.
  static let caselessTable: [UInt16] = widthTable.map { folded in
    guard let scalar = Unicode.Scalar(folded), let lower = singleLowercase(scalar),
      lower.value < 0x1_0000
    else { return folded }
    return UInt16(lower.value)
  }

  /// Full-width forms to their ASCII or Latin-1 counterparts; whitespace to a space.
  private static func widthFold(_ value: UInt32) -> UInt32 {
    switch value {
    case 0xFF01...0xFF5E: return value - 0xFEE0
    case 0xFFE0: return 0xA2  // ￠
    case 0xFFE1: return 0xA3  // ￡
    case 0xFFE2: return 0xAC  // ￢
    case 0xFFE3: return 0xAF  // ￣
    case 0xFFE4: return 0xA6  // ￤
    case 0xFFE5: return 0xA5  // ￥
    case 0xFFE6: return 0x20A9  // ￦
    case 0xD800...0xDFFF: return value  // surrogate units pass through unchanged
    default:
      guard let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace else { return value }
      return 0x20
    }
  }

  /// The lower-case form of `scalar` when it is one scalar of the same UTF-16 length; else nil.
  private static func singleLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    guard scalar.properties.changesWhenLowercased else { return nil }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    guard lower.count == 1, let only = lower.first,
      UTF16.width(only) == UTF16.width(scalar)
    else { return nil }
    return only
  }
}
