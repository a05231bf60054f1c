import Testing

@testable import PaperKit

/// Properties of the layout over the fixture pages at every width from 8 to 120.
@Suite struct LayoutPropertyTests {
  static let fixtures = ["seed.txt", "rmrb-2019-10-15-p13.txt", "hndaily-2026-07-23-p03.txt"]

  // The rules, written out independently of the implementation's lists.
  static let neverFirst = Set("，。、：；！？）》」』】〕〗〉”’,.:;!?)]}·".unicodeScalars)
  static let neverLast = Set("“‘（《「『【〔〖〈([{".unicodeScalars)
  static let dashes = Set("—…".unicodeScalars)
  static let spaces = Set(" \u{3000}".unicodeScalars)

  /// Articles made from a fixture without the parser: every non-empty line (indent trimmed)
  /// is a block; each run of eight makes an article, its first line the title.
  static func articles(_ name: String) throws -> [Article] {
    let lines = try Fixtures.text(name).split(whereSeparator: \.isNewline).map {
      String($0.trimmingPrefix { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
    }.filter { !$0.allSatisfy { $0 == " " || $0 == "\u{3000}" } }
    return stride(from: 0, to: lines.count, by: 8).map { start in
      let chunk = lines[start..<min(start + 8, lines.count)]
      return Article(title: chunk.first!, blocks: chunk.dropFirst().map { Block(.paragraph, $0) })
    }
  }

  @Test(arguments: fixtures)
  func layoutKeepsTheRulesAtEveryWidth(fixture: String) throws {
    let articles = try Self.articles(fixture)
    try #require(articles.map(\.blocks.count).reduce(0, +) > 10)
    var issues: [String] = []
    var forced = 0
    var breaks = 0
    for width in 8...120 {
      for options in [LayoutOptions(), LayoutOptions(indentParagraphs: false)] {
        for article in articles {
          check(article, width, options, &issues, &forced, &breaks)
          if issues.count > 10 { break }
        }
      }
    }
    #expect(issues.isEmpty, "\(issues.joined(separator: "\n"))")
    #expect(breaks > 1000)
    #expect(forced * 50 < breaks, "forced breaks should be rare: \(forced) of \(breaks)")
  }

  /// The same properties over the pages as the real parser reads them (kickers, bylines,
  /// leads, subheads, captions, notes).
  @Test(arguments: fixtures)
  func parsedPagesKeepTheRulesAtEveryWidth(fixture: String) throws {
    let page = try PageLoader.page(from: Fixtures.bytes(fixture), source: fixture)
    try #require(!page.articles.isEmpty)
    var issues: [String] = []
    var forced = 0
    var breaks = 0
    for width in 8...120 {
      for article in page.articles {
        check(article, width, LayoutOptions(), &issues, &forced, &breaks)
      }
      if issues.count > 10 { break }
    }
    #expect(issues.isEmpty, "\(issues.joined(separator: "\n"))")
    #expect(forced * 50 < breaks, "forced breaks should be rare: \(forced) of \(breaks)")
  }

  /// Random texts over a vocabulary of every kind the rules know (seeded, so reproducible),
  /// through the breaker directly at widths 2…30.
  @Test func randomTextsKeepWidthsAndText() {
    let vocabulary: [String] = [
      "中", "国", "人", "，", "。", "、", "“", "”", "（", "）", "《", "》", "——", "……", "·", "1", "2",
      "5", ".", "%", "a", "b", "Z", " ", "\u{3000}", "e\u{0301}", "👍🏽", "🇨🇳", "\u{7}", "か\u{3099}",
      "ｶﾞ", "\u{1100}\u{1161}",
    ]
    var rng = SeededGenerator(seed: 15834)
    var breaker = LineBreaker()
    for round in 0..<3000 {
      let text = (0..<Int(rng.next() % 40)).map { _ in
        vocabulary[Int(rng.next() % UInt64(vocabulary.count))]
      }.joined()
      let width = 2 + round % 29
      let lines = breaker.lines(of: text, firstWidth: width, width: width)
      let scalars = Array(text.unicodeScalars)
      var position = 0
      for (index, line) in lines.enumerated() {
        let shown = String(String.UnicodeScalarView(scalars[line.scalars]))
        #expect(CellWidth.of(CellWidth.displayable(shown)) == line.width, "\(text) at \(width)")
        #expect(line.width <= width, "\(text) at \(width)")
        #expect(scalars[position..<line.scalars.lowerBound].allSatisfy(Self.spaces.contains))
        position = line.scalars.upperBound
        if index + 1 < lines.count, !line.forced, lines[index + 1].scalars.lowerBound == position {
          let before = Character(String(shown.last!))
          let after = String(scalars[position...].map(Character.init)).first!
          #expect(
            LineBreakRules.canBreak(
              between: LineBreakRules.classes(of: before.unicodeScalars.first!.value),
              and: LineBreakRules.classes(of: after.unicodeScalars.first!.value)),
            "\(text) at \(width): \(shown) | \(after)")
        }
      }
      #expect(scalars[position...].allSatisfy(Self.spaces.contains), "\(text) at \(width)")
    }
  }

  private func check(
    _ article: Article, _ width: Int, _ options: LayoutOptions, _ issues: inout [String],
    _ forced: inout Int, _ breaks: inout Int
  ) {
    let lines = ArticleLayout.lines(for: article, width: width, options: options)
    for line in lines where CellWidth.of(line.text) > width {
      issues.append("width \(width): \(line.text) is \(CellWidth.of(line.text)) cells")
    }
    // Lines per field, in reading order.
    var byField: [(ArticleField, [LaidOutLine])] = []
    for line in lines {
      guard let source = line.source else { continue }
      if byField.last?.0 == source.field {
        byField[byField.count - 1].1.append(line)
      } else {
        byField.append((source.field, [line]))
      }
    }
    let expectedFields = article.fields.filter { !(article.text(of: $0) ?? "").isEmpty }
    if byField.map(\.0) != expectedFields {
      issues.append("width \(width): fields \(byField.map(\.0)) != \(expectedFields)")
      return
    }
    for (field, fieldLines) in byField {
      let text = Array(article.text(of: field)!.unicodeScalars)
      var position = 0
      for (index, line) in fieldLines.enumerated() {
        let span = line.source!
        let gap = text[position..<span.range.lowerBound]
        if !gap.allSatisfy(Self.spaces.contains) {
          issues.append("width \(width): lost \(String(String.UnicodeScalarView(gap)))")
        }
        var shown = Array(line.text.unicodeScalars)
        if span.column == 4, shown.starts(with: "\u{3000}\u{3000}".unicodeScalars) {
          shown.removeFirst(2)
        }
        if String(String.UnicodeScalarView(shown))
          != CellWidth.displayable(String(String.UnicodeScalarView(text[span.range])))
        {
          issues.append("width \(width): line \(line.text) does not show its span \(span)")
        }
        position = span.range.upperBound
        guard index + 1 < fieldLines.count else { continue }
        let next = fieldLines[index + 1].source!.range
        guard next.lowerBound == span.range.upperBound, !span.range.isEmpty else { continue }
        breaks += 1
        let last = text[span.range.upperBound - 1]
        let first = text[next.lowerBound]
        let wrong =
          Self.neverFirst.contains(first) || Self.neverLast.contains(last)
          || (Self.dashes.contains(last) && Self.dashes.contains(first))
          || (Self.isWord(last) && Self.isWord(first))
        guard wrong else { continue }
        // Allowed only as a hard break: the line is full and holds no legal break
        // (two ideographs side by side would be one).
        let full = CellWidth.of(line.text) + CellWidth.ofScalar(first) > width
        let ideographPair = zip(shown, shown.dropFirst()).contains {
          Self.isIdeograph($0) && Self.isIdeograph($1)
        }
        if full && !ideographPair {
          forced += 1
        } else {
          issues.append("width \(width): bad break \(line.text) | \(String(first))")
        }
      }
      if !text[position...].allSatisfy(Self.spaces.contains) {
        issues.append("width \(width): lost the end of \(field)")
      }
    }
  }

  static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    (0x21...0x7E).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
  }

  static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value)
  }
}
