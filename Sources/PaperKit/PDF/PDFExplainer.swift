import PDFText

/// `--explain` for a PDF: each line of each page in reading order with the evidence it was
/// read by: its region of the reading-order cut, its role and heading rank, its size against
/// the body, and where it stands (its column's x-extent).
public enum PDFExplainer {
  /// One row per line, `NUMBER<TAB>KIND<TAB>EVIDENCE<TAB>TEXT` (the text explainer's
  /// columns: `heading:title`, the text's first 40 characters); a PDF of several pages starts
  /// each page with a row `page N of M`.
  public static func rows(of bytes: [UInt8], source: String) throws(PageLoadingError)
    -> [String]
  {
    let texts = try PDFPageLoader.textPages(of: bytes, source: source)
    var result: [String] = []
    for (index, text) in texts.enumerated() {
      if texts.count > 1 { result.append("page \(index + 1) of \(texts.count)") }
      result += rows(of: PDFPageAssembler.readings(of: text))
    }
    return result
  }

  /// The rows of one page's readings.
  static func rows(of readings: [PDFLineReading]) -> [String] {
    var kinds = readings.map(\.role.rawValue)
    var start = 0
    while start < readings.count {
      guard readings[start].role == .heading else {
        start += 1
        continue
      }
      var end = start
      while end < readings.count && readings[end].role == .heading
        && (end == start
          || !PDFPageAssembler.startsArticle(readings[end], after: readings[end - 1]))
      {
        end += 1
      }
      for (offset, rank) in PDFPageAssembler.ranks(of: Array(readings[start..<end])).enumerated() {
        kinds[start + offset] = "heading:\(rank.rawValue)"
      }
      start = end
    }
    return readings.enumerated().map { index, reading in
      let box = reading.line.box
      let evidence =
        "region \(reading.region), size ×\(rounded(reading.sizeRatio)) (\(rounded(reading.line.fontSize)) pt), x \(Int(box.x0.rounded()))–\(Int(box.x1.rounded())), y \(Int(box.y0.rounded()))"
      return "\(index + 1)\t\(kinds[index])\t\(evidence)\t\(reading.line.text.prefix(40))"
    }
  }

  private static func rounded(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
