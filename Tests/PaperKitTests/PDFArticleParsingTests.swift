import Testing

@testable import PaperKit

/// The text parser's rules on an article cut out by geometry: what it adds, and what
/// geometry keeps (paragraph ends, headings, captions, every character).
@Suite struct PDFArticleParsingTests {
  @Test func aBlockMendedAcrossAParagraphEndIsCutThereAgain() {
    let paragraphs = ["假设月入10000元，则单位个人各缴15元", "单位职工参加长期护理保险由用人单位和职工个人共同缴费。"]
    let mended = [Block(.paragraph, paragraphs.joined())]
    #expect(
      PDFArticleParsing.cut(mended, atEndsOf: paragraphs)
        == paragraphs.map { Block(.paragraph, $0) })
  }

  @Test func aBlockMendedOverALineTheParserTookOutIsCutToo() {
    // The parser took the byline paragraph between the two into the byline and joined
    // the paragraphs on either side.
    let paragraphs = ["（2026-05-02）稿件来源：新华每日电讯要闻", "新华社记者 许苏培", "2026年5月1日，中国对53个非洲建交国全面实施零关税。"]
    let mended = [Block(.paragraph, paragraphs[0] + paragraphs[2])]
    #expect(
      PDFArticleParsing.cut(mended, atEndsOf: paragraphs) == [
        Block(.paragraph, paragraphs[0]), Block(.paragraph, paragraphs[2]),
      ])
  }

  @Test func blocksWithinOneParagraphAreLeftAlone() {
    let paragraphs = ["本报北京10月14日电（记者贺勇）记者日前获悉：冬博会将举行。"]
    let blocks = [Block(.paragraph, "记者日前获悉：冬博会将举行。")]
    #expect(PDFArticleParsing.cut(blocks, atEndsOf: paragraphs) == blocks)
  }

  @Test func captionsGoBackAfterTheBlockThatEndsTheirParagraph() {
    let original = [
      Block(.paragraph, "本报讯（记者）第一段。"), Block(.caption, "图为现场。"), Block(.paragraph, "第二段。"),
    ]
    let parsed = [Block(.paragraph, "第一段。"), Block(.paragraph, "第二段。")]
    #expect(
      PDFArticleParsing.withCaptions(of: original, in: parsed) == [
        Block(.paragraph, "第一段。"), Block(.caption, "图为现场。"), Block(.paragraph, "第二段。"),
      ])
  }

  @Test func theParserReadsTheBylineAndGeometryKeepsTheHeadings() {
    var article = Article(kicker: "引题", title: "国际冬季运动博览会将举行", subtitle: "副题")
    article.blocks = [
      Block(.paragraph, "本报北京10月14日电（记者贺勇）记者日前从北京市政府新闻办获悉：本届冬博会将于17日举办。"),
      Block(.caption, "图为展馆。"),
      Block(.paragraph, "第二段文字，写得长一些才像正文的样子。"),
    ]
    let (parsed, furniture) = PDFArticleParsing.parsed(article)
    #expect(furniture.isEmpty)
    #expect(parsed.kicker == "引题")
    #expect(parsed.title == "国际冬季运动博览会将举行")
    #expect(parsed.subtitle == "副题")
    #expect(parsed.byline?.reporters == ["贺勇"])
    #expect(
      parsed.blocks == [
        Block(.paragraph, "记者日前从北京市政府新闻办获悉：本届冬博会将于17日举办。"), Block(.caption, "图为展馆。"),
        Block(.paragraph, "第二段文字，写得长一些才像正文的样子。"),
      ])
  }
}
