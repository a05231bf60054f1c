/// Substring search over contiguous UTF-16 units.
enum UnitSearch {
  /// Ascending start offsets of the non-overlapping, leftmost-first occurrences of `needle`.
  static func starts(
    of needle: UnsafeBufferPointer<UInt16>, in hay: UnsafeBufferPointer<UInt16>
  ) -> [Int] {
    let m = needle.count
    let n = hay.count
    guard m > 0, m <= n else { return [] }
    if m == 1 { return startsOfUnit(needle[0], in: hay) }
    return firstLastScan(needle, in: hay)
  }

  /// Lanes compared at once by the vector scan.
  private typealias Lanes = SIMD16<UInt16>

  /// A vector scan for windows whose first and last units both match, each candidate then checked
  /// in full (the "generic SIMD" substring search). Fast on CJK text where any one unit is common
  /// but a pair of them is rare.
  private static func firstLastScan(
    _ needle: UnsafeBufferPointer<UInt16>, in hay: UnsafeBufferPointer<UInt16>
  ) -> [Int] {
    let m = needle.count
    let n = hay.count
    let width = Lanes.scalarCount
    let first = Lanes(repeating: needle[0])
    let last = Lanes(repeating: needle[m - 1])
    let raw = UnsafeRawPointer(hay.baseAddress!)
    let stride = MemoryLayout<UInt16>.stride
    var result: [Int] = []
    var nextFree = 0  // the first offset a new match may start at (no overlaps)
    var i = 0
    while i + m - 1 + width <= n {
      let heads = raw.loadUnaligned(fromByteOffset: i * stride, as: Lanes.self)
      let tails = raw.loadUnaligned(fromByteOffset: (i + m - 1) * stride, as: Lanes.self)
      let hits = (heads .== first) .& (tails .== last)
      if any(hits) {
        for lane in 0..<width where hits[lane] {
          let start = i + lane
          if start >= nextFree && middleMatches(needle, hay, at: start) {
            result.append(start)
            nextFree = start + m
          }
        }
      }
      i += width
    }
    while i + m <= n {
      if i >= nextFree && hay[i] == needle[0] && hay[i + m - 1] == needle[m - 1]
        && middleMatches(needle, hay, at: i)
      {
        result.append(i)
        nextFree = i + m
      }
      i += 1
    }
    return result
  }

  /// True when the units between the first and the last of `needle` equal `hay`'s at `offset`.
  @inline(__always)
  private static func middleMatches(
    _ needle: UnsafeBufferPointer<UInt16>, _ hay: UnsafeBufferPointer<UInt16>, at offset: Int
  ) -> Bool {
    var k = 1
    while k < needle.count - 1 {
      if hay[offset + k] != needle[k] { return false }
      k += 1
    }
    return true
  }

  /// Every offset of one unit.
  private static func startsOfUnit(_ unit: UInt16, in hay: UnsafeBufferPointer<UInt16>) -> [Int] {
    var result: [Int] = []
    for i in hay.indices where hay[i] == unit { result.append(i) }
    return result
  }

}
