#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns a page file's bytes into clean text.
public enum PageDecoder {
  /// Decodes bytes: BOM (UTF-8/UTF-16), else UTF-8 if valid, else GB18030; `encoding` forces one.
  public static func decode(_ bytes: [UInt8], encoding: String? = nil) throws(PageDecodingError)
    -> DecodedText
  {
    let result: Result<DecodedText, PageDecodingError> = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(PageDecodingError) in
        if let encoding { return try decodeForced(buffer, name: encoding) }
        return try decodeDetected(buffer)
      }
    }
    return try result.get()
  }

  /// The encoding a byte order mark announces, and the mark's length.
  static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> (encoding: String, length: Int)?
  {
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      return ("UTF-8", 3)
    }
    if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { return ("UTF-16LE", 2) }
    if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { return ("UTF-16BE", 2) }
    return nil
  }

  /// BOM first (UTF-16 holds NUL bytes legitimately), then NUL bytes refuse the file, then UTF-8
  /// if valid or mostly well-formed, else whichever of UTF-8 and GB18030 has fewer invalid
  /// sequences (UTF-8 on a tie).
  static func decodeDetected(_ bytes: UnsafeBufferPointer<UInt8>) throws(PageDecodingError)
    -> DecodedText
  {
    if bytes.isEmpty { return DecodedText(text: "", encoding: "UTF-8") }
    if let (encoding, length) = byteOrderMark(bytes) {
      let body = UnsafeBufferPointer(rebasing: bytes[length...])
      if encoding == "UTF-8" { return try decodeUTF8(body, label: encoding, detected: true) }
      let (utf8, invalid) = UTF16Decoding.transcode(body, bigEndian: encoding == "UTF-16BE")
      return try finish(utf8, encoding: encoding, invalid: invalid, detected: true)
    }
    if containsNUL(bytes) { throw .notText }
    let scan = UTF8Validation.scan(bytes)
    if scan.invalid == 0 {
      return try finish(bytes, encoding: "UTF-8", invalid: 0, detected: true, scan: scan)
    }
    // UTF-8 with a few damaged bytes: most non-ASCII sequences are still well-formed (GBK text
    // read as UTF-8 gives about one well-formed sequence in seven). Checked first, because
    // UTF-8 Chinese read as GB18030 is mostly "valid" mojibake.
    let mostlyUTF8 = scan.multibyte > scan.invalid
    if !mostlyUTF8,
      let gb18030 = try IconvDecoding.transcode(
        bytes, from: "GB18030", maxInvalid: scan.invalid - 1)
    {
      return try finish(
        gb18030.bytes, encoding: "GB18030", invalid: gb18030.invalid, detected: true)
    }
    return try finish(
      UTF8Validation.repaired(bytes), encoding: "UTF-8", invalid: scan.invalid, detected: true)
  }

  /// A forced encoding: UTF-8 and UTF-16 natively, anything else through iconv. A leading BOM is
  /// dropped; the not-text share rule is not applied (the user said it is text), NUL still is.
  static func decodeForced(_ bytes: UnsafeBufferPointer<UInt8>, name: String)
    throws(PageDecodingError) -> DecodedText
  {
    let label = name.uppercased()
    let key = label.filter { $0 != "-" && $0 != "_" }
    let bom = byteOrderMark(bytes)
    switch key {
    case "UTF8":
      let length = bom?.encoding == "UTF-8" ? 3 : 0
      return try decodeUTF8(
        UnsafeBufferPointer(rebasing: bytes[length...]), label: label, detected: false)
    case "UTF16", "UTF16LE", "UTF16BE":
      var bigEndian = key != "UTF16LE"
      var body = bytes
      if let bom, bom.encoding != "UTF-8", key == "UTF16" || bom.encoding.hasSuffix(key.suffix(2)) {
        bigEndian = bom.encoding == "UTF-16BE"
        body = UnsafeBufferPointer(rebasing: bytes[2...])
      }
      let (utf8, invalid) = UTF16Decoding.transcode(body, bigEndian: bigEndian)
      return try finish(utf8, encoding: label, invalid: invalid, detected: false)
    default:
      guard let converted = try IconvDecoding.transcode(bytes, from: name) else {
        throw .unknownEncoding(name)  // unreachable: no invalid-sequence limit was given
      }
      var utf8 = converted.bytes
      if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8.removeFirst(3) }
      return try finish(utf8, encoding: label, invalid: converted.invalid, detected: false)
    }
  }

  /// UTF-8 bytes (BOM already removed): repaired if invalid, then cleaned.
  static func decodeUTF8(
    _ bytes: UnsafeBufferPointer<UInt8>, label: String, detected: Bool
  ) throws(PageDecodingError) -> DecodedText {
    let scan = UTF8Validation.scan(bytes)
    if scan.invalid == 0 {
      return try finish(bytes, encoding: label, invalid: 0, detected: detected, scan: scan)
    }
    return try finish(
      UTF8Validation.repaired(bytes), encoding: label, invalid: scan.invalid, detected: detected)
  }

  /// Cleans decoded UTF-8 after the not-text checks.
  static func finish(_ utf8: [UInt8], encoding: String, invalid: Int, detected: Bool)
    throws(PageDecodingError) -> DecodedText
  {
    let result: Result<DecodedText, PageDecodingError> = utf8.withUnsafeBufferPointer { buffer in
      Result { () throws(PageDecodingError) in
        try finish(buffer, encoding: encoding, invalid: invalid, detected: detected)
      }
    }
    return try result.get()
  }

  /// Cleans valid UTF-8 after the not-text checks; `scan` is passed when already done.
  static func finish(
    _ utf8: UnsafeBufferPointer<UInt8>, encoding: String, invalid: Int, detected: Bool,
    scan: UTF8Validation.Scan? = nil
  ) throws(PageDecodingError) -> DecodedText {
    if containsNUL(utf8) { throw .notText }
    if detected && !TextPlausibility.looksLikeText(utf8) { throw .notText }
    let firstControl = (scan ?? UTF8Validation.scan(utf8)).firstControl
    let (text, removed) = TextSanitizer.clean(utf8, firstControl: firstControl)
    return DecodedText(
      text: text, encoding: encoding, invalidSequences: invalid, removedControls: removed)
  }

  /// Whether the bytes hold a NUL (memchr: the fastest scan there is).
  static func containsNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
    return memchr(base, 0, bytes.count) != nil
  }
}
