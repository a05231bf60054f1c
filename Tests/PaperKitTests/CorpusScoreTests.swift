import Foundation
import Testing

@testable import PaperKit

/// The sample pages of several papers, scored against their truth (each page's articles as
/// printed heading lines), as `dubao-bench accuracy` scores them. A rule change may not lower
/// these figures.
@Suite struct CorpusScoreTests {
  func scores(_ folder: String = "samples") throws -> (SegmentationScore, ParagraphScore) {
    let truthData = try Data(
      contentsOf: try #require(
        Bundle.module.url(forResource: "Fixtures/\(folder)/truth", withExtension: "json")))
    let truth = try JSONDecoder().decode([String: [ExpectedArticle]].self, from: truthData)
    var segmentation = SegmentationScore()
    var paragraphs = ParagraphScore()
    for (name, expected) in truth {
      let bytes = try Fixtures.bytes(folder + "/" + name)
      let page = try PageLoader.page(from: bytes, source: name)
      segmentation = segmentation + SegmentationScore(articles: page.articles, expected: expected)
      let reshaped = PageParser.parse(
        PDFShape.reshape(String(decoding: bytes, as: UTF8.self), seed: UInt64(name.utf8.count)),
        source: name)
      paragraphs = paragraphs + ParagraphScore(original: page, reshaped: reshaped)
    }
    return (segmentation, paragraphs)
  }

  @Test func samplesAreSegmentedAndTitledRight() throws {
    let (segmentation, _) = try scores()
    #expect(segmentation.expected == 71)
    #expect(segmentation.f1 >= 0.98)
    #expect(segmentation.titlesRight == segmentation.matched)
  }

  /// Pages written to imitate papers and shapes the samples do not have (Fixtures/probe2, 3
  /// and 4, README in each), with paragraph counts and reporters in their truth.
  @Test(arguments: [("probe2", 57, 0.95), ("probe3", 55, 0.95), ("probe4", 51, 0.88)])
  func probePagesAreSegmentedAndCounted(folder: String, articles: Int, f1: Double) throws {
    let (segmentation, _) = try scores(folder)
    #expect(segmentation.expected == articles)
    #expect(segmentation.f1 >= f1)
    #expect(Double(segmentation.titlesRight) >= 0.95 * Double(segmentation.matched))
    #expect(Double(segmentation.paragraphCountsExact) >= 0.7 * Double(segmentation.matched))
    #expect(Double(segmentation.reportersFound) >= 0.75 * Double(segmentation.reportersExpected))
  }

  @Test func pdfShapedSamplesKeepTheirParagraphs() throws {
    let (_, paragraphs) = try scores()
    #expect(paragraphs.paragraphs > 700)
    #expect(Double(paragraphs.intact) >= 0.9 * Double(paragraphs.paragraphs))
    #expect(paragraphs.falseJoins == 0)
  }

  @Test func scoreCountsMatchesInOrder() {
    let articles = [Article(title: "甲"), Article(title: "多出来的"), Article(kicker: "引题", title: "乙")]
    let score = SegmentationScore(articles: articles, expected: [["甲"], ["引题", "乙"], ["丙"]])
    #expect(score.matched == 2)
    #expect(score.found == 3)
    #expect(score.missed == ["丙"])
    #expect(score.spurious == ["多出来的"])
    #expect(abs(score.f1 - 4.0 / 6.0) < 1e-9)
  }

  @Test func reshapedTextCutsOnlyBetweenLetters() {
    let line = String(repeating: "这是一段很长的正文内容，", count: 6)
    let reshaped = PDFShape.reshape(line + "\n", seed: 7)
    let pieces = reshaped.split(separator: "\n", omittingEmptySubsequences: true)
    #expect(pieces.joined() == line)
    for piece in pieces.dropLast() {
      #expect(piece.last.map { $0 != "，" } == true)
    }
  }
}
