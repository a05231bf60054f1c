/// UTF-8 validation and repair on raw bytes. An invalid sequence is a "maximal subpart" (Unicode
/// §3.9), so the count equals the number of U+FFFD that `String(decoding:as:)` would insert.
enum UTF8Validation {
  /// What one pass over the bytes found.
  struct Scan {
    /// How many invalid sequences there are.
    var invalid = 0
    /// How many well-formed multi-byte sequences there are.
    var multibyte = 0
    /// The index of the first byte the sanitiser must look at (a control or CR), if any.
    var firstControl: Int?
  }

  /// Length of the well-formed sequence starting at `i`, or minus the length of the maximal
  /// invalid subpart starting there.
  @inline(__always)
  static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let lead = bytes[i]
    if lead < 0x80 { return 1 }
    var trailing: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: trailing = 1
    case 0xE0: (trailing, low) = (2, 0xA0)
    case 0xE1...0xEC, 0xEE, 0xEF: trailing = 2
    case 0xED: (trailing, high) = (2, 0x9F)
    case 0xF0: (trailing, low) = (3, 0x90)
    case 0xF1...0xF3: trailing = 3
    case 0xF4: (trailing, high) = (3, 0x8F)
    default: return -1
    }
    let count = bytes.count
    guard i + 1 < count, bytes[i + 1] >= low, bytes[i + 1] <= high else { return -1 }
    var k = 2
    while k <= trailing {
      guard i + k < count, bytes[i + k] & 0xC0 == 0x80 else { return -k }
      k += 1
    }
    return trailing + 1
  }

  /// Whether an ASCII byte needs the sanitiser: C0 controls other than tab and LF (CR included),
  /// and DEL.
  @inline(__always)
  static func isControlASCII(_ byte: UInt8) -> Bool {
    (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F
  }

  /// Counts invalid sequences and finds the first control character, in one pass.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scan {
    var result = Scan()
    var i = 0
    let count = bytes.count
    while i < count {
      let byte = bytes[i]
      // Fast path for the common CJK case: a 3-byte sequence led by E1...EC or EE...EF.
      if byte >= 0xE1 && byte <= 0xEF && byte != 0xED && i + 2 < count
        && bytes[i + 1] & 0xC0 == 0x80 && bytes[i + 2] & 0xC0 == 0x80
      {
        if byte == 0xE2 && result.firstControl == nil
          && TextSanitizer.isBidiControl(bytes[i + 1], bytes[i + 2])
        {
          result.firstControl = i
        }
        result.multibyte += 1
        i += 3
        continue
      }
      if byte < 0x80 {
        if isControlASCII(byte) && result.firstControl == nil { result.firstControl = i }
        i += 1
        continue
      }
      let length = sequenceLength(in: bytes, at: i)
      if length < 0 {
        result.invalid += 1
        i -= length
      } else {
        // U+0080...U+009F (C1 controls) are C2 80...C2 9F.
        if byte == 0xC2 && bytes[i + 1] < 0xA0 && result.firstControl == nil {
          result.firstControl = i
        }
        result.multibyte += 1
        i += length
      }
    }
    return result
  }

  /// The bytes with every invalid sequence replaced by U+FFFD's encoding.
  static func repaired(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 4)
    var runStart = 0
    var i = 0
    while i < bytes.count {
      if bytes[i] < 0x80 {
        i += 1
        continue
      }
      let length = sequenceLength(in: bytes, at: i)
      if length > 0 {
        i += length
        continue
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
      output.append(contentsOf: replacementCharacter)
      i -= length
      runStart = i
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    return output
  }

  /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
  static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]
}
