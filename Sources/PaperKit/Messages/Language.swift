/// The language the interface speaks: Chinese under a Chinese locale, English otherwise.
public enum Language: String, Sendable, CaseIterable {
  case english, chinese

  /// The language of the locale the environment names: `LC_ALL`, then `LC_MESSAGES`, then
  /// `LANG`, as setlocale reads them; `zh_*` is Chinese, anything else English.
  public static func from(environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[name], !value.isEmpty {
        return value.hasPrefix("zh") ? .chinese : .english
      }
    }
    return .english
  }

  /// The phrase in this language with `{1}`, `{2}`… replaced by `arguments`.
  public func text(_ phrase: Phrase, _ arguments: String...) -> String {
    text(phrase, arguments: arguments)
  }

  /// The phrase in this language with `{1}`, `{2}`… replaced by `arguments`.
  public func text(_ phrase: Phrase, arguments: [String]) -> String {
    var text = self == .chinese ? phrase.pair.chinese : phrase.pair.english
    for (index, argument) in arguments.enumerated() {
      text = text.replacingEvery("{\(index + 1)}", with: argument)
    }
    return text
  }
}

extension String {
  /// Every occurrence of `target` replaced by `replacement` (no Foundation in PaperKit).
  fileprivate func replacingEvery(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
