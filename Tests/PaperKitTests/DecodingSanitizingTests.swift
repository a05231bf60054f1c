import Testing

@testable import PaperKit

@Suite struct DecodingSanitizingTests {
  /// Decodes UTF-8 text and returns the cleaned text and the removed-controls count. UTF-8 is
  /// forced, so that these short, control-heavy inputs are not refused by the not-text rule.
  func clean(_ text: String) throws -> (String, Int) {
    let decoded = try PageDecoder.decode(Array(text.utf8), encoding: "UTF-8")
    #expect(decoded.invalidSequences == 0)
    return (decoded.text, decoded.removedControls)
  }

  @Test func lineEndingsBecomeLF() throws {
    let (text, removed) = try clean("甲\r\n乙\r丙\n\r\n丁\r\r戊\r")
    #expect(text == "甲\n乙\n丙\n\n丁\n\n戊\n")
    #expect(removed == 0)
  }

  @Test func bidiOverridesAndIsolatesAreRemovedButOtherPunctuationStays() throws {
    let (text, removed) = try clean(
      "\u{202E}甲乙\u{202C}“丙”\u{2066}丁\u{2069}\u{202A}—…\u{202B}\u{202D}\u{2067}\u{2068}")
    #expect(text == "甲乙“丙”丁—…")
    #expect(removed == 9)
    // The same through a decoding that is not UTF-8 to begin with.
    let utf16 = try PageDecoder.decode([0xFF, 0xFE, 0x2E, 0x20, 0x32, 0x75])
    #expect(utf16.text == "甲")
    #expect(utf16.removedControls == 1)
  }

  @Test func sgrColourSequencesAreRemovedOnceEach() throws {
    let (text, removed) = try clean("\u{1B}[31m红\u{1B}[0m字\u{1B}[1;38;5;196m粗\u{1B}[m")
    #expect(text == "红字粗")
    #expect(removed == 4)
  }

  @Test func csiWithIntermediatesAndPrivateParameters() throws {
    // Cursor hide (ESC [ ? 25 l), clear screen (ESC [ 2 J), cursor style (ESC [ 2 SP q).
    let (text, removed) = try clean("\u{1B}[?25l\u{1B}[2J\u{1B}[2 q正文")
    #expect(text == "正文")
    #expect(removed == 3)
  }

  @Test func malformedCSIEndsAtTheFirstByteThatDoesNotFit() throws {
    // The CJK character is not a final byte: the sequence ends before it, and it is kept.
    let (text, removed) = try clean("\u{1B}[31红\u{1B}[\n字")
    #expect(text == "红\n字")
    #expect(removed == 2)
  }

  @Test func oscTerminatedByBELOrST() throws {
    let (text, removed) = try clean(
      "\u{1B}]0;窗口标题\u{07}正文\u{1B}]2;title\u{1B}\\。\u{9D}0;c1 osc\u{9C}完")
    #expect(text == "正文。完")
    #expect(removed == 3)
  }

  @Test func osc8HyperlinkKeepsItsText() throws {
    let (text, removed) = try clean(
      "见\u{1B}]8;;https://example.com/\u{1B}\\链接\u{1B}]8;;\u{1B}\\。")
    #expect(text == "见链接。")
    #expect(removed == 2)
  }

  @Test func unterminatedOSCRemovesOnlyItsIntroducer() throws {
    // Nothing after a bad introducer is lost: the rest reads as ordinary text.
    let (text, removed) = try clean("\u{1B}]0;半截标题\n正文")
    #expect(text == "0;半截标题\n正文")
    #expect(removed == 1)
  }

  @Test func dcsAndAPCStringsAreRemoved() throws {
    let (text, removed) = try clean("\u{1B}Pq#0;2;0;0;0\u{1B}\\甲\u{1B}_apc\u{07}乙")
    #expect(text == "甲乙")
    #expect(removed == 2)
  }

  @Test func shortEscapesAndLoneESC() throws {
    // ESC ( B (charset), ESC 7 (save cursor), ESC c (reset), ESC before CJK, ESC at the end.
    let (text, removed) = try clean("\u{1B}(B甲\u{1B}7乙\u{1B}c丙\u{1B}丁\u{1B}\u{1B}")
    #expect(text == "甲乙丙丁")
    #expect(removed == 6)
  }

