import Foundation
import Testing

@testable import PaperKit

/// A large text read in parts (`PagePartParser`) reads as it would whole.
@Suite struct PagePartParserTests {
  /// The page made of the parts `parser` hands out, and how many parts there were.
  static func read(_ parser: inout PagePartParser) -> (page: Page, parts: Int) {
    var page = Page(source: "", encoding: "UTF-8")
    var parts = 0
    while let part = parser.next() {
      page.append(part)
      parts += 1
    }
    return (page, parts)
  }

  /// The decoded text of fixture `name`, as the loader hands it to the parser.
  static func text(_ name: String) throws -> String {
    try PageDecoder.decode(try Fixtures.bytes(name)).text
  }

  @Test(arguments: GoldenPageTests.pages) func onePartReadsAsTheWholePage(_ name: String) throws {
    let text = try Self.text(name)
    var parser = PagePartParser(text: text, partBytes: 1 << 30, firstPartBytes: 1 << 30)
    let (page, parts) = Self.read(&parser)
    #expect(parts == 1)
    #expect(page == PageParser.parse(text, source: "", encoding: "UTF-8"))
  }

  /// Four copies of a page read in parts of 2 KB (a few articles each, cut anywhere) read as
  /// the four copies whole, by the statistics the first copy decided.
  @Test(arguments: GoldenPageTests.pages) func smallPartsReadAsTheWholeText(_ name: String) throws {
    let page = try Self.text(name) + "\n\n"
    let text = String(repeating: page, count: 4)
    var parser = PagePartParser(text: text, partBytes: 2048, firstPartBytes: page.utf8.count)
    let (read, parts) = Self.read(&parser)
    let whole = PageParser.parse(text, statistics: parser.statistics)
    #expect(parts > 1)
    #expect(read.banner == whole.banner)
    #expect(read.furniture == whole.furniture)
    #expect(read.sections.map(\.name) == whole.sections.map(\.name))
    #expect(read.articles.map(\.title) == whole.articles.map(\.title))
    #expect(read.articles == whole.articles)
  }

  @Test(arguments: [300, 1000, 5000]) func everyPartSizeReadsTheSeedPageAlike(_ size: Int) throws {
    let page = try Self.text("seed.txt") + "\n\n"
    let text = String(repeating: page, count: 3)
    var parser = PagePartParser(text: text, partBytes: size, firstPartBytes: page.utf8.count)
    let (read, _) = Self.read(&parser)
    #expect(read == PageParser.parse(text, statistics: parser.statistics))
    #expect(parser.isFinished)
    #expect(parser.bytesRead == parser.totalBytes)
  }

  @Test func partsReportTheirProgress() throws {
    let text = String(repeating: try Self.text("seed.txt") + "\n\n", count: 5)
    var parser = PagePartParser(text: text, partBytes: 4096, firstPartBytes: 4096)
    var last = 0
    while let part = parser.next() {
      #expect(part.bytesRead > last)
      #expect(part.totalBytes == text.utf8.count)
      last = part.bytesRead
    }
    #expect(last == text.utf8.count)
    #expect(parser.next() == nil)
  }

  @Test func aPartGoesOnWithTheLastSection() {
    var page = Page(source: "", encoding: "")
    page.append(
      PagePart(
        banner: "标语", continuesSection: false,
        sections: [Section(name: "要闻", articles: [Article(title: "一")])], furniture: ["A"]))
    page.append(
      PagePart(
        banner: nil, continuesSection: true,
        sections: [
          Section(name: "要闻", articles: [Article(title: "二")]),
          Section(name: "简讯", articles: [Article(title: "三")]),
        ], furniture: ["B"]))
    #expect(page.banner == "标语")
    #expect(page.furniture == ["A", "B"])
    #expect(page.sections.map(\.name) == ["要闻", "简讯"])
    #expect(page.articles.map(\.title) == ["一", "二", "三"])
  }

  @Test func aContinuingSectionWithNothingBeforeItOpensOnlyWhenItHoldsArticles() {
    var page = Page(source: "", encoding: "")
    page.append(
      PagePart(banner: nil, continuesSection: true, sections: [Section(name: nil)], furniture: []))
    #expect(page.sections.isEmpty)
  }
}
