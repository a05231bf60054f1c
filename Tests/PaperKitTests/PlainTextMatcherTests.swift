import Testing

@testable import PaperKit

/// The hand-written byline-opening matcher and the byte-wise prefix and suffix tests give
/// the same answers as the regular expressions and String methods they stand in for.
@Suite struct PlainTextMatcherTests {
  /// Characters the byline patterns care about, a few fillers, and some that are not plain
  /// (a combining mark, a compatibility ideograph equal to 社, a precomposed letter).
  static let alphabet: [String] = [
    "据", "據", "本", "报", "報", "社", "新华", "网", "網", "台", "臺", "北京", "海口", "1", "7", "２", "０",
    "月", "日", "讯", "訊", "电", "電", "（", "）", "(", ")", "【", "】", "，", "。", "“", "”", " ",
    "\u{3000}", "记者", "张三", "李", "题：", "\u{301}", "\u{FA4C}", "é", "！", "、", "”", "_", "|",
    "摄", "\u{600}", "\u{2003}", "\t",
  ]

  static func randomText(_ generator: inout SeededGenerator, pieces: ClosedRange<Int>) -> String {
    let count = Int.random(in: pieces, using: &generator)
    return (0..<count).map { _ in alphabet.randomElement(using: &generator)! }.joined()
  }

  static let examples = [
    "本报讯", "本报讯 记者刘海 通讯员陈丹丹 谎称", "新华社北京7月22日电", "据新华社柏林10月13日电（记者 张三）消息",
    "本报海口7月22日讯（海南日报记者 李萌）", "【本报讯】昨日", "【新华网讯】", "（本报永兴岛7月22日电）",
    "管网更新和加装电梯", "本报讯员工", "新华社记者", "据据报讯", "本报报讯讯", "本报北京１２月３日电 （记者）",
  ]

  @Test func datelineOpeningsMatchTheRegularExpression() {
    var generator = SeededGenerator(seed: 7)
    let texts =
      Self.examples + Self.examples.map { String($0.dropFirst()) }
      + (0..<20_000).map { _ in
        // Most start like an agency, so that many match and the lazy parts are exercised.
        ["", "本报", "据新华社", "新华社北京", "本报海口7月"].randomElement(using: &generator)!
          + Self.randomText(&generator, pieces: 1...16)
      }
    var decided = 0
    var matched = 0
    for text in texts {
      for whole in [false, true] {
        let expected = BylineParser.datelineOpeningByRegex(text, whole: whole)
        switch BylineOpeningMatcher.dateline(in: text, whole: whole) {
        case .matched(let opening):
          decided += 1
          matched += 1
          #expect(opening == expected, "\(text) whole: \(whole)")
        case .unmatched:
          decided += 1
          #expect(expected == nil, "\(text) whole: \(whole)")
        case .undecided:
          #expect(text.unicodeScalars.contains { !$0.isPlain })
        }
      }
    }
    #expect(decided > 10_000)
    #expect(matched > 1_000)
  }

  @Test func bracketedOpeningsMatchTheRegularExpression() {
    var generator = SeededGenerator(seed: 11)
    let texts =
      Self.examples
      + (0..<20_000).map { _ in "【" + Self.randomText(&generator, pieces: 0...9) }
    for text in texts {
      let expected = BylineParser.bracketedOpeningByRegex(text)
      switch BylineOpeningMatcher.bracketed(in: text) {
      case .matched(let opening): #expect(opening == expected, "\(text)")
      case .unmatched: #expect(expected == nil, "\(text)")
      case .undecided: #expect(text.unicodeScalars.contains { !$0.isPlain })
      }
    }
  }

  @Test func longPeopleStopAtSixtyCharacters() {
    let sixty = String(repeating: "李", count: 60)
    let opening = BylineOpeningMatcher.dateline(in: "本报讯（\(sixty)）", whole: true)
    guard case .matched(let found) = opening else {
      Issue.record("no match")
      return
    }
    #expect(found.people != nil)
    let tooLong = BylineOpeningMatcher.dateline(in: "本报讯（\(sixty)李）", whole: true)
    guard case .unmatched = tooLong else {
      Issue.record("matched \(tooLong)")
      return
    }
  }

  @Test func bytewisePrefixesAndSuffixesAgreeWithString() {
    var generator = SeededGenerator(seed: 3)
    let pieces = ["本报", "记者", "报", "摄", " 摄", "（", "社", "本", "", "供图", "。"]
    for _ in 0..<20_000 {
      let text = Self.randomText(&generator, pieces: 0...5)
      for piece in pieces {
        #expect(text.opens(with: piece) == text.hasPrefix(piece), "\(text) opens with \(piece)")
        #expect(text.closes(with: piece) == text.hasSuffix(piece), "\(text) closes with \(piece)")
      }
    }
  }

