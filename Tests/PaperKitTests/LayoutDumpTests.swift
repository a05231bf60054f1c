import Testing

@testable import PaperKit

@Suite struct LayoutDumpTests {
  let page = Page(
    source: "test", encoding: "UTF-8", banner: "推进全国文明城市国家卫生城市创建",
    sections: [
      Section(
        name: "新闻速递",
        articles: [
          Article(
            title: "沧县：观摩学先进 加压促提升", byline: Byline(text: "本报讯（记者祁洁）"),
            blocks: [Block(.paragraph, "为进一步发挥新时代文明实践中心（所、站）的示范引领作用，近日，沧县组织开展观摩调研活动。")]),
          Article(title: "第二篇", blocks: [Block(.paragraph, "正文。")]),
        ]),
      Section(name: nil, articles: [Article(title: "无栏目", blocks: [Block(.note, "（A04）")])]),
    ])

  @Test func printsBannerSectionsAndArticlesAsLaidOut() {
    let text = PlainTextDump.text(of: [page], width: 30)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "推进全国文明城市国家卫生城市创")
    #expect(lines.contains("新闻速递"))
    #expect(lines.contains("========"))
    #expect(lines.contains("\u{3000}\u{3000}为进一步发挥新时代文明实践"))
    #expect(lines.contains(String(repeating: " ", count: 12) + "* * *"))
    #expect(text.contains("无栏目\n\n（A04）\n"))
    #expect(text.hasSuffix("\n"))
  }

  @Test func namesEachPageWhenThereAreSeveral() {
    var other = page
    other.source = "b.txt"
    let text = PlainTextDump.text(of: [page, other], width: 40)
    #expect(text.hasPrefix("test\n----\n\n推进全国文明城市国家卫生城市创建\n"))
    #expect(text.contains("\nb.txt\n-----\n"))
    #expect(!PlainTextDump.text(of: [page], width: 40).contains("test\n----"))
  }

  @Test(arguments: [8, 20, 40, 80, 120])
  func isPlainAndFitsTheWidth(width: Int) {
    let text = PlainTextDump.text(of: [page, page], width: width)
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(!text.contains("\u{1B}"))
    for line in text.split(separator: "\n") {
      #expect(CellWidth.of(line) <= width, "\(line)")
      #expect(line.last != " ", "trailing space in \(line)")
    }
  }
}
