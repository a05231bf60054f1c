import Testing

@testable import PaperKit

@Suite struct SearchFoldingTests {
  typealias S = SearchTestSupport

  @Test func fullWidthDigitsFindHalfWidthAndBack() {
    #expect(S.hits("１２月", in: "今年12月召开") == ["12月"])
    #expect(S.hits("12月", in: "今年１２月召开") == ["１２月"])
    #expect(S.ranges("１２月", in: "今年12月召开") == [2..<5])
  }

  @Test func fullWidthLettersFindHalfWidthAndBack() {
    #expect(S.hits("ＡＰＥＣ", in: "出席APEC会议") == ["APEC"])
    #expect(S.hits("APEC", in: "出席ＡＰＥＣ会议") == ["ＡＰＥＣ"])
    #expect(S.hits("apec", in: "出席ＡＰＥＣ会议和apec") == ["ＡＰＥＣ", "apec"])
    #expect(S.hits("ａｐｅｃ", in: "出席APEC会议") == ["APEC"])
  }

  @Test func ideographicSpaceFindsSpaceAndBack() {
    #expect(S.hits("记者　祁洁", in: "本报讯（记者 祁洁）") == ["记者 祁洁"])
    #expect(S.hits("记者 祁洁", in: "本报讯（记者　祁洁）") == ["记者　祁洁"])
  }

  @Test func fullWidthPunctuationFindsAsciiAndBack() {
    #expect(S.hits("好！", in: "真好!") == ["好!"])
    #expect(S.hits("好!", in: "真好！") == ["好！"])
    #expect(S.hits("(A04)", in: "下转（Ａ04）版") == ["（Ａ04）"])
    #expect(S.hits("％", in: "增长5%") == ["%"])
  }

  /// Every pair of the U+FF01…FF5E block and ASCII 0x21…0x7E, in both directions.
  @Test(arguments: 0x21...0x7E)
  func wholeFullWidthBlockFoldsBothWays(ascii: Int) throws {
    let half = String(try #require(Unicode.Scalar(UInt32(ascii))))
    let full = String(try #require(Unicode.Scalar(UInt32(ascii + 0xFEE0))))
    #expect(S.hits(full, in: "汉\(half)字") == [half])
    #expect(S.hits(half, in: "汉\(full)字") == [full])
  }

  @Test func fullWidthSignsFoldToLatin1() {
    #expect(S.hits("￥100", in: "售价¥100元") == ["¥100"])
    #expect(S.hits("¥", in: "售价￥100元") == ["￥"])
  }

  @Test func lowerCaseQueryIgnoresCase() {
    #expect(S.hits("apec", in: "APEC Apec apec") == ["APEC", "Apec", "apec"])
    #expect(S.hits("5g", in: "5G网络") == ["5G"])
  }

  @Test func upperCaseQueryIsCaseSensitive() {
    #expect(S.hits("APEC", in: "APEC Apec apec ＡＰＥＣ") == ["APEC", "ＡＰＥＣ"])
    #expect(S.hits("Apec", in: "APEC Apec apec") == ["Apec"])
    #expect(S.hits("5G", in: "5g 5G") == ["5G"])
  }

  @Test func fullWidthUpperCaseCountsAsUpperCase() {
    #expect(SearchFolding.isCaseSensitive("ＡＰＥＣ"))
    #expect(!SearchFolding.isCaseSensitive("ａｐｅｃ１２月"))
    #expect(S.hits("ＡＰＥＣ", in: "apec APEC") == ["APEC"])
  }

  @Test func smartCaseCoversLettersBeyondAscii() {
    #expect(S.hits("élan", in: "ÉLAN élan") == ["ÉLAN", "élan"])
    #expect(S.hits("Élan", in: "ÉLAN élan Élan") == ["Élan"])
  }

  @Test func chineseCharactersMatchExactly() {
    #expect(S.hits("沧县", in: "滄縣和沧县") == ["沧县"])
    #expect(S.hits("。", in: "句号。句点｡") == ["。"])
  }

  @Test func whitespaceRunsMatchAnyWhitespaceRun() {
    #expect(S.hits("Xi Jinping", in: "Xi   Jinping") == ["Xi   Jinping"])
    #expect(
      S.hits("xi  jinping", in: "Xi\tJinping, Xi\u{3000}\u{3000}Jinping") == [
        "Xi\tJinping", "Xi\u{3000}\u{3000}Jinping",
      ])
    #expect(S.hits("xijinping", in: "Xi Jinping").isEmpty)
    #expect(S.hits("xi jinping", in: "XiJinping").isEmpty)
  }

  @Test func leadingAndTrailingQuerySpaceIsKept() {
    #expect(S.hits(" 月", in: "6月 7  月") == ["  月"])
    #expect(S.ranges("6 ", in: "6月 6  x") == [3..<6])
  }
}
