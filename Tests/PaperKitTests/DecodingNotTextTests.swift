import Testing

@testable import PaperKit

@Suite struct DecodingNotTextTests {
  @Test func emptyInputIsEmptyText() throws {
    #expect(try PageDecoder.decode([]) == DecodedText(text: "", encoding: "UTF-8"))
    #expect(try PageDecoder.decode([0xEF, 0xBB, 0xBF]) == DecodedText(text: "", encoding: "UTF-8"))
    #expect(
      try PageDecoder.decode([], encoding: "GB18030") == DecodedText(text: "", encoding: "GB18030"))
  }

  @Test func aNULByteMeansNotText() {
    #expect(throws: PageDecodingError.notText) {
      try PageDecoder.decode(Array("读报".utf8) + [0] + Array("新闻".utf8))
    }
  }

  @Test func aNULCharacterInUTF16MeansNotText() {
    // UTF-16 holds NUL bytes legitimately (checked below); a NUL character it may not.
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "读报\u{0}新闻".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(throws: PageDecodingError.notText) { try PageDecoder.decode(bytes) }
  }

  @Test func utf16ASCIIWithBOMIsText() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "page 13\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(bytes.contains(0))
    #expect(try PageDecoder.decode(bytes).text == "page 13\n")
  }

  @Test func pngHeaderIsNotText() {
    let png: [UInt8] = [
      0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
      0x52,
      0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5C, 0x72,
      0xA8,
    ]
    #expect(throws: PageDecodingError.notText) { try PageDecoder.decode(png) }
  }

  @Test func randomBytesAreNotText() {
    var generator = SeededGenerator(seed: 13)
    let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
    #expect(throws: PageDecodingError.notText) { try PageDecoder.decode(bytes) }
  }

  @Test func mostlyControlBytesWithoutNULAreNotText() {
    // Binary without NUL: 1 in 2 bytes is a C0 control, the rest ASCII letters.
    var generator = SeededGenerator(seed: 7)
    let bytes = (0..<4096).map { index in
      index % 2 == 0
        ? UInt8.random(in: 0x01...0x08, using: &generator)
        : UInt8.random(in: 0x61...0x7A, using: &generator)
    }
    #expect(throws: PageDecodingError.notText) { try PageDecoder.decode(bytes) }
  }

  @Test func theShareRuleHasAClearThreshold() throws {
    // 3 bad characters in 10 (30%) is still text; 4 in 10 is not.
    let text = Array("abcdefg".utf8) + [0x01, 0x02, 0x03]
    #expect(try PageDecoder.decode(text).text == "abcdefg")
    let notText = Array("abcdef".utf8) + [0x01, 0x02, 0x03, 0x04]
    #expect(throws: PageDecodingError.notText) { try PageDecoder.decode(notText) }
  }

  @Test func colourfulTextIsStillText() throws {
    // ESC is not counted as a bad character: an ANSI-coloured page is text, cleaned.
    let line = "\u{1B}[31m红\u{1B}[0m"
    let decoded = try PageDecoder.decode(Array(String(repeating: line, count: 50).utf8))
    #expect(decoded.text == String(repeating: "红", count: 50))
    #expect(decoded.removedControls == 100)
  }

  @Test func aForcedEncodingSkipsTheShareRuleButNotTheNULRule() throws {
    let garbage: [UInt8] = [0xFF, 0xFE, 0xFD, 0x41]
    let decoded = try PageDecoder.decode(garbage, encoding: "ASCII")
    #expect(
      decoded
        == DecodedText(text: "\u{FFFD}\u{FFFD}\u{FFFD}A", encoding: "ASCII", invalidSequences: 3))
    #expect(throws: PageDecodingError.notText) {
      try PageDecoder.decode([0x41, 0], encoding: "ASCII")
    }
  }
}
