import Foundation
import Testing

/// `dubao page.pdf` on the real binary: the outputs, the errors, and the reader in tmux.
@Suite("PDF pages", .serialized)
struct PDFEndToEndTests {
  static let fixtures = "Tests/PaperKitTests/Fixtures/PDF"
  let commandLine = CommandLineTests()

  @Test func outlineOfAPagePDFListsItsArticles() throws {
    let result = try commandLine.run(["--outline", "\(Self.fixtures)/rmrb-2019-10-15-p13.pdf"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.contains("68岁的铁人三项爱好者唐康林 / 我尝到了运动的甜头（我运动 我快乐）"))
    #expect(result.stdout.contains("全国大学生皮划艇锦标赛落幕"))
  }

  @Test func jsonOfAPagePDFSaysPDFAndKeepsTheBandsAsFurniture() throws {
    let result = try commandLine.run(["--json", "\(Self.fixtures)/rmrb-2019-10-15-p13.pdf"])
    #expect(result.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let page = try #require((document["pages"] as? [[String: Any]])?.first)
    #expect(page["encoding"] as? String == "PDF")
    let furniture = try #require(page["furniture"] as? [String])
    #expect(furniture.contains("第13版"))
  }

  @Test(arguments: [
    ("scanned.pdf", "no text layer (scanned image); OCR it first"),
    ("encrypted.pdf", "encrypted PDF (needs a password); decrypt it first"),
  ])
  func aPDFThatCannotBeReadIsOneLine(name: String, message: String) throws {
    let path = "\(Self.fixtures)/\(name)"
    let result = try commandLine.run(["--outline", path])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "dubao: \(path): \(message)\n")
  }

  @Test func aBrokenPDFIsOneLineAndNothingOfPopplersOwn() throws {
    let path = try commandLine.temporaryFile(Array("%PDF-1.7\n1 0 obj << /Type /Catalog".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try commandLine.run(["--outline", path])
    #expect(result.status != 0)
    #expect(result.stderr == "dubao: \(path): broken PDF (damaged or truncated file)\n")
  }

  @Test func explainShowsEachLinesRegionRoleRankAndSize() throws {
    let result = try commandLine.run(["--explain", "\(Self.fixtures)/rmrb-2019-10-15-p13.pdf"])
    #expect(result.status == 0)
    let rows = result.stdout.split(separator: "\n").map(String.init)
    #expect(rows.contains { $0.hasPrefix("1\tfurniture\tregion 0, size ×0.83") })
    #expect(
      rows.contains {
        $0.contains("\theading:kicker\t") && $0.hasSuffix("\t68岁的铁人三项爱好者唐康林")
      })
    #expect(rows.contains { $0.contains("\theading:title\t") && $0.contains("size ×2.00") })
    #expect(rows.contains { $0.contains("\tcaption\t") && $0.contains("图为") })
  }

  @Test func theReaderOpensAPagePDFAtItsArticleList() throws {
    let run = try DubaoRun(
      TmuxSession.quote(
        "\(CommandLineTests.repository.path)/\(Self.fixtures)/rmrb-2019-10-15-p13.pdf"))
    expectFits(try run.tmux.waitFor("我尝到了运动的甜头", "樊振东男单夺冠"), width: 80, height: 24)
    try run.tmux.send("Enter")
    expectFits(try run.tmux.waitFor("核心阅读"), width: 80, height: 24)
    try run.quitWithQ()
    try run.expectExit(status: 0)
  }
}
