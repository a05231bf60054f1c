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

  /// `JSONEncoder`'s text of `value`, as `JSONOutput` configures it.
  static func encoded(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = JSONOutput.formatting
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  @Test(arguments: GoldenPageTests.pages) func handWrittenJSONIsTheEncoders(_ name: String) throws {
    let page = try PageLoader.page(from: try Fixtures.bytes(name), source: name)
    for article in page.articles {
      var json = PrettyJSON()
      json.write(article, indent: 0)
      #expect(json.text == (try Self.encoded(article)))
    }
  }

  @Test func handWrittenJSONEscapesAsTheEncoder() throws {
    var article = Article(
      kicker: "引\"号\"", title: "反\\斜/杠\u{01}\u{1F}\t\n\r\u{0C}\u{08}\u{7F}\u{2028}",
      subtitle: "", byline: Byline(text: "本报讯", reporters: ["祁洁"], agency: "本报", date: "1日"),
      blocks: [Block(.lead, "导语"), Block(.note, "")], continues: true)
    article.continuedTo = "A04"
    article.continuedFrom = "1"
    article.teaserFor = "3"
    article.sourceCredit = "据新华社"
    article.metadata = ["2026-03-15", "字数 12"]
    article.continuation = ArticleLocation(page: 2, article: 11)
    article.byline?.authors = ["作者"]
    var json = PrettyJSON()
    json.write(article, indent: 0)
    #expect(json.text == (try Self.encoded(article)))
    var empty = PrettyJSON()
    empty.write(Article(title: ""), indent: 0)
    #expect(empty.text == (try Self.encoded(Article(title: ""))))
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
