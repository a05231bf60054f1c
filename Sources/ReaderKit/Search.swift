import PaperKit

/// Names an article across pages.
struct ArticleKey: Sendable, Hashable {
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

/// A search that ran: its query, every match in reading order, and the current one.
struct Search: Sendable {
  var query: String
  /// True when it covers every page, not just the one it was typed on.
  var allPages: Bool
  var hits: [SearchHit]
  /// Index into `hits` of the match shown as current.
  var current: Int?
  /// Matches per article.
  var counts: [ArticleKey: Int]

  /// Runs `query` over the pages numbered `numbers`, with their search indexes from `cache`.
  init(
    query: String, pages: [Page], in numbers: [Int], cache: ReaderCache, allPages: Bool = false
  ) {
    self.query = query
    self.allPages = allPages
    var hits: [SearchHit] = []
    for number in numbers {
      let index = cache.searchIndex(of: pages[number], number: number)
      hits += index.matches(of: query).map { SearchHit(page: number, match: $0) }
    }
    self.hits = hits
    var counts: [ArticleKey: Int] = [:]
    for hit in hits {
      counts[ArticleKey(page: hit.page, article: hit.match.article), default: 0] += 1
    }
    self.counts = counts
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

extension ReaderState {
  /// The search part of the status line: `k/N`, or `N matches` before one is chosen.
  var searchStatus: String? {
    guard let search, !search.hits.isEmpty else { return nil }
    let scope = search.allPages && pages.count > 1 ? " all pages" : ""
    if let current = search.current { return "\(current + 1)/\(search.hits.count)\(scope)" }
    let noun = search.hits.count == 1 ? "match" : "matches"
    return "\(search.hits.count) \(noun)\(scope)"
  }

  /// Where the view is in reading order: the top line of the article read, or the selection.
  func viewKey(size: ScreenSize) -> HitKey {
    if mode == .article, index.articles.indices.contains(reading.article) {
      let r = normalizedReading(for: size)
      let position = laid(r.article, width: Self.textWidth(size)).position(ofLine: r.top)
      return HitKey(
        page: pageNumber, article: r.article, field: position?.field ?? .kicker,
        offset: position?.offset ?? 0)
    }
    return HitKey(page: pageNumber, article: selection, field: .kicker, offset: 0)
  }

  /// Lines (first, last) of the article that a hit covers at `width`.
  func lines(of hit: SearchHit, width: Int) -> (Int, Int) {
    let laid = laid(hit.match.article, width: width)
    let range = hit.match.range
    return (
      laid.line(of: hit.match.field, offset: range.lowerBound),
      laid.line(of: hit.match.field, offset: max(range.lowerBound, range.upperBound - 1))
    )
  }

  /// True when hit `i` is the article read (and on screen), or the article selected.
  func hitIsInView(_ i: Int, size: ScreenSize) -> Bool {
    guard let search else { return false }
    let hit = search.hits[i]
    guard hit.page == pageNumber else { return false }
    if mode == .list { return hit.match.article == selection }
    guard hit.match.article == reading.article else { return false }
    let (first, last) = lines(of: hit, width: Self.textWidth(size))
    return first >= reading.top && last < reading.top + Self.contentHeight(size)
  }

  /// Shows hit `i`: selects its article in the list, or (`open`) opens it scrolled so the
  /// match is in view and off the top and bottom edges where the article allows.
  mutating func show(hit i: Int, open: Bool, size: ScreenSize) {
    guard let search else { return }
    let hit = search.hits[i]
    if hit.page != pageNumber { showPage(hit.page) }
    guard open else {
      mode = .list
      select(hit.match.article, size: size)
      return
    }
    if mode != .article || reading.article != hit.match.article {
      openArticle(hit.match.article, size: size)
    }
    reading = normalizedReading(for: size)
    let height = Self.contentHeight(size)
    let margin = height >= 3 ? 1 : 0
    let (first, last) = lines(of: hit, width: Self.textWidth(size))
    var top = reading.top
    if first < top + margin || last > top + height - 1 - margin {
      top = first - max(margin, height / 3)
      if last > top + height - 1 - margin { top = last - (height - 1 - margin) }
    }
    // Past the end only as far as it takes to lift the match off the bottom edge.
    let end = maxTop(size: size)
    reading.top = max(0, min(top, max(end, last - (height - 1 - margin))))
    reading.slack = max(0, reading.top - end)
  }

  /// `n` (1) or `N` (-1): the next or previous match, wrapping around with a message.
  mutating func stepMatch(_ step: Int, size: ScreenSize) {
    guard var search else {
      message = Message(text: "no search yet: / to search", isError: true)
      return
    }
    guard !search.hits.isEmpty else {
      message = Message(text: "not found: \(search.query)", isError: true)
      return
    }
    var next: Int
    if let current = search.current, hitIsInView(current, size: size) {
      next = current + step
    } else {
      let start = search.firstIndex(notBefore: viewKey(size: size))
      next = step > 0 ? start : start - 1
    }
    if next >= search.hits.count {
      next = 0
      message = Message(text: "wrapped to first match", isError: false)
    } else if next < 0 {
      next = search.hits.count - 1
      message = Message(text: "wrapped to last match", isError: false)
    }
    search.current = next
    self.search = search
    show(hit: next, open: true, size: size)
  }

  /// Runs the last query again over every page and shows the first match from here on.
  mutating func searchAllPages(size: ScreenSize) {
    guard let query = search?.query ?? history.last else {
      message = Message(text: "no search yet: / to search", isError: true)
      return
    }
    start(
      Search(query: query, pages: pages, in: Array(pages.indices), cache: cache, allPages: true),
      open: true, size: size)
  }

  /// Makes `found` the search and shows its first match at or after the view, or, when there is
  /// none after it, the first match of all.
  mutating func start(_ found: Search, open: Bool, size: ScreenSize) {
    var found = found
    let first = found.firstIndex(notBefore: viewKey(size: size))
    found.current = found.hits.isEmpty ? nil : first < found.hits.count ? first : 0
    search = found
    if let current = found.current { show(hit: current, open: open, size: size) }
  }
}
