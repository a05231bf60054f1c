import PDFText

/// Orders a page's lines for reading by recursive cuts along white space (an XY cut): a
/// region split by white rows running its full width is read top to bottom (articles
/// stacked, a picture cutting a column), except that no cut is made right under a heading: a
/// heading owns what is beneath it, so side-by-side articles whose headings line up stay
/// whole. A region without such rows but with a clear gutter running its full height is read
/// left part first (columns, side-by-side articles), unless the gutter has headings on one
/// side only: then the region's top headings own all its columns and are read first.
public enum ReadingOrder {
  /// One item to place: a line or a picture (pictures only block white space).
  struct Item {
    var box: PDFBox
    var line: Int?
    var isHeading = false
  }

  /// The lines' indices in reading order, each with the number of the region (leaf of the
  /// cut) it was read in.
  public static func order(
    lines: [PDFLine], pictures: [PDFBox], bodySize: Double, isHeading: (PDFLine) -> Bool
  ) -> [(line: Int, region: Int)] {
    let items =
      lines.indices.map { Item(box: lines[$0].box, line: $0, isHeading: isHeading(lines[$0])) }
      + pictures.map { Item(box: $0, line: nil) }
    var result: [(line: Int, region: Int)] = []
    var region = 0
    let em = max(bodySize, 1)
    func visit(_ items: [Item]) {
      if items.count > 1 {
        if let parts = split(items, vertical: false, minGap: 0.7 * em), parts.count > 1 {
          parts.forEach(visit)
          return
        }
        // Columns, each gathered with the heading that owns it: a column with no heading of
        // its own belongs to the nearest heading beside it.
        if let groups = split(items, vertical: true, minGap: 1.5 * em).map(owned),
          groups.count > 1
        {
          groups.forEach(visit)
          return
        }
        // Headings above everything else in the region: read them, then what they own.
        let bodyTop = items.filter { !$0.isHeading }.map(\.box.y0).min() ?? .infinity
        let top = items.filter { $0.isHeading && $0.box.y1 <= bodyTop }
        if !top.isEmpty && top.count < items.count {
          visit(top)
          visit(items.filter { !($0.isHeading && $0.box.y1 <= bodyTop) })
          return
        }
      }
      let sorted = items.compactMap { item in item.line.map { ($0, item.box) } }.sorted {
        ($0.1.y0, $0.1.x0) < ($1.1.y0, $1.1.x0)
      }
      guard !sorted.isEmpty else { return }
      result += sorted.map { (line: $0.0, region: region) }
      region += 1
    }
    visit(items)
    return result
  }

  /// Parts side by side merged so that each holds one heading's columns: a part without a
  /// heading joins the part whose headings are horizontally nearest. Parts all with or all
  /// without headings stay as they are.
  static func owned(_ parts: [[Item]]) -> [[Item]] {
    let headingSpans: [(low: Double, high: Double)?] = parts.map { part in
      let headings = part.filter(\.isHeading)
      guard let first = headings.first else { return nil }
      return headings.dropFirst().reduce((first.box.x0, first.box.x1)) {
        (min($0.0, $1.box.x0), max($0.1, $1.box.x1))
      }
    }
    let headed = parts.indices.filter { headingSpans[$0] != nil }
    guard !headed.isEmpty && headed.count < parts.count else { return parts }
    var groups: [Int: [Item]] = [:]
    for (index, part) in parts.enumerated() {
      let low = part.map(\.box.x0).min() ?? 0
      let high = part.map(\.box.x1).max() ?? 0
      let owner =
        headingSpans[index] != nil
        ? index
        : headed.min { a, b in
          distance(low, high, headingSpans[a]!) < distance(low, high, headingSpans[b]!)
        }!
      groups[owner, default: []] += part
    }
    return groups.keys.sorted().map { groups[$0]! }
  }

  private static func distance(_ low: Double, _ high: Double, _ span: (low: Double, high: Double))
    -> Double
  {
    max(0, span.low - high, low - span.high)
  }

  /// `items` cut at every gap of at least `minGap` between their extents along one axis
  /// (x when `vertical`), in order along it; nil when there is no such gap. A horizontal
  /// cut is never made right under a heading.
  static func split(_ items: [Item], vertical: Bool, minGap: Double) -> [[Item]]? {
    func low(_ item: Item) -> Double { vertical ? item.box.x0 : item.box.y0 }
    func high(_ item: Item) -> Double { vertical ? item.box.x1 : item.box.y1 }
    let sorted = items.sorted { low($0) < low($1) }
    var parts: [[Item]] = [[sorted[0]]]
    var reach = high(sorted[0])
    var reachedByHeading = sorted[0].isHeading
    for item in sorted.dropFirst() {
      if low(item) - reach >= minGap && (vertical || !reachedByHeading) {
        parts.append([item])
      } else {
        parts[parts.count - 1].append(item)
      }
      if high(item) > reach {
        reach = high(item)
        reachedByHeading = item.isHeading
      }
    }
    return parts.count > 1 ? parts : nil
  }
}
