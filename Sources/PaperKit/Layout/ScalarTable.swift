/// Everything the line breaker asks about a BMP scalar in one byte, so the hot path costs one
/// load: bits 0–4 the `LineBreakRules.Classes`, bits 5–6 the width (-1, 0, 1, 2 as 0…3), and
/// bit 7 set when the scalar may join a grapheme cluster with a spacing scalar (so the text
/// needs Swift's grapheme breaking rather than "spacing scalar + zero-width scalars").
enum ScalarTable {
  static let clusterBit: UInt8 = 0x80

  /// The packed properties of a code point.
  @inline(__always)
  static func properties(_ value: UInt32) -> UInt8 {
    let wide = CellWidth.ambiguousIsWide
    if value < 0x10000 {
      return (wide ? bmpWide : bmp).withUnsafeBufferPointer { $0[Int(value)] }
    }
    return compute(value, ambiguousWide: wide)
  }

  /// The width part of packed properties: -1, 0, 1 or 2.
  @inline(__always)
  static func width(_ properties: UInt8) -> Int { Int((properties >> 5) & 3) - 1 }

  /// The classes part of packed properties.
  @inline(__always)
  static func classes(_ properties: UInt8) -> LineBreakRules.Classes {
    LineBreakRules.Classes(rawValue: properties & 0x1F)
  }

  private static let bmp: [UInt8] = (0..<UInt32(0x10000)).map {
    compute($0, ambiguousWide: false)
  }
  /// The same with ambiguous characters wide; made only when that setting is used.
  private static let bmpWide: [UInt8] = (0..<UInt32(0x10000)).map {
    compute($0, ambiguousWide: true)
  }

  private static func compute(_ value: UInt32, ambiguousWide: Bool) -> UInt8 {
    let width = UInt8(CellWidth.ofCodePoint(value, ambiguousWide: ambiguousWide) + 1) << 5
    let classes = LineBreakRules.ruleClasses(of: value).rawValue
    return width | classes | (mayJoinCluster(value) ? clusterBit : 0)
  }

  /// Scalars that can sit inside a grapheme cluster after its first scalar while having a
  /// non-zero width, or that glue to the next scalar (prepend, ZWJ, regional indicators,
  /// emoji modifiers, spacing marks, Hangul jamo, half-width kana sound marks). Generous on
  /// purpose: text containing one takes the exact (slower) grapheme path.
  private static func mayJoinCluster(_ value: UInt32) -> Bool {
    switch value {
    case 0x300..<0x2000, 0x200D, 0x302E...0x302F, 0xA000..<0xAC00, 0xD7B0..<0xD800,
      0xFF9E...0xFF9F, 0x10000..<0x20000, 0xE0000...:
      return true
    default:
      return false
    }
  }
}
