import PaperKit

extension ReaderState {
  /// Where the page is from, as the top line says it: the paper and date when the page's
  /// furniture has them, else the banner, else the file name (or `standard input`).
  func headerTitle(of page: Page) -> String {
    let furniture = PageFurniture(page.furniture)
    let parts = [furniture.masthead, furniture.date, furniture.pageName].compactMap { $0 }
    if furniture.masthead != nil || furniture.date != nil { return parts.joined(separator: "  ") }
    if let banner = page.banner, !banner.isEmpty { return banner }
    if page.source == "-" { return language.text(.standardInput) }
    return page.source.split(separator: "/").last.map(String.init) ?? page.source
  }

  /// How page `number` is named: its printed name (`A03版`, `第3版`) or its number.
  func pageName(_ number: Int) -> String {
    PageFurniture(pages[number].furniture).pageName ?? String(number + 1)
  }

  /// `第3版 3/12`, `page 3/12` or `A03版 3/12` when several pages are open, else nil.
  var pagePosition: String? {
    guard pages.count > 1 else { return nil }
    let n = String(pageNumber + 1)
    let total = String(pages.count)
    if let name = PageFurniture(page.furniture).pageName {
      return language.text(.namedPageOfPages, n, total, name)
    }
    return language.text(.pageOfPages, n, total)
  }

  /// Draws the top line in `area`: where the page is from, and which page of several.
  func drawHeader(in area: Rect, into screen: inout Screen) {
    screen.fill(row: area.row, style: .banner)
    let right = pagePosition.map { $0 + " " } ?? ""
    let room = area.width - 1 - CellText.width(right) - (right.isEmpty ? 0 : 1)
    screen.put(
      CellText.fit(headerTitle(of: page), width: room), row: area.row, column: 1, style: .banner)
    screen.put(right, row: area.row, column: area.width - CellText.width(right), style: .banner)
  }
}

/// The page furniture the top line names, told apart by shape (never by a paper's name): a
/// date line has a year and a month or a dashed date; a page name is `第…版` or a letter and
/// two digits; the masthead is the first other short line.
struct PageFurniture: Sendable, Equatable {
  var masthead: String?
  var date: String?
  var pageName: String?

  init(_ lines: [String]) {
    for line in lines.map({ $0.trimmingCharacters(in: " \u{3000}") }) where !line.isEmpty {
      if date == nil, Self.isDate(line) {
        date = line
      } else if pageName == nil, let name = Self.pageName(in: line) {
        pageName = name
      } else if masthead == nil, CellText.width(line) <= 24 {
        masthead = line
      }
    }
  }

  private static func isDate(_ line: String) -> Bool {
    line.contains("年") && (line.contains("月") || line.contains("日"))
      || line.contains(/\d{4}[-.\/]\d{1,2}[-.\/]\d{1,2}/)
  }

  /// `第3版`, `第三版`, `A03版` or `A03` as printed.
  private static func pageName(in line: String) -> String? {
    if let match = line.firstMatch(of: /第[0-9０-９一二三四五六七八九十]+版/) {
      return String(match.output)
    }
    if let match = line.firstMatch(of: /^[A-Z][0-9]{1,2}版?/) { return String(match.output) }
    return nil
  }
}

extension String {
  /// Without the characters of `set` at either end.
  fileprivate func trimmingCharacters(in set: String) -> String {
    String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
  }
}
