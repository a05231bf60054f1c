import PDFText

/// Orders a page's lines for reading by recursive cuts along white space (an XY cut): a
/// region split by white rows running its full width is read top to bottom (articles
/// stacked, a picture cutting a column), except that no cut is made right under a heading: a
/// heading owns what is beneath it, so side-by-side articles whose headings line up stay
/// whole. A region without such rows but with a clear gutter running its full height is read
/// left part first (columns, side-by-side articles). A region topped by headings that span
/// its columns reads the headings first, then the columns beneath them.
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
        if let parts = split(items, vertical: true, minGap: 1.5 * em), parts.count > 1 {
          parts.forEach(visit)
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
