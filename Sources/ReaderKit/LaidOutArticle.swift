import PaperKit

/// An article laid out for one width, with what scrolling and search need to find in it.
struct LaidOutArticle: Sendable {
  /// The lines.
  let lines: [LaidOutLine]
  /// Indices of the first line of each subhead.
  let subheads: [Int]

  init(_ lines: [LaidOutLine]) {
    self.lines = lines
    subheads = lines.indices.filter {
      lines[$0].style == .subheading && ($0 == 0 || lines[$0 - 1].style != .subheading)
    }
  }

  /// The index of the line showing scalar `offset` of `field` (or the nearest line after it).
  func line(of field: ArticleField, offset: Int) -> Int {
    guard !lines.isEmpty else { return 0 }
    func atOrAfter(_ i: Int) -> Bool {
      var j = i
      while j < lines.count, lines[j].source == nil { j += 1 }
      guard j < lines.count, let source = lines[j].source else { return true }
      return source.field > field
        || (source.field == field
          && (source.range.upperBound > offset || source.range.lowerBound >= offset))
    }
    var low = 0
    var high = lines.count
    while low < high {
      let mid = (low + high) / 2
      if atOrAfter(mid) { high = mid } else { low = mid + 1 }
    }
    // Land on the text line itself, not the blank before it.
    var index = min(low, lines.count - 1)
    while index < lines.count - 1, lines[index].source == nil { index += 1 }
    return index
  }

  /// The source position (field, offset) where line `index` starts, skipping blank lines.
  func position(ofLine index: Int) -> (field: ArticleField, offset: Int)? {
    var j = max(index, 0)
    while j < lines.count, lines[j].source == nil { j += 1 }
    guard j < lines.count, let source = lines[j].source else { return nil }
    return (source.field, source.range.lowerBound)
  }
}
