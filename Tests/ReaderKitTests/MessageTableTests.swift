import PaperKit
import Testing

@testable import ReaderKit

/// The one message table: both languages cover every phrase, with the same placeholders.
@Suite struct MessageTableTests {
  static func placeholders(_ text: String) -> [String] {
    text.matches(of: /\{[0-9]\}/).map { String($0.output) }.sorted()
  }

  @Test(arguments: Phrase.allCases)
  func bothLanguagesSayEveryPhrase(phrase: Phrase) {
    let english = Language.english.text(phrase)
    let chinese = Language.chinese.text(phrase)
    #expect(!english.isEmpty && !chinese.isEmpty)
    #expect(Set(Self.placeholders(english)) == Set(Self.placeholders(chinese)), "\(phrase)")
    // English has no Chinese characters; Chinese is not the English text (a few are symbols).
    #expect(!english.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(phrase)")
    if english.contains(where: \.isLetter) && ![.namedPageOfPages].contains(phrase) {
      #expect(chinese != english, "\(phrase) is not translated")
    }
  }

  @Test func everyKeyBindingAndContextHasHelpInBothLanguages() {
    for binding in Keymap.bindings {
      #expect(Language.chinese.text(binding.help) != Language.english.text(binding.help))
    }
    for context in KeyContext.allCases {
      #expect(Language.chinese.text(context.phrase) != Language.english.text(context.phrase))
    }
  }

  @Test func argumentsFillTheirPlaces() {
    #expect(Language.english.text(.pageOfPages, "3", "12") == "page 3/12")
    #expect(Language.chinese.text(.pageOfPages, "3", "12") == "第3版 3/12")
    #expect(Language.chinese.text(.continuedTo, "6") == "（未完，转第6版）")
  }

  @Test(arguments: [
    (["LANG": "zh_CN.UTF-8"], Language.chinese),
    (["LANG": "C.UTF-8"], .english),
    ([:], .english),
    (["LANG": "zh_CN.UTF-8", "LC_ALL": "C"], .english),
    (["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"], .chinese),
    (["LC_ALL": "zh_HK.UTF-8", "LANG": "C"], .chinese),
    (["LC_ALL": "", "LANG": "zh_SG"], .chinese),
  ])
  func theLocaleChoosesTheLanguage(environment: [String: String], language: Language) {
    #expect(Language.from(environment: environment) == language)
  }
}
