import Foundation
import PDFText
import Testing

@testable import PaperKit

/// Sample pages laid out as newspaper pages and printed to PDF by
/// `scripts/make-pdf-pages.py` (2–4 columns, side-by-side articles, a photo with caption,
/// header and footer bands), read back against the text they were made from.
@Suite struct PDFFixtureTests {
  /// What the generator laid out: the bands' texts and each article's headings and paragraphs.
  struct Truth: Decodable {
    struct Article: Decodable {
      var headings: [String]
      var paragraphs: [String]
    }
    var furniture: [String]
    var articles: [Article]
  }

  static let pages = [
    "dskb-2026-03-28-pA02", "dskb-2026-03-28-pA04", "dskb-2026-03-28-pB05",
    "rmrb-2019-10-15-p13", "hndaily-2026-07-23-p03",
  ]

  func squeezed(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
  }

  /// An article's body as pieces: byline, blocks but captions, metadata, source credit.
  func pieces(_ article: Article) -> [String] {
    ([article.byline?.text].compactMap { $0 }
      + article.blocks.filter { $0.kind != .caption }.map(\.text) + article.metadata
      + [article.sourceCredit].compactMap { $0 }).map(squeezed)
  }

  @Test(arguments: pages) func readsAsTheArticlesItWasMadeOf(_ name: String) throws {
    let truth = try JSONDecoder().decode(
      Truth.self, from: Data(try Fixtures.bytes("PDF/\(name).truth.json")))
    let pages = try PageLoader.pages(from: try Fixtures.bytes("PDF/\(name).pdf"), source: name)
    let page = try #require(pages.first)
    #expect(pages.count == 1)
    #expect(page.encoding == "PDF")
    #expect(page.warnings.isEmpty)
    let headings = page.articles.map {
      squeezed([$0.kicker, $0.title, $0.subtitle].compactMap { $0 }.joined())
    }
    #expect(headings == truth.articles.map { squeezed($0.headings.joined()) })
    // Each article holds exactly its own text (the parser may split out bylines).
    #expect(
      page.articles.map { String(pieces($0).joined().sorted()) }
        == truth.articles.map { String(squeezed($0.paragraphs.joined()).sorted()) })
    // Every paragraph is whole: one block, or one block with the byline taken from its start
    // or end (a 文/… 图/… credit) or the source credit from its end; and no block runs into
    // the next paragraph.
    var whole = Set<String>()
    for article in page.articles {
      for piece in pieces(article) {
        whole.insert(piece)
        if let byline = article.byline {
          whole.insert(squeezed(byline.text) + piece)
          whole.insert(piece + squeezed(byline.text))
        }
        if let credit = article.sourceCredit { whole.insert(piece + squeezed(credit)) }
      }
    }
    let paragraphs = truth.articles.flatMap { $0.paragraphs.map(squeezed) }
    #expect(paragraphs.filter { !whole.contains($0) } == [])
    let blocks = page.articles.flatMap { $0.blocks.map { squeezed($0.text) } }
    #expect(
      blocks.filter { block in
        paragraphs.contains { block.count > $0.count && block.hasPrefix($0) }
      } == [])
    // The header and footer bands are furniture.
    let furniture = squeezed(page.furniture.joined())
    #expect(truth.furniture.filter { !furniture.contains(squeezed($0)) } == [])
  }

  @Test func theTextParsersRulesApplyToEachArticle() throws {
    let bytes = try Fixtures.bytes("PDF/rmrb-2019-10-15-p13.pdf")
    let page = try #require(try PageLoader.pages(from: bytes, source: "p13.pdf").first)
    let winter = try #require(page.articles.first { $0.title.hasPrefix("国际冬季运动") })
    #expect(winter.byline?.reporters == ["贺勇"])
    #expect(winter.byline?.place == "北京")
    let first = try #require(page.articles.first)
    #expect(
      first.blocks.filter { $0.kind == .subheading }.map(\.text) == [
        "53岁，开始练习长跑", "64岁，练起铁人三项", "68岁，带动他人运动",
      ])
    #expect(first.blocks.contains { $0.kind == .caption && $0.text.hasPrefix("图为") })
  }

  @Test(arguments: pages) func everyPrintedCharacterIsInThePageOnce(_ name: String) throws {
    let bytes = try Fixtures.bytes("PDF/\(name).pdf")
    let glyphs = try #require(try PDFTextReader.pages(of: bytes).first).glyphs
    let page = try #require(try PageLoader.pages(from: bytes, source: name).first)
    var counts: [Unicode.Scalar: Int] = [:]
    for glyph in glyphs {
      for scalar in glyph.character.unicodeScalars { counts[scalar, default: 0] += 1 }
    }
    let texts =
      page.furniture
      + page.articles.flatMap { article in
        [article.kicker, article.title, article.subtitle, article.byline?.text]
          .compactMap { $0 } + article.blocks.map(\.text) + article.metadata
          + [article.sourceCredit].compactMap { $0 }
      }
    for text in texts {
      for scalar in squeezed(text).unicodeScalars { counts[scalar, default: 0] -= 1 }
    }
    #expect(counts.filter { $0.value != 0 }.isEmpty)
    #expect(glyphs.count > 1000)
  }

  @Test func theReaderGivesBoxesSizesAndFontsWithoutSubsetPrefix() throws {
    let page = try #require(
      try PDFTextReader.pages(of: try Fixtures.bytes("PDF/two-pages.pdf")).first)
    let text = String(page.glyphs.map(\.character))
    #expect(text == "第一页的标题第一页的正文，只有一段。")
    let title = page.glyphs[0]
    let body = page.glyphs[6]
    // 24 px and 12 px printed at 96 dpi: 18 pt and 9 pt.
    #expect(abs(title.fontSize - 18) < 0.01)
    #expect(abs(body.fontSize - 9) < 0.01)
    #expect(title.fontName == "WenQuanYiZenHei")
    #expect(body.box.x0 > title.box.x0)
    #expect(body.box.y0 > title.box.y1)
    #expect(page.width > 0 && page.height > 0)
  }

  @Test func aMultiPagePDFGivesOnePageEach() throws {
    let pages = try PageLoader.pages(
      from: try Fixtures.bytes("PDF/two-pages.pdf"), source: "two.pdf")
    #expect(pages.map(\.source) == ["two.pdf#1", "two.pdf#2"])
    #expect(pages.map { $0.articles.map(\.title) } == [["第一页的标题"], ["第二页的标题"]])
    #expect(
      pages.map { $0.articles.first?.blocks.first?.text } == ["第一页的正文，只有一段。", "第二页的正文，也只有一段。"])
  }

  @Test func aScannedPageAmongTextPagesIsAPageWithAWarning() throws {
    let pages = try PageLoader.pages(
      from: try Fixtures.bytes("PDF/text-then-scan.pdf"), source: "mixed.pdf")
    #expect(pages.map { $0.articles.map(\.title) } == [["第一页的标题"], []])
    #expect(pages.map(\.warnings) == [[], ["no text layer (scanned image); OCR it first"]])
  }

  func loadingError(_ bytes: [UInt8]) -> String? {
    do {
      _ = try PageLoader.pages(from: bytes, source: "page.pdf")
      return nil
    } catch {
      return error.description
    }
  }

  @Test func aScannedPDFAsksForOCR() throws {
    #expect(
      loadingError(try Fixtures.bytes("PDF/scanned.pdf"))
        == "page.pdf: no text layer (scanned image); OCR it first")
  }

  @Test func anEncryptedPDFSaysSo() throws {
    #expect(
      loadingError(try Fixtures.bytes("PDF/encrypted.pdf"))
        == "page.pdf: encrypted PDF (needs a password); decrypt it first")
  }

  @Test func aBrokenOrTruncatedPDFIsOneLine() throws {
    let broken = "page.pdf: broken PDF (damaged or truncated file)"
    #expect(loadingError(Array("%PDF-1.7\ngarbage".utf8)) == broken)
    let whole = try Fixtures.bytes("PDF/rmrb-2019-10-15-p13.pdf")
    #expect(loadingError(Array(whole.prefix(5000))) == broken)
    #expect(loadingError(Array("%PDF-1".utf8)) == broken)
  }

  @Test func pdfIsChosenByContentNotByName() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("dubao-pdf-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let misnamed = directory.appendingPathComponent("a-page.txt")
    try Data(try Fixtures.bytes("PDF/two-pages.pdf")).write(to: misnamed)
    let pages = try PageLoader.pages(at: [misnamed.path])
    #expect(pages.map(\.encoding) == ["PDF", "PDF"])
    // A folder holding PDFs: each PDF page is a page of the issue, in file-name order.
    try Data(try Fixtures.bytes("PDF/two-pages.pdf")).write(
      to: directory.appendingPathComponent("b-page.pdf"))
    #expect(try PageLoader.pages(at: [directory.path]).count == 4)
  }

  @Test func onlyAPDFHeaderAtALineStartMarksAPDF() {
    #expect(PDFTextReader.looksLikePDF(Array("%PDF-1.4\n".utf8)))
    #expect(PDFTextReader.looksLikePDF(Array("junk\r\n%PDF-1.7\n".utf8)))
    #expect(!PDFTextReader.looksLikePDF(Array("正文里提到 %PDF-1.4 这几个字".utf8)))
    #expect(!PDFTextReader.looksLikePDF(Array("%PDF-文件".utf8)))
    #expect(!PDFTextReader.looksLikePDF(Array("plain text".utf8)))
    #expect(
      !PDFTextReader.looksLikePDF(Array(repeating: 0x20, count: 1100) + Array("\n%PDF-1.4".utf8)))
  }
}
