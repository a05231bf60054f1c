import Foundation
import Testing

@testable import Terminal

/// The OSC 52 sequence and the theme chosen from the environment.
@Suite struct ClipboardAndThemeTests {
  @Test(arguments: ["", "a", "ab", "abc", "沧县：观摩学先进\n\n为进一步", "\u{1B}]0;x\u{07}"])
  func osc52CarriesTheTextAsBase64(text: String) {
    let sequence = Clipboard.osc52(text)
    let head = Array("\u{1B}]52;c;".utf8)
    #expect(Array(sequence.prefix(head.count)) == head)
    #expect(sequence.last == 0x07)
    let body = sequence.dropFirst(head.count).dropLast()
    #expect(String(decoding: body, as: UTF8.self) == Data(text.utf8).base64EncodedString())
    // Nothing of the text reaches the terminal raw: one ESC, one BEL, the rest base64.
    #expect(sequence.filter { $0 == 0x1B }.count == 1 && sequence.filter { $0 == 0x07 }.count == 1)
  }

  @Test(arguments: [
    ([:], ThemeName.dark),
    (["COLORFGBG": "15;0"], .dark),
    (["COLORFGBG": "0;15"], .light),
    (["COLORFGBG": "0;default;7"], .light),
    (["COLORFGBG": "7;8"], .dark),
    (["COLORFGBG": "garbage"], .dark),
    (["NO_COLOR": "1", "COLORFGBG": "0;15"], .mono),
    (["NO_COLOR": "", "COLORFGBG": "0;15"], .light),
  ])
  func theDefaultThemeFollowsTheEnvironment(environment: [String: String], theme: ThemeName) {
    #expect(ThemeName.fromEnvironment(environment) == theme)
  }
}
