/// The Chinese line-breaking rules (clreq, GB/T 15834) as character classes and one predicate.
///
/// A break may fall between two grapheme clusters unless a rule forbids it; the layout pushes
/// an offending cluster to the next line together with its neighbour.
public enum LineBreakRules {
  /// Rule classes of one cluster, by its first scalar; an option set packed in a byte.
  public struct Classes: OptionSet, Sendable, Hashable {
    /// The raw bits.
    public let rawValue: UInt8
    /// Creates classes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Never at a line start: closing punctuation, pause marks, 间隔号, postfix units.
    public static let noBreakBefore = Classes(rawValue: 1)
    /// Never at a line end: opening brackets and quotes, prefix currency signs.
    public static let noBreakAfter = Classes(rawValue: 2)
    /// Half of a dash (——) or ellipsis (……): two in a row are one unit.
    public static let dashOrEllipsis = Classes(rawValue: 4)
    /// Part of a number, Latin word or URL: two in a row are not split.
    public static let word = Classes(rawValue: 8)
    /// A space: a break may follow it, and it is dropped at the end of a line.
    public static let space = Classes(rawValue: 16)
  }

  /// Closing punctuation that never starts a line (full-width and half-width forms).
  public static let lineStartForbidden: String =
    "，。、：；！？）》」』】〕〗〉”’〙〛］｝｠〞〟．｡､｣,.:;!?)]}»›·・･‧％‰℃℉′″°‼⁇⁈⁉﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞¢"
  /// Opening punctuation that never ends a line (full-width and half-width forms).
  public static let lineEndForbidden: String = "“‘（《「『【〔〖〈〘〚［｛｟〝｢([{«‹﹙﹛﹝￥＄¥£€￡¡¿"
  /// Dashes and ellipses whose doubled forms (—— ……) are never split.
  public static let dashesAndEllipses: String = "—―…⋯⸺⸻"

  /// The classes of a cluster whose first scalar is `value`.
  @inline(__always)
  public static func classes(of value: UInt32) -> Classes {
    ScalarTable.classes(ScalarTable.properties(value))
  }

  /// The classes computed from the rules, without the table.
  static func ruleClasses(of value: UInt32) -> Classes {
    if value < 0x80 { return Classes(rawValue: asciiClasses[Int(value)]) }
    if value >= 0x3400 && value <= 0x9FFF { return [] }
    return otherClasses(value)
  }

  /// Whether a line may break between a cluster of classes `before` and one of classes `after`.
  @inline(__always)
  public static func canBreak(between before: Classes, and after: Classes) -> Bool {
    if after.contains(.space) || after.contains(.noBreakBefore) { return false }
    if before.contains(.noBreakAfter) { return false }
    if before.contains(.space) { return true }
    if before.contains(.dashOrEllipsis) && after.contains(.dashOrEllipsis) { return false }
    if before.contains(.word) && after.contains(.word) { return false }
    return true
  }

  /// ASCII: letters, digits and punctuation glue into words (numbers, URLs); closers and
  /// openers also carry their line-start/line-end rules for when they touch CJK text.
  private static let asciiClasses: [UInt8] = (0..<128).map { code -> UInt8 in
    let scalar = Character(Unicode.Scalar(UInt8(code)))
    if code == 0x20 { return Classes.space.rawValue }
    if code < 0x20 || code == 0x7F { return 0 }
    var classes = Classes.word
    if ",.:;!?)]}%".contains(scalar) { classes.insert(.noBreakBefore) }
    if "([{$".contains(scalar) { classes.insert(.noBreakAfter) }
    return classes.rawValue
  }

  /// The classes of a scalar outside ASCII and the CJK ideograph blocks (no table).
  static func otherClasses(_ value: UInt32) -> Classes {
    switch value {
    case 0xA0, 0x2007, 0x202F: return [.noBreakBefore, .noBreakAfter]  // no-break spaces
    case 0x3000, 0x2000...0x2006, 0x2008...0x200A, 0x205F: return .space
    case 0x2014, 0x2015, 0x2026, 0x22EF, 0x2E3A, 0x2E3B: return .dashOrEllipsis
    case 0xFF0E, 0xFF05: return [.noBreakBefore, .word]  // ．％ inside full-width numbers
    case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .word
    default: break
    }
    if closers.contains(value) { return .noBreakBefore }
    if openers.contains(value) { return .noBreakAfter }
    // Latin, Greek and Cyrillic letters and Latin-1 signs belong to words.
    if value >= 0xA0 && value < 0x530 && value != 0xD7 && value != 0xF7 { return .word }
    return []
  }

  private static let closers: Set<UInt32> = Set(
    lineStartForbidden.unicodeScalars.filter { $0.value >= 0x80 }.map(\.value))
  private static let openers: Set<UInt32> = Set(
    lineEndForbidden.unicodeScalars.filter { $0.value >= 0x80 }.map(\.value))
}
