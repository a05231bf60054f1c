import Foundation
import Testing

@testable import PaperKit

@Suite struct DecodingFixtureTests {
  @Test(arguments: ["seed.txt", "rmrb-2019-10-15-p13.txt", "hndaily-2026-07-23-p03.txt"])
  func realPagesDecodeUnchangedButForCRLF(name: String) throws {
    let bytes = try Fixtures.bytes(name)
    let expected = String(decoding: bytes, as: UTF8.self).replacingOccurrences(
      of: "\r\n", with: "\n")
    let decoded = try PageDecoder.decode(bytes)
    #expect(decoded == DecodedText(text: expected, encoding: "UTF-8"))
  }

  @Test func theCRLFPageReallyHasCRLF() throws {
    let bytes = try Fixtures.bytes("rmrb-2019-10-15-p13.txt")
    #expect(bytes.contains(0x0D))
    #expect(try !PageDecoder.decode(bytes).text.unicodeScalars.contains("\r"))
  }

  @Test func theSeedPageInGB18030DecodesToTheSameText() throws {
    let text = try Fixtures.text("seed.txt")
    let gb18030 = try DecodingTestSupport.encode(text, as: "GB18030")
    #expect(try PageDecoder.decode(gb18030) == DecodedText(text: text, encoding: "GB18030"))
  }
}
