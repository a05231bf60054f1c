import PaperKit

/// Names an article across pages.
struct ArticleKey: Sendable, Hashable, Codable {
  var page: Int
  var article: Int
}

/// One match, with the page it is on.
struct SearchHit: Sendable, Equatable {
  var page: Int
  var match: PageMatch

  /// Reading-order key: page, article, field, offset.
  var key: HitKey {
    HitKey(
      page: page, article: match.article, field: match.field, offset: match.range.lowerBound)
  }
}

/// A position in reading order across pages, to compare matches with the view.
struct HitKey: Sendable, Comparable {
  var page: Int
  var article: Int
  var field: ArticleField
  var offset: Int

  static func < (a: HitKey, b: HitKey) -> Bool {
    (a.page, a.article, a.field, a.offset) < (b.page, b.article, b.field, b.offset)
  }
}

/// The search session's own state: the query, its scope, every match in reading order and the
/// current one; it steps through them with wrap-around.
struct SearchSession: Sendable {
  var query: String
  /// True when it covers every page, not just the one it was typed on.
  var allPages: Bool
  var hits: [SearchHit]
  /// Index into `hits` of the match shown as current.
  var current: Int?
  /// Matches per article.
  var counts: [ArticleKey: Int]

  /// Which way a step wrapped around the ends.
  enum Wrap: Sendable, Equatable { case toFirst, toLast }

  /// Runs `query` over the pages numbered `numbers`, with their search indexes from `cache`.
  init(
    query: String, pages: [Page], in numbers: [Int], cache: ReaderCache, allPages: Bool = false
  ) {
    self.query = query
    self.allPages = allPages
    var hits: [SearchHit] = []
    var counts: [ArticleKey: Int] = [:]
    for number in numbers {
      let matches = cache.searchIndex(of: pages[number], number: number).matches(of: query)
      hits.reserveCapacity(hits.count + matches.count)
      // Matches come in reading order: an article's are counted as one run (a common
      // character matches hundreds of thousands of times on a large page).
      var run = (article: -1, count: 0)
      for match in matches {
        hits.append(SearchHit(page: number, match: match))
        if match.article == run.article {
          run.count += 1
          continue
        }
        if run.count > 0 { counts[ArticleKey(page: number, article: run.article)] = run.count }
        run = (match.article, 1)
      }
      if run.count > 0 { counts[ArticleKey(page: number, article: run.article)] = run.count }
    }
    self.hits = hits
    self.counts = counts
  }

  /// The match `step` places after (negative: before) the current one when it is in view, or
  /// else after (before) the view's position `view`; wrapping around the ends says so.
  func step(_ step: Int, currentInView: Bool, view: HitKey) -> (index: Int, wrap: Wrap?)? {
    guard !hits.isEmpty, step != 0 else { return nil }
    var next: Int
    if let current, currentInView {
      next = current + step
    } else {
      let start = firstIndex(notBefore: view)
      next = step > 0 ? start + step - 1 : start + step
    }
    if next >= hits.count { return (0, .toFirst) }
    if next < 0 { return (hits.count - 1, .toLast) }
    return (next, nil)
  }

  /// The index of the first hit whose key is not below `key` (`hits.count` if none).
  func firstIndex(notBefore key: HitKey) -> Int {
    var low = 0
    var high = hits.count
    while low < high {
      let mid = (low + high) / 2
      if hits[mid].key < key { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The first hit in an article, if it has any.
  func firstHit(page: Int, article: Int) -> Int? {
    let i = firstIndex(notBefore: HitKey(page: page, article: article, field: .kicker, offset: 0))
    guard i < hits.count, hits[i].page == page, hits[i].match.article == article else {
      return nil
    }
    return i
  }

  /// The hits of an article that overlap a laid-out line's source span.
  func hits(page: Int, article: Int, overlapping span: SourceSpan) -> Range<Int> {
    var i = firstIndex(
      notBefore: HitKey(
        page: page, article: article, field: span.field, offset: span.range.lowerBound))
    // A match starting before the span may still reach into it; step back over those.
    while i > 0, hits[i - 1].page == page, hits[i - 1].match.article == article,
      hits[i - 1].match.field == span.field,
      hits[i - 1].match.range.upperBound > span.range.lowerBound
    {
      i -= 1
    }
    var end = i
    while end < hits.count, hits[end].page == page, hits[end].match.article == article,
      hits[end].match.field == span.field, hits[end].match.range.lowerBound < span.range.upperBound
    {
      end += 1
    }
    // Skip those that end before the span.
    while i < end, hits[i].match.range.upperBound <= span.range.lowerBound { i += 1 }
    return i..<end
  }
}
