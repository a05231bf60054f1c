/// UTF-16 (either byte order) to UTF-8, natively: iconv would lose the alignment after a bad unit.
enum UTF16Decoding {
  /// The UTF-8 bytes of `bytes` read as UTF-16, and how many invalid units (lone surrogates, an
  /// odd last byte) became U+FFFD.
  static func transcode(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> (
    bytes: [UInt8], invalid: Int
  ) {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count * 3 / 2 + 4)
    var invalid = 0
    let units = bytes.count / 2

    func unit(_ index: Int) -> UInt32 {
      let first = UInt32(bytes[2 * index])
      let second = UInt32(bytes[2 * index + 1])
      return bigEndian ? first << 8 | second : second << 8 | first
    }

    var index = 0
    while index < units {
      let value = unit(index)
      index += 1
      var scalar = value
      if value >= 0xD800 && value <= 0xDFFF {
        if value <= 0xDBFF && index < units, case let low = unit(index), low >= 0xDC00,
          low <= 0xDFFF
        {
          scalar = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
          index += 1
        } else {
          scalar = 0xFFFD
          invalid += 1
        }
      }
      appendUTF8(scalar, to: &output)
    }
    if bytes.count % 2 == 1 {
      appendUTF8(0xFFFD, to: &output)
      invalid += 1
    }
    return (output, invalid)
  }

  /// Appends a scalar value (never a surrogate) encoded as UTF-8.
  @inline(__always)
  static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      output.append(UInt8(scalar))
    case 0x80..<0x800:
      output.append(UInt8(0xC0 | scalar >> 6))
      output.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      output.append(UInt8(0xE0 | scalar >> 12))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    default:
      output.append(UInt8(0xF0 | scalar >> 18))
      output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      output.append(UInt8(0x80 | scalar & 0x3F))
    }
  }
}
