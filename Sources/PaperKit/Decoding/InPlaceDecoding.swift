extension PageDecoder {
  /// Decodes valid UTF-8 (detected, or named with `encoding`) within `bytes` itself: a BOM
  /// dropped, CRs and controls removed by moving the text down over them, so that a large
  /// text is never held twice. Returns the encoding and how many controls were removed, or
  /// nil when the bytes need transcoding or repair (then `decode` makes a new text).
  static func decodeInPlace(_ bytes: inout [UInt8], encoding: String?) throws(PageDecodingError)
    -> (encoding: String, removedControls: Int)?
  {
    let detected = encoding == nil
    let label = encoding?.uppercased() ?? "UTF-8"
    guard label.filter({ $0 != "-" && $0 != "_" }) == "UTF8" else { return nil }
    if detected && bytes.isEmpty { return (label, 0) }
    let bom = bytes.withUnsafeBufferPointer { byteOrderMark($0) }
    // UTF-16 by its mark is transcoded (a UTF-8 page named so keeps its odd first bytes).
    if detected, let bom, bom.encoding != "UTF-8" { return nil }
    let body = bom?.encoding == "UTF-8" ? 3 : 0
    let checked: Result<UTF8Validation.Scan?, PageDecodingError> = bytes.withUnsafeBufferPointer {
      all in
      let text = UnsafeBufferPointer(rebasing: all[body...])
      if containsNUL(text) { return .failure(.notText) }
      let scan = UTF8Validation.scan(text)
      guard scan.invalid == 0 else { return .success(nil) }
      if detected && !TextPlausibility.looksLikeText(text) { return .failure(.notText) }
      return .success(scan)
    }
    guard let scan = try checked.get() else { return nil }
    if body > 0 { bytes.removeFirst(body) }
    guard let first = scan.firstControl else { return (label, 0) }
    let (kept, removed) = bytes.withUnsafeMutableBufferPointer {
      TextSanitizer.cleanInPlace($0, firstControl: first)
    }
    bytes.removeLast(bytes.count - kept)
    return (label, removed)
  }
}