  @Test func c1ControlsIncludingCSIAreRemoved() throws {
    // U+009B is CSI on its own; U+0085 (NEL) and U+0090 (DCS without ST) are single controls.
    let (text, removed) = try clean("\u{9B}31m红\u{9B}0m字\u{85}甲\u{90}乙")
    #expect(text == "红字甲乙")
    #expect(removed == 4)
  }

  @Test func otherC0ControlsAndDELAreRemoved() throws {
    let (text, removed) = try clean("a\u{07}b\u{08}c\u{0B}d\u{0C}e\u{7F}f\u{01}g\u{1F}h")
    #expect(text == "abcdefgh")
    #expect(removed == 7)
  }

  @Test(arguments: ["\u{7F}", "\u{07}", "\u{0C}", "\u{85}", "\u{9F}", "\u{1B}", "\u{9B}"])
  func eachControlAloneIsFound(control: String) throws {
    // The only control in an otherwise plain page: the fast path must not miss it.
    let (text, removed) = try clean("读报，新闻。" + control + "本报讯。")
    #expect(text == "读报，新闻。本报讯。")
    #expect(removed == 1)
  }

  @Test func indentationAndOtherCharactersAreKept() throws {
    // U+3000, NBSP, tab, zero-width joiners and marks are text, not controls.
    let input = "\u{3000}\u{3000}正文\u{00A0}甲\t乙 \u{200D}丙\u{200E}丁\u{2060}\n"
    let (text, removed) = try clean(input)
    #expect(text == input)
    #expect(removed == 0)
  }

  @Test func rawC1ByteInUTF8IsReplacedNotPassedThrough() throws {
    // A bare 0x9B byte (CSI in 8-bit terminals) inside a UTF-8 page is an invalid sequence.
    let page = "读报，新闻。\n本报讯 记者祁洁 为进一步发挥新时代文明实践中心的示范引领作用。\n"
    let bytes = Array(page.utf8) + [0x9B] + Array("31m红".utf8)
    let decoded = try PageDecoder.decode(bytes)
    #expect(decoded.text == page + "\u{FFFD}31m红")
    #expect(decoded.invalidSequences == 1)
    #expect(decoded.encoding == "UTF-8")
  }

  @Test func controlsInGB18030AndUTF16TextAreRemovedToo() throws {
    let gbk = [0x1B, 0x5B, 0x31, 0x6D] + DecodingTestSupport.duBaoGBK + [0x0D, 0x0A]
    let fromGBK = try PageDecoder.decode(gbk)
    #expect(fromGBK == DecodedText(text: "读报，新闻\n", encoding: "GB18030", removedControls: 1))
    var utf16: [UInt8] = [0xFE, 0xFF]
    for unit in "\u{1B}[2J读报\r\n新闻\u{9B}1m".utf16 {
      utf16 += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
    }
    let fromUTF16 = try PageDecoder.decode(utf16)
    #expect(fromUTF16 == DecodedText(text: "读报\n新闻", encoding: "UTF-16BE", removedControls: 2))
  }

  @Test func c1CSIInGB18030FourByteFormIsRemoved() throws {
    // U+009B is 81 30 83 37 in GB18030: a control the converter itself produces.
    let bytes: [UInt8] = [0x81, 0x30, 0x83, 0x37, 0x33, 0x31, 0x6D] + DecodingTestSupport.duBaoGBK
    let decoded = try PageDecoder.decode(bytes, encoding: "GB18030")
    #expect(decoded == DecodedText(text: "读报，新闻", encoding: "GB18030", removedControls: 1))
  }

  @Test func randomBytesNeverYieldControls() throws {
    // Whatever the input, the output has no C0/C1 control but LF and tab, and no DEL.
    var generator = SeededGenerator(seed: 2026)
    let alphabet: [UInt8] =
      Array("读报\n\t\r [];0mP\\".utf8) + [
        0x1B, 0x07, 0x7F, 0x00, 0x01, 0xC2, 0x9B, 0x9C, 0x9D, 0xFF,
      ]
    var decodedCount = 0
    for _ in 0..<500 {
      let length = Int.random(in: 0...200, using: &generator)
      let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
      let encoding = [nil, "UTF-8", "GB18030", "UTF-16LE"].randomElement(using: &generator)!
      guard let decoded = try? PageDecoder.decode(bytes, encoding: encoding) else { continue }
      decodedCount += 1
      let bad = decoded.text.unicodeScalars.filter {
        ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
      }
      #expect(bad.isEmpty, "\(bytes)")
    }
    #expect(decodedCount > 100)
  }
}
