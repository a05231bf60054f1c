/// Makes valid UTF-8 safe for a terminal: CRLF and CR become LF; C0/C1 control characters other
/// than LF and tab, DEL, bidi embedding/override/isolate controls, and whole escape sequences
/// are removed and counted.
enum TextSanitizer {
  /// A string sequence (OSC, DCS, SOS, PM, APC) longer than this is treated as unterminated.
  static let maxStringSequence = 4096

  /// The cleaned text and how many controls (an escape sequence counting once) were removed.
  /// `utf8` must be valid UTF-8. `firstControl` is where the first control or CR is (nil when
  /// there is none: the fast path, a single validating copy).
  static func clean(_ utf8: UnsafeBufferPointer<UInt8>, firstControl: Int?) -> (
    text: String, removed: Int
  ) {
    guard let firstControl else { return (String(decoding: utf8, as: UTF8.self), 0) }
    var removed = 0
    // Written straight into the string's storage: no second copy of a large text.
    let text = String(unsafeUninitializedCapacity: utf8.count) { output in
      let (written, count) = clean(utf8, firstControl: firstControl, into: output)
      removed = count
      return written
    }
    return (text, removed)
  }

  /// Cleans `utf8` within itself (the text moves down over what is removed); returns how
  /// many bytes the clean text has, and how many controls were removed.
  static func cleanInPlace(_ utf8: UnsafeMutableBufferPointer<UInt8>, firstControl: Int) -> (
    written: Int, removed: Int
  ) {
    // Reading runs ahead of writing, so each byte is read before it can be written over.
    clean(UnsafeBufferPointer(utf8), firstControl: firstControl, into: utf8)
  }

  /// Writes the clean text of `utf8` into `output` (as large as `utf8`, or `utf8` itself);
  /// returns the bytes written and the controls removed.
  private static func clean(
    _ utf8: UnsafeBufferPointer<UInt8>, firstControl: Int,
    into output: UnsafeMutableBufferPointer<UInt8>
  ) -> (written: Int, removed: Int) {
    var written = 0
    var removed = 0
    func copy(_ range: Range<Int>) {
      // `copyMemory` is a `memmove`: the runs overlap when cleaning in place.
      UnsafeMutableRawPointer(output.baseAddress! + written).copyMemory(
        from: utf8.baseAddress! + range.lowerBound, byteCount: range.count)
      written += range.count
    }
    var runStart = 0
    var i = firstControl
    let count = utf8.count
    while i < count {
      let byte = utf8[i]
      if byte >= 0x20 && byte != 0x7F && byte != 0xC2 && byte != 0xE2 || byte == 0x0A
        || byte == 0x09
      {
        i += 1
        continue
      }
      if byte == 0xE2 {
        guard i + 2 < count, isBidiControl(utf8[i + 1], utf8[i + 2]) else {
          i += 1
          continue
        }
      }
      if byte == 0xC2 && (i + 1 == count || utf8[i + 1] >= 0xA0) {
        i += 2
        continue
      }
      copy(runStart..<i)
      if byte == 0x0D {
        output[written] = 0x0A
        written += 1
        i += i + 1 < count && utf8[i + 1] == 0x0A ? 2 : 1
      } else {
        i = controlEnd(utf8, at: i)
        removed += 1
      }
      runStart = i
    }
    copy(runStart..<count)
    return (written, removed)
  }

  /// True for the UTF-8 continuation bytes (after E2) of the bidirectional embedding,
  /// override and isolate controls U+202A…202E and U+2066…2069: they would let a page's text
  /// reorder what the terminal shows.
  static func isBidiControl(_ second: UInt8, _ third: UInt8) -> Bool {
    (second == 0x80 && (0xAA...0xAE).contains(third))
      || (second == 0x81 && (0xA6...0xA9).contains(third))
  }

  /// The index just past the control character or escape sequence starting at `i`.
  static func controlEnd(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let count = utf8.count
    if utf8[i] == 0xE2 { return i + 3 }  // a bidi control (checked by the caller)
    if utf8[i] == 0x1B {
      guard i + 1 < count else { return i + 1 }
      switch utf8[i + 1] {
      case 0x5B:  // ESC [ : CSI
        return csiEnd(utf8, from: i + 2)
      case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // ESC ] P X ^ _ : OSC, DCS, SOS, PM, APC
        return stringEnd(utf8, from: i + 2) ?? i + 2
      case 0x20...0x2F:  // ESC, intermediates, final (e.g. ESC ( B)
        var j = i + 1
        while j < count && (0x20...0x2F).contains(utf8[j]) { j += 1 }
        return j < count && (0x30...0x7E).contains(utf8[j]) ? j + 1 : j
      case 0x30...0x7E:  // ESC + one character (e.g. ESC 7, ESC c)
        return i + 2
      default:  // a lone ESC
        return i + 1
      }
    }
    if utf8[i] == 0xC2 {  // a C1 control, U+0080...U+009F
      switch utf8[i + 1] {
      case 0x9B: return csiEnd(utf8, from: i + 2)
      case 0x9D, 0x90, 0x98, 0x9E, 0x9F: return stringEnd(utf8, from: i + 2) ?? i + 2
      default: return i + 2
      }
    }
    return i + 1
  }

  /// The end of a CSI sequence whose parameters start at `j`: parameter bytes, intermediate
  /// bytes, then a final byte. A malformed sequence ends before the first byte that does not fit.
  static func csiEnd(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var j = start
    let count = utf8.count
    while j < count && (0x30...0x3F).contains(utf8[j]) { j += 1 }
    while j < count && (0x20...0x2F).contains(utf8[j]) { j += 1 }
    return j < count && (0x40...0x7E).contains(utf8[j]) ? j + 1 : j
  }

  /// The end of a string sequence whose payload starts at `j`, just past its BEL or ST
  /// (ESC \ or U+009C); nil when it is unterminated: another control character, the end of the
  /// text, or `maxStringSequence` bytes come first. Then only the introducer is removed.
  static func stringEnd(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    let end = min(utf8.count, start + maxStringSequence)
    var j = start
    while j < end {
      let byte = utf8[j]
      if byte == 0x07 { return j + 1 }
      if byte == 0x1B { return j + 1 < utf8.count && utf8[j + 1] == 0x5C ? j + 2 : nil }
      if byte == 0xC2 && j + 1 < utf8.count && utf8[j + 1] < 0xA0 {
        return utf8[j + 1] == 0x9C ? j + 2 : nil
      }
      if byte < 0x20 || byte == 0x7F { return nil }
      j += 1
    }
    return nil
  }
}
