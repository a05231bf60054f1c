import Testing

@testable import PaperKit

@Suite struct SearchUnitScanTests {
  /// Leftmost-first, non-overlapping starts by the obvious loop.
  static func reference(_ needle: [UInt16], _ hay: [UInt16]) -> [Int] {
    var result: [Int] = []
    var i = 0
    while i + needle.count <= hay.count {
      if Array(hay[i..<(i + needle.count)]) == needle {
        result.append(i)
        i += needle.count
      } else {
        i += 1
      }
    }
    return result
  }

  static func scan(_ needle: [UInt16], _ hay: [UInt16]) -> [Int] {
    hay.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { UnitSearch.starts(of: $0, in: hay) }
    }
  }

  /// Random texts over a three-unit alphabet, of every length around the vector width, so that
  /// candidates fall in vector blocks, across block edges and in the scalar tail.
  @Test func agreesWithTheObviousLoop() {
    var generator = SystemRandomNumberGenerator()
    for length in 0..<80 {
      for _ in 0..<20 {
        let hay = (0..<length).map { _ in UInt16.random(in: 1...3, using: &generator) }
        for needleLength in 1...5 {
          let needle = (0..<needleLength).map { _ in UInt16.random(in: 1...3, using: &generator) }
          #expect(Self.scan(needle, hay) == Self.reference(needle, hay), "\(needle) in \(hay)")
        }
      }
    }
  }

  @Test func findsMatchesAtTheVeryEnd() {
    let hay = [UInt16](repeating: 7, count: 40) + [1, 2]
    #expect(Self.scan([1, 2], hay) == [40])
    #expect(Self.scan([7, 1, 2], hay) == [39])
    #expect(Self.scan([2], hay) == [41])
  }

  @Test func emptyOrTooLongNeedleFindsNothing() {
    #expect(Self.scan([], [1, 2, 3]).isEmpty)
    #expect(Self.scan([1, 2, 3, 4], [1, 2, 3]).isEmpty)
  }
}
