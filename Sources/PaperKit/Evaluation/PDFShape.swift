/// Turns a page text into the shape of a PDF's text layer — blank-line blocks, no indentation,
/// long paragraphs cut mid-sentence as a column break cuts them — to measure paragraph mending.
public enum PDFShape {
  /// The shortest line (in scalars) that may be cut.
  public static let minimumCutLength = 40

  /// `text` reshaped: every line trimmed and set apart by a blank line, and about half of the
  /// long lines cut at a seeded random point that neither follows nor precedes punctuation.
  public static func reshape(_ text: String, seed: UInt64) -> String {
    var random = SplitMix64(seed: seed)
    var blocks: [String] = []
    for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
      let scalars = Array(String(line).trimmingSpaces.unicodeScalars)
      guard !scalars.isEmpty else { continue }
      if scalars.count >= minimumCutLength, random.next() % 2 == 0,
        let cut = cutPoint(in: scalars, random: &random)
      {
        blocks.append(String(String.UnicodeScalarView(scalars[..<cut])))
        blocks.append(String(String.UnicodeScalarView(scalars[cut...])))
      } else {
        blocks.append(String(String.UnicodeScalarView(scalars)))
      }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// A cut between two letters, at least ten scalars from either end; nil after ten tries.
  private static func cutPoint(in scalars: [Unicode.Scalar], random: inout SplitMix64) -> Int? {
    let range = 10..<(scalars.count - 10)
    for _ in 0..<10 {
      let cut = range.lowerBound + Int(random.next() % UInt64(range.count))
      if isLetter(scalars[cut - 1]) && isLetter(scalars[cut]) { return cut }
    }
    return nil
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
  }
}

/// How many of a page's paragraphs survive being reshaped (`PDFShape`) and read again.
public struct ParagraphScore: Sendable, Equatable {
  /// Paragraphs of the original reading.
  public var paragraphs = 0
  /// Of those, how many the reshaped reading has as one whole block.
  public var intact = 0
  /// Places where the reshaped reading joined the end of one original paragraph to the next.
  public var falseJoins = 0
  /// The reshaped blocks that join two original paragraphs (their first words).
  public var joined: [String] = []
  /// The original paragraphs the reshaped reading does not have whole (their first words).
  public var broken: [String] = []

  /// Creates an empty score.
  public init() {}

  /// Compares the reshaped page's blocks with the original page's paragraphs.
  public init(original: Page, reshaped: Page) {
    let wanted = original.articles.flatMap(\.blocks).filter { $0.kind == .paragraph }
      .map { Array(SegmentationScore.normalized($0.text).unicodeScalars) }
    let got = reshaped.articles.flatMap(\.blocks).filter { $0.kind != .note }
      .map { Array(SegmentationScore.normalized($0.text).unicodeScalars) }
    paragraphs = wanted.count
    let gotSet = Set(got.map { String(String.UnicodeScalarView($0)) })
    for paragraph in wanted {
      let text = String(String.UnicodeScalarView(paragraph))
      if gotSet.contains(text) { intact += 1 } else { broken.append(String(text.prefix(24))) }
    }
    // Boundaries between original paragraphs in their concatenation; a reshaped block that
    // spans one joined two paragraphs.
    var whole: [Unicode.Scalar] = []
    var boundaries = Set<Int>()
    for paragraph in wanted {
      whole += paragraph
      boundaries.insert(whole.count)
    }
    var cursor = 0
    for block in got where block.count > 1 {
      guard
        let start = Self.find(block, in: whole, from: cursor)
          ?? Self.find(block, in: whole, from: 0)
      else { continue }
      let end = start + block.count
      let crossed = boundaries.count { $0 > start && $0 < end }
      falseJoins += crossed
      if crossed > 0 { joined.append(String(String.UnicodeScalarView(block.prefix(24)))) }
      cursor = end
    }
  }

  /// Adds another page's counts.
  public static func + (lhs: Self, rhs: Self) -> Self {
    var sum = lhs
    sum.paragraphs += rhs.paragraphs
    sum.intact += rhs.intact
    sum.falseJoins += rhs.falseJoins
    return sum
  }

  private static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int?
  {
    guard needle.count <= hay.count, from <= hay.count - needle.count else { return nil }
    for start in from...(hay.count - needle.count)
    where hay[start] == needle[0] && hay[start..<(start + needle.count)].elementsEqual(needle) {
      return start
    }
    return nil
  }
}

/// A small seeded generator (SplitMix64), so that reshaped pages are the same on every run.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator from a seed.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
