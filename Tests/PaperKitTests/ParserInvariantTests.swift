import Testing

@testable import PaperKit

/// Nothing is silently lost: every non-whitespace character of the input is in the model.
@Suite struct ParserInvariantTests {
  /// Every non-whitespace scalar of the page's texts, in model order.
  static func modelScalars(_ page: Page) -> [Unicode.Scalar: Int] {
    var texts: [String] = (page.banner.map { [$0] } ?? []) + page.furniture
    for section in page.sections {
      texts += section.name.map { [$0] } ?? []
      for article in section.articles {
        texts += article.fields.compactMap { article.text(of: $0) }
        texts += article.metadata + (article.sourceCredit.map { [$0] } ?? [])
      }
    }
    return counts(texts.joined())
  }

  static func counts(_ text: String) -> [Unicode.Scalar: Int] {
    var result: [Unicode.Scalar: Int] = [:]
    for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
      result[scalar, default: 0] += 1
    }
    return result
  }

  @Test(arguments: GoldenPageTests.pages)
  func everyCharacterOfTheInputIsInTheModel(fixture: String) throws {
    let decoded = try PageDecoder.decode(try Fixtures.bytes(fixture))
    let page = PageParser.parse(decoded.text, source: fixture)
    #expect(Self.modelScalars(page) == Self.counts(decoded.text))
  }

  @Test func randomLinesOfPageTextAreNeverLost() throws {
    var generator = SeededGenerator(seed: 42)
    let pool = SamplePage.text.split(separator: "\n").map(String.init)
    for _ in 0..<200 {
      let lines = (0..<Int.random(in: 1...30, using: &generator)).map { _ in
        pool.randomElement(using: &generator)!
      }
      let text = lines.joined(separator: Bool.random(using: &generator) ? "\n" : "\n\n")
      let page = PageParser.parse(text, source: "random")
      #expect(Self.modelScalars(page) == Self.counts(text))
    }
  }

  @Test func randomTextsFromPageVocabularyNeverCrashOrLoseText() {
    var generator = SeededGenerator(seed: 7)
    let pool = Array(
      "本报讯电记者通讯员实习生摄影文图/（）()【】，。、：；！？“”…—■0123456789京月日北海口题评论员 \u{3000}\u{A0}\n\n\n甲乙丙丁"
    )
    for _ in 0..<2000 {
      let text = String(
        (0..<Int.random(in: 0...120, using: &generator)).map { _ in
          pool.randomElement(using: &generator)!
        })
      let page = PageParser.parse(text, source: "fuzz")
      #expect(Self.modelScalars(page) == Self.counts(text), "\(text.debugDescription)")
    }
  }
}
