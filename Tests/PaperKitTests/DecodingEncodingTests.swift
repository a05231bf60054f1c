import Foundation
import Testing

@testable import PaperKit

#if canImport(Glibc)
  import Glibc
#endif

/// Test helpers: encoding text with iconv, and a seeded random generator.
enum DecodingTestSupport {
  /// `text` encoded as `encoding` by iconv (the reverse of what the decoder does).
  static func encode(_ text: String, as encoding: String) throws -> [UInt8] {
    let converter = iconv_open(encoding, "UTF-8")
    try #require(converter != iconv_t(bitPattern: -1))
    defer { iconv_close(converter) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
    let written = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
          inBuffer.baseAddress!
        ).assumingMemoryBound(to: CChar.self)
        var inLeft = inBuffer.count
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
          outBuffer.baseAddress!
        ).assumingMemoryBound(to: CChar.self)
        var outLeft = outBuffer.count
        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        return result == -1 ? -1 : outBuffer.count - outLeft
      }
    }
    try #require(written >= 0)
    return Array(output[0..<written])
  }

  /// "读报，新闻" in GBK/GB18030: 读 B6C1, 报 B1A8, ， A3AC, 新 D0C2, 闻 CEC5 (GB2312 codes).
  static let duBaoGBK: [UInt8] = [0xB6, 0xC1, 0xB1, 0xA8, 0xA3, 0xAC, 0xD0, 0xC2, 0xCE, 0xC5]
}

@Suite struct DecodingEncodingTests {
  let sample = "读报，新闻\n　　本报讯 记者祁洁。\n"

  @Test func plainUTF8() throws {
    let decoded = try PageDecoder.decode(Array(sample.utf8))
    #expect(decoded == DecodedText(text: sample, encoding: "UTF-8"))
  }

  @Test func utf8ByteOrderMarkIsStripped() throws {
    let decoded = try PageDecoder.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
    #expect(decoded == DecodedText(text: sample, encoding: "UTF-8"))
  }

