import Foundation
import Testing

@testable import PaperKit

/// `--dump`, `--outline` and `--json` of one large page written as its parts are read print
/// exactly what they print for the page read whole.
@Suite struct PartWriterTests {
  /// Four copies of fixture `name` and its parts, read 2 KB at a time, with the page they make.
  static func parts(_ name: String) throws -> (parts: [PagePart], page: Page) {
    let copy = try PagePartParserTests.text(name) + "\n\n"
    var parser = PagePartParser(
      text: String(repeating: copy, count: 4), partBytes: 2048, firstPartBytes: 4096)
    var parts: [PagePart] = []
    var page = Page(source: "big.txt", encoding: "UTF-8", warnings: ["one warning"])
    while let part = parser.next() {
      parts.append(part)
      page.append(part)
    }
    return (parts, page)
  }

  static let someFixtures = [
    "seed.txt", "samples/dskb-2026-03-28-pA04.txt", "probe2/probe2-05-county-paper-briefs-pdf.txt",
    "probe3/probe3-06-culture-fukan-pdf.txt", "samples/rmrb-2026-05-06-p05.txt",
  ]

  @Test(arguments: someFixtures) func dumpInPartsIsTheDumpOfThePage(_ name: String) throws {
    let (parts, page) = try Self.parts(name)
    var writer = PlainTextDump.Writer(width: 40, pageCount: 1)
    var text = ""
    writer.startPage(source: page.source)
    for part in parts {
      writer.add(part)
      text += writer.take()
    }
    writer.endPage()
    text += writer.take()
    #expect(text == PlainTextDump.text(of: [page], width: 40))
  }

  @Test(arguments: someFixtures) func outlineInPartsIsTheOutlineOfThePage(_ name: String) throws {
    let (parts, page) = try Self.parts(name)
    var writer = OutlineFormatter.Writer(pageCount: 1, language: .chinese)
    var text = ""
    writer.startPage(source: page.source)
    for part in parts {
      writer.add(part)
      text += writer.take()
    }
    #expect(text == OutlineFormatter.outline(of: [page], language: .chinese))
  }

  @Test(arguments: someFixtures) func jsonInPartsIsTheJSONOfThePage(_ name: String) throws {
    let (parts, page) = try Self.parts(name)
    var writer = JSONPageWriter(source: page.source, encoding: page.encoding)
    var sections = ""
    for part in parts { sections += try writer.add(part) }
    let text = try writer.head() + sections + (try writer.tail(warnings: page.warnings))
    #expect(text == (try JSONOutput.encode([page])))
  }

  @Test func jsonOfAPageWithNoArticles() throws {
    var writer = JSONPageWriter(source: "empty.txt", encoding: "UTF-8")
    let sections = try writer.add(
      PagePart(banner: "标语", continuesSection: false, sections: [], furniture: ["第1版"]))
    let text = try writer.head() + sections + (try writer.tail(warnings: []))
    var page = Page(source: "empty.txt", encoding: "UTF-8", banner: "标语")
    page.furniture = ["第1版"]
    #expect(text == (try JSONOutput.encode([page])))
  }

  @Test func jsonOfAnEmptyNamedSection() throws {
    let page = Page(
      source: "s.txt", encoding: "GB18030",
      sections: [Section(name: "简讯"), Section(name: nil, articles: [Article(title: "一")])])
    var writer = JSONPageWriter(source: page.source, encoding: page.encoding)
    let sections = try writer.add(
      PagePart(banner: nil, continuesSection: false, sections: page.sections, furniture: []))
    let text = try writer.head() + sections + (try writer.tail(warnings: []))
    #expect(text == (try JSONOutput.encode([page])))
  }
}
