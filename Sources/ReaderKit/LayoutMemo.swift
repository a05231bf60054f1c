import PaperKit
import Synchronization

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

/// Remembers the last few article layouts and each page's search index, so that each key and
/// frame does not lay out a very long article or fold a page again. Shared by copies of a `ReaderState`; the layout is a pure function, so
/// sharing cannot change what a state shows.
final class LayoutMemo: Sendable {
  private struct Entry: Sendable {
    var page: Int
    var article: Int
    var width: Int
    var laid: LaidOutArticle
  }

  private let entries = Mutex<[Entry]>([])
  private let searchIndexes = Mutex<[Int: SearchIndex]>([:])
  private let options: LayoutOptions
  private let capacity = 6

  init(options: LayoutOptions) {
    self.options = options
  }

  /// `article` (number `index` on page `page`) laid out at `width`.
  func laid(_ article: Article, page: Int, index: Int, width: Int) -> LaidOutArticle {
    let width = max(width, 1)
    if let hit = entries.withLock({ list in
      list.first { $0.page == page && $0.article == index && $0.width == width }?.laid
    }) {
      return hit
    }
    let laid = LaidOutArticle(ArticleLayout.lines(for: article, width: width, options: options))
    entries.withLock { list in
      list.insert(Entry(page: page, article: index, width: width, laid: laid), at: 0)
      if list.count > capacity { list.removeLast() }
    }
    return laid
  }

  /// The search index of page number `number`, built on first use (folding a 50 MB page takes
  /// a quarter of a second; each query after that a few milliseconds).
  func searchIndex(of page: Page, number: Int) -> SearchIndex {
    if let hit = searchIndexes.withLock({ $0[number] }) { return hit }
    let built = SearchIndex(page: page)
    searchIndexes.withLock { $0[number] = built }
    return built
  }
}
