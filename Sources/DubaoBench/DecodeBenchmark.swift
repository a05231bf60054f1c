import Foundation
import PaperKit

#if canImport(Glibc)
  import Glibc
#endif

/// Prints decoding throughput (UTF-8, UTF-8 with CRLF, GB18030) for 50 MB of generated page text,
/// each against a plain `String(decoding:as: UTF8.self)` of the same bytes in the same run.
func runDecodeBenchmark() {
  let text = generatedPageText(megabytes: 50)
  let utf8 = Array(text.utf8)
  let crlf = Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
  guard let gb18030 = encodeWithIconv(utf8, to: "GB18030") else {
    print("decode: iconv cannot encode GB18030")
    return
  }
  for (name, bytes) in [("UTF-8", utf8), ("UTF-8 with CRLF", crlf), ("GB18030", gb18030)] {
    var sink = 0
    let baseline = bestTime { sink &+= String(decoding: bytes, as: UTF8.self).utf8.count }
    let decode = bestTime {
      sink &+= (try? PageDecoder.decode(bytes))?.text.utf8.count ?? -1
    }
    report(
      "decode \(name) baseline", bytes: bytes.count, seconds: baseline, baselineSeconds: baseline)
    report("decode \(name)", bytes: bytes.count, seconds: decode, baselineSeconds: baseline)
    if sink == 42 { print("") }  // keeps the work observable
  }
}

/// `bytes` (UTF-8) converted to `encoding` by iconv, or nil if iconv fails.
private func encodeWithIconv(_ bytes: [UInt8], to encoding: String) -> [UInt8]? {
  let converter = iconv_open(encoding, "UTF-8")
  guard converter != iconv_t(bitPattern: -1) else { return nil }
  defer { iconv_close(converter) }
  var input = bytes
  var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
  let written = input.withUnsafeMutableBufferPointer { inBuffer in
    output.withUnsafeMutableBufferPointer { outBuffer -> Int in
      var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress).map {
        $0.assumingMemoryBound(to: CChar.self)
      }
      var inLeft = inBuffer.count
      var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress).map {
        $0.assumingMemoryBound(to: CChar.self)
      }
      var outLeft = outBuffer.count
      let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
      return result == -1 ? -1 : outBuffer.count - outLeft
    }
  }
  return written < 0 ? nil : Array(output[0..<written])
}
