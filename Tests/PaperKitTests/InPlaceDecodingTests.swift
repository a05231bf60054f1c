import Foundation
import Testing

@testable import PaperKit

/// Decoding valid UTF-8 within its own bytes gives what `PageDecoder.decode` gives, or leaves
/// the bytes to it (invalid UTF-8, another encoding).
@Suite struct InPlaceDecodingTests {
  /// What each way makes of `bytes`: the text, encoding and removed controls, or the error.
  static func both(_ bytes: [UInt8], encoding: String? = nil) -> (
    inPlace: Result<(String, String, Int)?, PageDecodingError>,
    copied: Result<(String, String, Int), PageDecodingError>
  ) {
    var owned = bytes
    let inPlace = Result { () throws(PageDecodingError) -> (String, String, Int)? in
      guard let done = try PageDecoder.decodeInPlace(&owned, encoding: encoding) else {
        return nil
      }
      return (String(decoding: owned, as: UTF8.self), done.encoding, done.removedControls)
    }
    let copied = Result { () throws(PageDecodingError) -> (String, String, Int) in
      let decoded = try PageDecoder.decode(bytes, encoding: encoding)
      return (decoded.text, decoded.encoding, decoded.removedControls)
    }
    return (inPlace, copied)
  }

  static func expectSame(_ bytes: [UInt8], encoding: String? = nil) {
    let (inPlace, copied) = both(bytes, encoding: encoding)
    switch (inPlace, copied) {
    case (.success(let a?), .success(let b)):
      #expect(a.0 == b.0)
      #expect(a.1 == b.1)
      #expect(a.2 == b.2)
    case (.success(nil), _): break  // left to `decode`
    case (.failure(let a), .failure(let b)): #expect(a == b)
    default: Issue.record("in place \(inPlace) but copied \(copied) for \(bytes.prefix(40))")
    }
  }

  @Test(arguments: [
    "本报讯（记者祁洁）\r\n沧县\r\n", "纯文本\n", "", "\u{FEFF}有BOM\r\n", "转义\u{1B}[31m红\u{1B}[0m字\r",
    "控制\u{07}字符\u{7F}\n", "双向\u{202E}反转\u{202C}\n", "C1\u{85}控制\u{9B}31m\n", "\r\r\n\r",
    "OSC\u{1B}]0;title\u{07}后\n",
  ])
  func cleanUTF8ReadsAlike(_ text: String) throws {
    Self.expectSame(Array(text.utf8))
    Self.expectSame(Array(text.utf8), encoding: "utf-8")
  }

  @Test func otherBytesAreLeftToDecode() throws {
    let gb = [UInt8]([0xB1, 0xBE, 0xB1, 0xA8, 0xD1, 0xB6, 0x0A])  // 本报讯 in GB18030
    var bytes = gb
    #expect(try PageDecoder.decodeInPlace(&bytes, encoding: nil) == nil)
    #expect(bytes == gb)
    var utf16 = [UInt8]([0xFF, 0xFE, 0x2C, 0x67, 0x0A, 0x00])
    #expect(try PageDecoder.decodeInPlace(&utf16, encoding: nil) == nil)
    var named = Array("文字".utf8)
    #expect(try PageDecoder.decodeInPlace(&named, encoding: "GB18030") == nil)
    Self.expectSame([0x00, 0x41], encoding: nil)
  }

  @Test func randomBytesReadAlike() {
    var generator = SeededGenerator(seed: 7)
    let pieces: [[UInt8]] = [
      Array("文".utf8), [0x0D], [0x0A], [0x1B], Array("[1m".utf8), [0x07], [0xC2, 0x85], [0x41],
      Array("\u{202E}".utf8), [0x09], [0x7F], Array("]".utf8),
    ]
    for _ in 0..<300 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0..<60, using: &generator) {
        bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
      }
      Self.expectSame(bytes)
    }
  }
}
