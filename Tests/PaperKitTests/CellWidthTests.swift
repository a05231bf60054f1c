import Glibc
import Testing

@testable import PaperKit

/// glibc's own `wcwidth`, looked up in libc itself: the test binary also links the dubao
/// executable's objects, whose exported `wcwidth` (WidthExport.swift) a plain call would reach.
nonisolated(unsafe) private let glibcWcwidth: @convention(c) (Int32) -> Int32 = {
  guard let libc = dlopen("libc.so.6", RTLD_NOW), let symbol = dlsym(libc, "wcwidth") else {
    preconditionFailure("cannot find glibc's wcwidth")
  }
  return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
}()

@Suite struct CellWidthTests {
  @Test func matchesGlibcWcwidthForEveryCodePoint() throws {
    try #require(setlocale(LC_ALL, "C.UTF-8") != nil, "the C.UTF-8 locale is missing")
    var mismatches: [String] = []
    for value in UInt32(0)...0x10FFFF {
      let expected = Int(glibcWcwidth(Int32(value)))
      let actual = CellWidth.ofCodePoint(value)
      var scalarActual = actual
      if let scalar = Unicode.Scalar(value) { scalarActual = CellWidth.ofScalar(scalar) }
      if actual != expected || scalarActual != expected, mismatches.count < 20 {
        mismatches.append("U+\(String(value, radix: 16)): glibc \(expected), ours \(actual)")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
    #expect(CellWidth.ofCodePoint(0x110000) == -1)
  }

  @Test(arguments: [
    ("A", 1), ("中", 2), ("，", 2), ("。", 2), ("\u{3000}", 2), ("“", 1), ("”", 1), ("…", 1),
    ("—", 1), ("·", 1), ("\u{0301}", 0), ("\u{200B}", 0), ("\u{7}", -1), ("\u{9F}", -1),
    ("😀", 2), ("\u{FFFD}", 1),
  ])
  func knownScalars(text: String, width: Int) {
    #expect(CellWidth.ofScalar(text.unicodeScalars.first!) == width)
  }

  /// Clusters advance by their first scalar's width: what ncursesw's setcchar keeps.
  @Test(arguments: [
    ("e\u{0301}", 1, "e\u{0301}"),  // base + combining mark: one cell
    ("👍🏽", 2, "👍"),  // emoji + skin tone: the modifier is dropped
    ("👨\u{200D}👩\u{200D}👧", 2, "👨"),  // ZWJ family: first emoji, no trailing ZWJ
    ("🇨🇳", 1, "🇨"),  // flag: the first regional indicator
    ("❤\u{FE0F}", 1, "❤"),  // VS16 after a 1-cell base is not drawn
    ("1\u{FE0F}\u{20E3}", 1, "1\u{20E3}"),  // keycap
    ("\u{1100}\u{1161}\u{11A8}", 2, "\u{1100}\u{1161}\u{11A8}"),  // conjoining Hangul
    ("中", 2, "中"),
  ])
  func clusters(text: String, width: Int, drawn: String) {
    let character = Character(text)
    #expect(CellWidth.of(character) == width)
    // What is drawn (ReaderKit's DrawnText, tested there) is as wide as the cluster.
    #expect(drawn.unicodeScalars.reduce(0) { $0 + CellWidth.ofScalar($1) } == width)
  }

  /// Indic conjuncts and spacing marks: Swift joins them into one cluster, ncursesw draws
  /// each spacing scalar in a cell of its own, so the cluster is as wide as all of them.
  @Test(arguments: [
    ("\u{0915}\u{094D}\u{0937}", 2),  // क्ष
    ("\u{0915}\u{093E}", 2),  // का: the vowel sign is a spacing mark
    ("\u{0915}\u{094D}\u{0937}\u{093F}", 3),  // क्षि
    ("\u{0995}\u{09CD}\u{09B7}", 2),  // Bengali ক্ষ
  ])
  func spacingScalarsInsideAClusterTakeTheirCells(text: String, width: Int) {
    #expect(text.count == 1, "Swift keeps it one cluster")
    guard text.count == 1 else { return }
    #expect(CellWidth.of(Character(text)) == width)
    #expect(CellWidth.of(text) == width)
  }

  @Test func displayableReplacesOnlyMinusOneScalars() {
    #expect(CellWidth.displayable("a\u{7}中\u{85}b\u{0301}") == "a\u{FFFD}中\u{FFFD}b\u{0301}")
    #expect(CellWidth.displayable("无需替换") == "无需替换")
    #expect(CellWidth.of("a\u{7}中") == 4)
    #expect(CellWidth.of(Character("\r\n")) == 2)  // becomes two U+FFFD
  }

  @Test func stringWidthIsTheSumOfItsClusters() throws {
    let samples = [
      "今年68岁的唐康林，是大家眼中的“老铁人”。", "a\u{7}中\u{85}", "e\u{0301}👍🏽🇨🇳❤\u{FE0F}",
      "\u{1100}\u{1161}\u{11A8}가", "ｶﾞｷﾞ", "", "\r\n", try Fixtures.text("seed.txt"),
    ]
    for sample in samples {
      #expect(CellWidth.of(sample) == sample.reduce(0) { $0 + CellWidth.of($1) }, "\(sample)")
      #expect(CellWidth.of(sample[...]) == CellWidth.of(sample))
    }
    #expect(CellWidth.of("今年68岁") == 8)
  }

  /// The layout's plain-text path treats "spacing scalar + zero-width scalars" as a cluster;
  /// that is only right if no scalar it accepts joins a cluster while having a width.
  @Test func plainPathScalarsNeverJoinClustersWithWidth() {
    var wrong: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value),
        ScalarTable.properties(value) & ScalarTable.clusterBit == 0
      else { continue }
      let s = String(scalar)
      if ("\(s)a").count != 2 { wrong.append("U+\(String(value, radix: 16)) prepends") }
      if CellWidth.ofScalar(scalar) != 0 {
        for base in ["a", "中", "가", "각"] where (base + s).count != 2 {
          wrong.append("U+\(String(value, radix: 16)) extends \(base)")
        }
      }
      if wrong.count > 20 { break }
    }
    #expect(wrong.isEmpty, "\(wrong)")
  }
}