  @Test func scalarScansAgreeWithCharacterScans() {
    var generator = SeededGenerator(seed: 5)
    let marks = ["。！？”", "_-|｜", "（(", "摄", " \u{3000}、"]
    for _ in 0..<20_000 {
      let text = Self.randomText(&generator, pieces: 0...8)
      for characters in marks {
        let plainMarks = PlainMarks(characters)
        #expect(text.firstIndex(ofAnyOf: plainMarks) == text.firstIndex(where: characters.contains))
        #expect(text.lastIndex(ofAnyOf: plainMarks) == text.lastIndex(where: characters.contains))
        #expect(
          text.split(atAnyOf: plainMarks).map { Array($0.unicodeScalars) }
            == text.split(whereSeparator: { characters.contains($0) }).map {
              Array($0.unicodeScalars)
            })
        #expect(text.opensWithOne(of: plainMarks) == (text.first.map(characters.contains) ?? false))
        #expect(text.closesWithOne(of: plainMarks) == (text.last.map(characters.contains) ?? false))
      }
      #expect(TextEvidence.endsSentence(text) == Self.endsSentenceByCharacters(text), "\(text)")
      #expect(
        Array(text.trimmingSpaces.unicodeScalars)
          == Array(Self.trimmedByScalars(text).unicodeScalars))
      #expect(TextEvidence.pauseCount(text) == text.count { TextEvidence.pauses.contains($0) })
      #expect(TextEvidence.firstSentenceLength(text) == Self.firstSentenceLengthByCharacters(text))
      for limit in [0, 3, 10] {
        #expect(TextEvidence.isAtMost(text, limit) == (TextEvidence.length(text) <= limit))
      }
    }
  }

  @Test func longTailsEndSentencesAlike() {
    var generator = SeededGenerator(seed: 23)
    let pieces = ["。", "”", "）", "李", "\u{301}", "\u{600}", "！", " "]
    for _ in 0..<5_000 {
      let count = Int.random(in: 20...45, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
      #expect(TextEvidence.endsSentence(text) == Self.endsSentenceByCharacters(text), "\(text)")
    }
  }

  /// `trimmingSpaces` as it read before: rebuilt from the scalars between the spaces.
  static func trimmedByScalars(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }

  /// `endsSentence` as it read before the scalar path, by Characters.
  static func endsSentenceByCharacters(_ text: String) -> Bool {
    for character in String(text.unicodeScalars.suffix(TextEvidence.maxTailScalars)).reversed() {
      if TextEvidence.closers.contains(character) { continue }
      return TextEvidence.sentenceEnders.contains(character)
    }
    return false
  }

  /// `firstSentenceLength` as it read before the scalar path, by Characters.
  static func firstSentenceLengthByCharacters(_ text: String) -> Int? {
    var count = 0
    for character in text {
      count += 1
      if character == "。" || character == "！" || character == "？" { return count }
    }
    return nil
  }

  @Test func captionMarkersAreFoundInOnePass() {
    let markers = [
      "（资料片）", "（资料图）", "（资料图片）", "（人民视觉）", "（新华社发）", "（图片来源", "摄）", "（漫画）", "（插图）",
      "供图）", "攝）", "（資料圖）", "（資料片）",
    ]
    let pieces = markers + ["（", "）", "摄", "供图", "资料", "片", "图", "。", "李"]
    var generator = SeededGenerator(seed: 13)
    for _ in 0..<20_000 {
      let count = Int.random(in: 0...6, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
      let expected = text.includes("（") && markers.contains(where: text.includes)
      #expect(TextEvidence.hasCaptionMarker(text) == expected, "\(text)")
    }
  }

  @Test func linesAreSlicedOrFoldedAlike() {
    let spaces: Set<Unicode.Scalar> = [
      " ", "\t", "\u{0B}", "\u{0C}", "\r", "\u{A0}", "\u{85}", "\u{3000}", "\u{2003}", "\u{2028}",
      "\u{202F}",
      "\u{205F}", "\u{1680}",
    ]
    let pieces = [
      "本报", "记者", "a", "。", " ", "  ", "\u{3000}", "\u{A0}", "\t", "\n", "\u{2003}", "é", "\u{301}",
    ]
    var generator = SeededGenerator(seed: 17)
    for _ in 0..<5_000 {
      let count = Int.random(in: 0...12, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
      // The reference: split at LF, drop the spaces at both ends, fold each inner run to one.
      let expected = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        .compactMap { number, line -> (Int, String, Bool)? in
          let words = line.unicodeScalars.split(whereSeparator: spaces.contains).map {
            String(String.UnicodeScalarView($0))
          }
          guard !words.isEmpty else { return nil }
          let indented = line.unicodeScalars.first.map(spaces.contains) ?? false
          return (number + 1, words.joined(separator: " "), indented)
        }
      let lines = SourceLine.lines(of: text)
      #expect(lines.map(\.number) == expected.map(\.0), "\(text.debugDescription)")
      #expect(
        lines.map { Array($0.text.unicodeScalars) } == expected.map { Array($0.1.unicodeScalars) })
      #expect(lines.map(\.indented) == expected.map(\.2))
      #expect(lines.map(\.length) == lines.map { TextEvidence.length($0.text) })
    }
  }

  @Test func byteSearchFindsTheFirstOccurrence() {
    var generator = SeededGenerator(seed: 19)
    let pieces = ["记者", "者", "记", "本报", "a", "。", "摄影记者", "报"]
    for _ in 0..<5_000 {
      let count = Int.random(in: 0...40, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
      for needle in ["记者", "者", "摄影", "a。", "报记"] {
        let bytes = Array(text.utf8)
        let pin = Array(needle.utf8)
        let expected = bytes.indices.first { start in
          start + pin.count <= bytes.count && bytes[start..<(start + pin.count)].elementsEqual(pin)
        }
        let found = text.firstByteRange(of: needle).map {
          text.utf8.distance(from: text.startIndex, to: $0.lowerBound)
        }
        #expect(found == expected, "\(needle) in \(text)")
        #expect(text.includes(needle) == (expected != nil))
      }
    }
  }
}
