import PaperKit
import Synchronization

/// The reader's cache: the last few article layouts and each page's search index, so that each
/// key and frame does not lay out a very long article or fold a page again. Shared by copies of
/// a `ReaderState`; both are pure functions of the page, so sharing cannot change what a state
/// shows.
final class ReaderCache: Sendable {
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
