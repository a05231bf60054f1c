import ReaderKit

/// Colours a user sets for one style: a foreground and a background, each a terminal colour
/// number (0…255) or -1 for the terminal's own.
public struct StyleColours: Sendable, Hashable {
  /// The text colour.
  public var foreground: Int32
  /// The background colour.
  public var background: Int32

  /// Colours.
  public init(foreground: Int32, background: Int32 = -1) {
    self.foreground = foreground
    self.background = background
  }

  /// The names of the eight basic colours, by number; `bright-NAME` are 8…15.
  public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

  /// The colours written `FG`, `FG on BG` or `on BG`, where a colour is a name, `bright-NAME`,
  /// `default` or a number 0…255; nil when it is none of these.
  public init?(spec: String) {
    let words = spec.lowercased().split(separator: " ").map(String.init)
    func colour(_ word: String) -> Int32? {
      if word == "default" { return -1 }
      if let index = Self.names.firstIndex(of: word) { return Int32(index) }
      if word.hasPrefix("bright-"), let index = Self.names.firstIndex(of: String(word.dropFirst(7)))
      {
        return Int32(index + 8)
      }
      if let number = Int32(word), (0...255).contains(number) { return number }
      return nil
    }
    switch words.count {
    case 1:
      guard let fg = colour(words[0]) else { return nil }
      self.init(foreground: fg)
    case 2 where words[0] == "on":
      guard let bg = colour(words[1]) else { return nil }
      self.init(foreground: -1, background: bg)
    case 3 where words[1] == "on":
      guard let fg = colour(words[0]), let bg = colour(words[2]) else { return nil }
      self.init(foreground: fg, background: bg)
    default:
      return nil
    }
  }

  /// As `config.toml` writes it: `yellow`, `black on yellow`.
  public var spec: String {
    func name(_ colour: Int32) -> String {
      switch colour {
      case -1: "default"
      case 0..<8: Self.names[Int(colour)]
      case 8..<16: "bright-" + Self.names[Int(colour) - 8]
      default: String(colour)
      }
    }
    return background == -1 ? name(foreground) : "\(name(foreground)) on \(name(background))"
  }
}

extension CellStyle {
  /// The style's name in `config.toml`'s `[colours]`: `current-match` for `.currentMatch`.
  public var settingName: String {
    var name = ""
    for character in String(describing: self) {
      if character.isUppercase {
        name += "-" + character.lowercased()
      } else {
        name.append(character)
      }
    }
    return name
  }
}
