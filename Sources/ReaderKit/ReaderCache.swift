import PaperKit
import Synchronization

/// The reader's cache: recent article layouts and each page's search index, so that each key
/// and frame does not lay out a very long article or fold a page again. Both are bounded by
/// an estimate of their bytes, not by entry count (one 50 MB article laid out at six widths
/// would otherwise hold six copies); the newest entry stays whatever its size. Shared by copies
/// of a `ReaderState`; both are pure functions of the page, so sharing cannot change what a
/// state shows.
final class ReaderCache: Sendable {
  private struct Layout: Sendable {
    var page: Int
    var article: Int
    var width: Int
    var laid: LaidOutArticle
    var bytes: Int
  }

  private struct Index: Sendable {
    var number: Int
    /// The page's articles when it was built: a page read in parts grows, and a larger page
    /// needs a new index (its articles so far are unchanged, so nothing else goes stale).
    var articles: Int
    var index: SearchIndex
    var bytes: Int
  }

  private let layouts = Mutex<[Layout]>([])
  private let searchIndexes = Mutex<[Index]>([])
  private let options: LayoutOptions
  private let language: Language
  /// The most the layouts may hold, in estimated bytes.
  let layoutBudget: Int
  /// The most the search indexes may hold, in estimated bytes.
  let searchBudget: Int

  init(
    options: LayoutOptions, language: Language, layoutBudget: Int = 64 << 20,
    searchBudget: Int = 256 << 20
  ) {
    self.options = options
    self.language = language
    self.layoutBudget = layoutBudget
    self.searchBudget = searchBudget
  }

  /// `article` (number `index` on page `page`) laid out at `width`, with the reader's notes.
  func laid(_ article: Article, page: Int, index: Int, width: Int) -> LaidOutArticle {
    let width = max(width, 1)
    let hit = layouts.withLock { list -> LaidOutArticle? in
      guard
        let i = list.firstIndex(where: {
          $0.page == page && $0.article == index && $0.width == width
        })
      else { return nil }
      let entry = list.remove(at: i)
      list.insert(entry, at: 0)
      return entry.laid
    }
    if let hit { return hit }
    let laid = LaidOutArticle(
      ReaderArticleLines.lines(for: article, width: width, options: options, language: language))
    let entry = Layout(page: page, article: index, width: width, laid: laid, bytes: laid.bytes)
    layouts.withLock { list in
      list.insert(entry, at: 0)
      Self.trim(&list, budget: layoutBudget, bytes: \.bytes)
    }
    return laid
  }

  /// The search index of page number `number`, built on first use and again when the page
  /// has grown (folding a 50 MB page takes a quarter of a second; each query after that a few
  /// milliseconds).
  func searchIndex(of page: Page, number: Int) -> SearchIndex {
    let articles = page.sections.reduce(0) { $0 + $1.articles.count }
    let hit = searchIndexes.withLock { list -> SearchIndex? in
      list.removeAll { $0.number == number && $0.articles != articles }
      guard let i = list.firstIndex(where: { $0.number == number }) else { return nil }
      let entry = list.remove(at: i)
      list.insert(entry, at: 0)
      return entry.index
    }
    if let hit { return hit }
    let built = SearchIndex(page: page)
    // Two UTF-16 copies of the text (exact and caseless) and about as much again in anchors.
    let bytes =
      page.articles.reduce(0) { total, article in
        total + article.fields.reduce(0) { $0 + (article.text(of: $1)?.utf8.count ?? 0) }
      } * 3
    searchIndexes.withLock { list in
      list.insert(Index(number: number, articles: articles, index: built, bytes: bytes), at: 0)
      Self.trim(&list, budget: searchBudget, bytes: \.bytes)
    }
    return built
  }

  /// Whether an index of page `number` with `articles` articles is held.
  func holdsSearchIndex(ofPage number: Int, articles: Int) -> Bool {
    searchIndexes.withLock { $0.contains { $0.number == number && $0.articles == articles } }
  }

  /// The estimated bytes the layouts hold now.
  var layoutBytes: Int { layouts.withLock { $0.reduce(0) { $0 + $1.bytes } } }

  /// The number of layouts held now.
  var layoutCount: Int { layouts.withLock { $0.count } }

  /// Drops the oldest entries (the end of `list`) until it fits `budget`, keeping the newest.
  private static func trim<T>(_ list: inout [T], budget: Int, bytes: KeyPath<T, Int>) {
    var total = list.reduce(0) { $0 + $1[keyPath: bytes] }
    while list.count > 1, total > budget {
      total -= list.removeLast()[keyPath: bytes]
    }
  }
}

extension LaidOutArticle {
  /// An estimate of the memory the lines hold: their text and each line's fixed part.
  var bytes: Int {
    lines.reduce(lines.count * (MemoryLayout<LaidOutLine>.stride + 32)) {
      $0 + $1.text.utf8.count
    }
  }
}
