// libFuzzer target "pipeline": decode and parse any bytes (scripts/fuzz.sh). Refusals are one
// clean line; nothing of the decoded text is lost by the parser (page furniture and every
// other model field counted); no model text, outline or dump line holds a control character.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let page = fuzzPage(bytes) else { return 0 }
  let encoding = bytes.first.map { fuzzEncodings[Int($0) % fuzzEncodings.count] } ?? nil
  if let decoded = try? PageDecoder.decode(bytes, encoding: encoding) {
    let parsed = PageParser.parse(decoded.text, source: "fuzz")
    if let lost = lostScalar(decoded.text, in: parsed) {
      fatalError("text lost: U+\(String(lost.value, radix: 16, uppercase: true))")
    }
  }
  for text in modelTexts(page) + [page.source] + page.warnings {
    require(!hasControl(text, newline: false), "control in model")
  }
  require(!hasControl(OutlineFormatter.outline(of: [page]), newline: true), "control in outline")
  require(!hasControl((try? JSONOutput.encode([page])) ?? "", newline: true), "control in JSON")
  for width in [1, 2, 8, 80] {
    let dump = PlainTextDump.text(of: [page], width: width)
    require(!hasControl(dump, newline: true), "control in dump")
    for line in dump.split(separator: "\n") {
      require(fits(String(line), width), "dump line wider than \(width)")
    }
  }
  return 0
}