  @Test func utf16LittleEndianWithBOM() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in sample.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(try PageDecoder.decode(bytes) == DecodedText(text: sample, encoding: "UTF-16LE"))
  }

  @Test func utf16BigEndianWithBOMAndSurrogatePair() throws {
    let text = sample + "𠀀😀"
    var bytes: [UInt8] = [0xFE, 0xFF]
    for unit in text.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    #expect(try PageDecoder.decode(bytes) == DecodedText(text: text, encoding: "UTF-16BE"))
  }

  @Test func utf16LoneSurrogateAndOddByteAreReplaced() throws {
    // "中", a lone high surrogate, "文", the sample, and a dangling odd byte.
    var bytes: [UInt8] = [0xFF, 0xFE, 0x2D, 0x4E, 0x00, 0xD8, 0x87, 0x65]
    for unit in sample.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    bytes.append(0x41)
    let decoded = try PageDecoder.decode(bytes)
    #expect(decoded.text == "中\u{FFFD}文" + sample + "\u{FFFD}")
    #expect(decoded.invalidSequences == 2)
  }

  @Test func gbkBytesAreDetectedAsGB18030() throws {
    let decoded = try PageDecoder.decode(DecodingTestSupport.duBaoGBK)
    #expect(decoded == DecodedText(text: "读报，新闻", encoding: "GB18030"))
  }

  @Test func gb18030FourByteSequencesAndLongerText() throws {
    // 😀 takes GB18030's four-byte form (94 39 FC 36); € is A2 E3; the rest are GBK codes.
    let text = sample + "欧元€ café 😀\r\n"
    let bytes = try DecodingTestSupport.encode(text, as: "GB18030")
    #expect(bytes.indices.contains { bytes[$0...].starts(with: [0x94, 0x39, 0xFC, 0x36]) })
    let decoded = try PageDecoder.decode(bytes)
    #expect(decoded.encoding == "GB18030")
    #expect(decoded.text == sample + "欧元€ café 😀\n")
    #expect(decoded.invalidSequences == 0)
  }

  @Test func gb18030WithOneBadByteStaysGB18030() throws {
    let bytes = DecodingTestSupport.duBaoGBK[0..<4] + [0xFF] + DecodingTestSupport.duBaoGBK[4...]
    let decoded = try PageDecoder.decode(Array(bytes))
    #expect(decoded == DecodedText(text: "读报\u{FFFD}，新闻", encoding: "GB18030", invalidSequences: 1))
  }

  @Test func utf8WithOneBadByteStaysUTF8() throws {
    // A stray byte in a UTF-8 page must not turn the whole page into GB18030 mojibake.
    let bytes = Array("读报\n".utf8) + [0xFF] + Array(sample.utf8)
    let decoded = try PageDecoder.decode(bytes)
    #expect(
      decoded == DecodedText(text: "读报\n\u{FFFD}" + sample, encoding: "UTF-8", invalidSequences: 1))
  }

  @Test func invalidInBothEncodingsBecomesReplacementCharacters() throws {
    // 0xFF and 0x80 are neither UTF-8 nor GB18030; a truncated UTF-8 sequence ends the text.
    let bytes =
      Array("abc".utf8) + [0xFF] + Array("def".utf8) + [0x80] + Array("ghij".utf8) + [0xE8]
    let decoded = try PageDecoder.decode(bytes)
    #expect(decoded.text == "abc\u{FFFD}def\u{FFFD}ghij\u{FFFD}")
    #expect(decoded.invalidSequences == 3)
    #expect(decoded.encoding == "UTF-8")
  }

  @Test func maximalSubpartsCountOnceEach() throws {
    // E8 AF is a truncated 3-byte sequence (one subpart), then C0 and AF are one each.
    let bytes = Array("读".utf8) + [0xE8, 0xAF] + Array(sample.utf8) + [0xC0, 0xAF]
    let decoded = try PageDecoder.decode(bytes)
    #expect(decoded.text == "读\u{FFFD}" + sample + "\u{FFFD}\u{FFFD}")
    #expect(decoded.invalidSequences == 3)
    #expect(decoded.text == String(decoding: bytes, as: UTF8.self))
  }

  @Test func forcedEncodingOverridesDetection() throws {
    // Valid UTF-8 bytes read as GB18030 when the user says so.
    let bytes = try DecodingTestSupport.encode("读报", as: "GB18030")
    let forced = try PageDecoder.decode(bytes, encoding: "gbk")
    #expect(forced == DecodedText(text: "读报", encoding: "GBK"))
    let latin1 = try PageDecoder.decode(Array("读".utf8), encoding: "iso-8859-1")
    #expect(latin1 == DecodedText(text: "è¯»", encoding: "ISO-8859-1"))
  }

  @Test func forcedUTF8AndUTF16() throws {
    let utf8 = try PageDecoder.decode([0xEF, 0xBB, 0xBF] + Array("读报".utf8), encoding: "utf-8")
    #expect(utf8 == DecodedText(text: "读报", encoding: "UTF-8"))
    var le: [UInt8] = []
    for unit in "读报\nab".utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    // No BOM: the NUL bytes of ASCII in UTF-16 are legitimate when the encoding is forced.
    #expect(
      try PageDecoder.decode(le, encoding: "UTF-16LE")
        == DecodedText(text: "读报\nab", encoding: "UTF-16LE"))
  }

  @Test func forcedEncodingStillCountsInvalidSequences() throws {
    let decoded = try PageDecoder.decode([0x41, 0xFF, 0x42], encoding: "GB18030")
    #expect(decoded == DecodedText(text: "A\u{FFFD}B", encoding: "GB18030", invalidSequences: 1))
  }

  @Test func unknownEncodingNameIsAnError() {
    #expect(throws: PageDecodingError.unknownEncoding("no-such-code")) {
      try PageDecoder.decode(Array("读报".utf8), encoding: "no-such-code")
    }
    #expect(throws: PageDecodingError.unknownEncoding("GBK//IGNORE")) {
      try PageDecoder.decode(Array("读报".utf8), encoding: "GBK//IGNORE")
    }
  }
}
