#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Any encoding glibc's iconv knows, to UTF-8, replacing what it cannot convert by U+FFFD.
enum IconvDecoding {
  /// The UTF-8 bytes and the count of invalid sequences; nil when more than `maxInvalid` were
  /// found (the caller then prefers another reading). Throws when iconv does not know `name`.
  static func transcode(
    _ bytes: UnsafeBufferPointer<UInt8>, from name: String, maxInvalid: Int = .max
  ) throws(PageDecodingError) -> (bytes: [UInt8], invalid: Int)? {
    // "//IGNORE" and "//TRANSLIT" suffixes would change what iconv drops; names never need "/".
    guard !name.isEmpty, !name.contains("/") else { throw .unknownEncoding(name) }
    let converter = iconv_open("UTF-8", name)
    guard converter != iconv_t(bitPattern: -1) else { throw .unknownEncoding(name) }
    defer { iconv_close(converter) }
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return ([], 0) }

    var output: [UInt8] = []
    output.reserveCapacity(bytes.count * 3 / 2 + 16)
    var invalid = 0
    let chunkSize = 1 << 16
    var input: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
      .assumingMemoryBound(to: CChar.self)
    var inputLeft = bytes.count

    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: chunkSize) { chunk in
      var finished = false
      while !finished {
        var out: UnsafeMutablePointer<CChar>? = chunk.baseAddress
        var outLeft = chunkSize
        let result: Int
        if inputLeft > 0 {
          result = iconv(converter, &input, &inputLeft, &out, &outLeft)
        } else {
          // Flush any shift state (stateful encodings such as ISO-2022-CN).
          result = iconv(converter, nil, nil, &out, &outLeft)
          finished = true
        }
        let failure = result == -1 ? errno : 0
        let written = UnsafeRawBufferPointer(start: chunk.baseAddress, count: chunkSize - outLeft)
        output.append(contentsOf: written)
        switch failure {
        case 0, E2BIG:
          continue
        case EINVAL:
          // An incomplete sequence at the end of the input.
          output.append(contentsOf: UTF8Validation.replacementCharacter)
          invalid += 1
          inputLeft = 0
        default:
          // EILSEQ: skip one byte and go on; ASCII after a bad lead byte survives.
          output.append(contentsOf: UTF8Validation.replacementCharacter)
          invalid += 1
          input = input.map { $0 + 1 }
          inputLeft -= 1
        }
        if invalid > maxInvalid { return nil }
      }
      return (output, invalid)
    }
  }
}
