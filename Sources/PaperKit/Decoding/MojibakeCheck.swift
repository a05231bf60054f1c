/// Tells text decoded with the wrong encoding (mojibake: Shift-JIS or Latin-1 read as GB18030,
/// UTF-8 read as UTF-16) from a real page. Such text is valid, so the decoder cannot refuse
/// it; but its non-ASCII characters are mostly rare ideographs, Hangul, private-use or
/// unassigned code points, where a real page's are common hanzi, kana, letters and punctuation.
enum MojibakeCheck {
  /// How many scalars are looked at, at most (the start of the text).
  static let maxScalarsExamined = 200_000
  /// How many non-ASCII characters must be seen before judging.
  static let minimumSample = 10
  /// The largest share of unusual characters a real page has; real pages have under 1 %,
  /// traditional ones included, mojibake 45–95 %.
  static let maxUnusualShare = 0.3

  /// The common ideographs: GB2312's first level (3755, simplified) and Big5's frequent
  /// characters (5401, traditional), read from glibc's iconv tables once.
  static let commonIdeographs: Set<UInt32> = {
    var bytes: [UInt8] = []
    for lead in UInt8(0xB0)...0xD7 {
      for trail in UInt8(0xA1)...0xFE { bytes += [lead, trail] }
    }
    var big5: [UInt8] = []
    for lead in UInt8(0xA4)...0xC6 {
      for trail in Array(UInt8(0x40)...0x7E) + Array(UInt8(0xA1)...0xFE)
      where lead < 0xC6 || trail <= 0x7E {
        big5 += [lead, trail]
      }
    }
    var set = Set<UInt32>()
    for (encoding, table) in [("GB2312", bytes), ("BIG5", big5)] {
      let utf8 = table.withUnsafeBufferPointer { try? IconvDecoding.transcode($0, from: encoding) }
      guard let utf8 = utf8 ?? nil else { continue }
      for scalar in String(decoding: utf8.bytes, as: UTF8.self).unicodeScalars
      where isIdeograph(scalar.value) {
        set.insert(scalar.value)
      }
    }
    return set
  }()

  /// The share of unusual characters among the non-ASCII, non-space characters at the start of
  /// `text`; nil when there are too few to judge.
  /// `unusualShare(of:)` of valid UTF-8, reading only the bytes it examines.
  static func unusualShare(ofUTF8 utf8: [UInt8]) -> Double? {
    var end = min(utf8.count, maxScalarsExamined * 4)
    while end < utf8.count, end > 0, utf8[end] & 0xC0 == 0x80 { end -= 1 }  // a whole character
    return unusualShare(of: String(decoding: utf8[..<end], as: UTF8.self))
  }

  static func unusualShare(of text: String) -> Double? {
    var usual = 0
    var unusual = 0
    for scalar in text.unicodeScalars.prefix(maxScalarsExamined) {
      let value = scalar.value
      if value < 0x80 || scalar.isWhitespaceScalar { continue }
      if isUsual(value) { usual += 1 } else { unusual += 1 }
    }
    let total = usual + unusual
    return total < minimumSample ? nil : Double(unusual) / Double(total)
  }

  /// Whether `value` is a CJK ideograph (the unified blocks and their extensions).
  static func isIdeograph(_ value: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0x20000...0x3FFFF).contains(value) || (0xF900...0xFAFF).contains(value)
  }

  /// What a real page's non-ASCII characters are: common ideographs, kana, Latin, Greek and
  /// Cyrillic letters, CJK and general punctuation, full- and half-width forms, symbols
  /// (°, ×, ①, ■, ℃).
  static func isUsual(_ value: UInt32) -> Bool {
    if isIdeograph(value) { return commonIdeographs.contains(value) }
    switch value {
    case 0xA0...0x24F, 0x370...0x4FF, 0x2010...0x205E, 0x2100...0x218F, 0x2190...0x21FF,
      0x2460...0x27BF, 0x3000...0x30FF, 0xFF01...0xFF9F:
      return true
    default:
      return false
    }
  }
}
