/// `DUBAO_OPTIONS` split into arguments as a shell would: words apart at blanks, `'…'` and
/// `"…"` quote, `\` escapes the next character.
public enum OptionWords {
  /// An unterminated quote or a trailing backslash.
  public struct SyntaxError: Error, CustomStringConvertible {
    /// What is wrong.
    public var description: String
  }

  /// The words of `text`.
  public static func split(_ text: String) throws(SyntaxError) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    var escaped = false
    for c in text {
      if escaped {
        current.append(c)
        escaped = false
      } else if let open = quote {
        if c == open {
          quote = nil
        } else if c == "\\" && open == "\"" {
          escaped = true
        } else {
          current.append(c)
        }
      } else if c == "\\" {
        escaped = true
        inWord = true
      } else if c == "'" || c == "\"" {
        quote = c
        inWord = true
      } else if c == " " || c == "\t" || c == "\n" {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(c)
        inWord = true
      }
    }
    if quote != nil { throw SyntaxError(description: "a quote is not closed") }
    if escaped { throw SyntaxError(description: "it ends with a backslash") }
    if inWord { words.append(current) }
    return words
  }
}
