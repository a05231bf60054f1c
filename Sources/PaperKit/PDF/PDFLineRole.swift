import PDFText

/// What one line of a PDF page is, judged by its size against the body text and its place.
public enum PDFLineRole: String, Sendable, Equatable, CaseIterable {
  /// A heading line: clearly larger than the body (kicker, title, subtitle by rank).
  case heading
  /// Body text.
  case body
  /// A caption: smaller than the body, inside the page's text area.
  case caption
  /// Header or footer band: smaller than the body, above or below all larger text.
  case furniture
}

/// A line in reading order with the evidence it was judged on, as `--explain` would show it.
public struct PDFLineReading: Sendable, Equatable {
  /// The line.
  public var line: PDFLine
  /// The region (leaf of the reading-order cut) it was read in.
  public var region: Int
  /// What it is.
  public var role: PDFLineRole
  /// Its size divided by the body size.
  public var sizeRatio: Double
}

/// Sizes and roles of a page's lines.
public enum PDFLineClassifier {
  /// Lines at least this much larger than the body are headings.
  static let headingRatio = 1.15
  /// Lines at most this size relative to the body are captions or furniture.
  static let smallRatio = 0.92

  /// The body size: the font size of most printed characters.
  public static func bodySize(of lines: [PDFLine]) -> Double {
    var weight: [Double: Int] = [:]
    for line in lines { weight[line.fontSize, default: 0] += line.text.count }
    return weight.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 0
  }

  /// The lines in reading order with their roles.
  public static func readings(lines: [PDFLine], pictures: [PDFBox]) -> [PDFLineReading] {
    let body = bodySize(of: lines)
    guard body > 0 else { return [] }
    let large = lines.filter { $0.fontSize > smallRatio * body }
    let top = large.map(\.box.y0).min() ?? 0
    let bottom = large.map(\.box.y1).max() ?? 0
    let order = ReadingOrder.order(lines: lines, pictures: pictures, bodySize: body) {
      $0.fontSize >= headingRatio * body
    }
    return order.map { entry in
      let line = lines[entry.line]
      let ratio = line.fontSize / body
      let role: PDFLineRole
      if ratio >= headingRatio {
        role = .heading
      } else if ratio > smallRatio {
        role = .body
      } else if line.box.y1 <= top || line.box.y0 >= bottom {
        role = .furniture
      } else {
        role = .caption
      }
      return PDFLineReading(line: line, region: entry.region, role: role, sizeRatio: ratio)
    }
  }
}
