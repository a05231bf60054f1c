import Foundation
import Testing

@testable import PaperKit

/// Issue 12, item 14: a text decoded with the wrong encoding (mojibake) is warned about, and
/// the warning names `--encoding`; real pages, simplified or traditional, are not.
@Suite struct DecodingMojibakeTests {
  static let japanese = String(
    repeating: "日本語のテキストです。東京都は本日、新しい政策を発表しました。", count: 4)
  static let french = String(
    repeating: "Le président a annoncé une réforme très attendue. Les élèves sont concernés. ",
    count: 3)
  static let traditional = String(
    repeating: "中華民國總統今日宣布新的經濟政策，預計將對臺灣的產業發展帶來重大影響。", count: 3)

  func warnings(_ bytes: [UInt8], encoding: String? = nil) throws -> [String] {
    try PageLoader.page(from: bytes, source: "p.txt", encoding: encoding).warnings
  }

  func mojibakeWarnings(_ bytes: [UInt8], encoding: String? = nil) throws -> [String] {
    try warnings(bytes, encoding: encoding).filter { $0.contains("--encoding") }
  }

  /// Expects exactly one mojibake warning, naming `encoding` as what the text was read as.
  func expectOneWarning(_ bytes: [UInt8], forced: String? = nil, readAs encoding: String) throws {
    let all = try warnings(bytes, encoding: forced)
    let found = all.filter { $0.contains("--encoding") }
    #expect(found.count == 1, "\(all)")
    #expect(found.first?.contains("garbled as \(encoding)") == true, "\(all)")
  }

  @Test func shiftJISReadAsGB18030IsWarnedAbout() throws {
    let bytes = try DecodingTestSupport.encode(Self.japanese, as: "SHIFT_JIS")
    try expectOneWarning(bytes, readAs: "GB18030")
  }

  @Test func latin1ReadAsGB18030IsWarnedAbout() throws {
    let bytes = try DecodingTestSupport.encode(Self.french, as: "LATIN1")
    try expectOneWarning(bytes, readAs: "GB18030")
  }

  @Test func utf8ForcedAsUTF16IsWarnedAbout() throws {
    let bytes = try Fixtures.bytes("seed.txt")
    try expectOneWarning(bytes, forced: "UTF-16LE", readAs: "UTF-16LE")
  }

  @Test func big5ReadAsGB18030IsWarnedAbout() throws {
    let bytes = try DecodingTestSupport.encode(Self.traditional, as: "BIG5")
    try expectOneWarning(bytes, readAs: "GB18030")
  }

  @Test(arguments: [
    "seed.txt", "rmrb-2019-10-15-p13.txt", "hndaily-2026-07-23-p03.txt", "probe-commentary.txt",
    "probe-deck.txt", "probe-frontpage.txt", "probe-wire.txt",
  ])
  func realPagesAreNotWarnedAbout(fixture: String) throws {
    #expect(try mojibakeWarnings(try Fixtures.bytes(fixture)).isEmpty)
  }

  @Test func otherRealTextsAreNotWarnedAbout() throws {
    for text in [Self.japanese, Self.french, Self.traditional, "English only.", "短", ""] {
      #expect(try mojibakeWarnings(Array(text.utf8)).isEmpty, "\(text)")
    }
    let gbk = try DecodingTestSupport.encode(SamplePage.text, as: "GBK")
    #expect(try mojibakeWarnings(gbk).isEmpty)
    let big5 = try DecodingTestSupport.encode(Self.traditional, as: "BIG5")
    #expect(try mojibakeWarnings(big5, encoding: "BIG5").isEmpty)
  }
}
