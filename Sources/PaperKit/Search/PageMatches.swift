/// One step of match navigation: which match to show and whether getting there wrapped around
/// the end (or, going backwards, the start) of the page.
public struct SearchStep: Sendable, Equatable {
  /// Index of the match in `PageMatches.matches` (show it to the user as `index + 1`).
  public var index: Int
  /// The match.
  public var match: PageMatch
  /// True when the step went past the last match back to the first, or past the first to the last.
  public var wrapped: Bool

  /// Creates a step.
  public init(index: Int, match: PageMatch, wrapped: Bool) {
    self.index = index
    self.match = match
    self.wrapped = wrapped
  }
}

/// All matches of one query on one page, in reading order, with the navigation a reader needs.
public struct PageMatches: Sendable, Equatable {
  /// The query as typed.
  public var query: String
  /// The matches in reading order, non-overlapping.
  public var matches: [PageMatch]

  /// Creates a result; `matches` must be in reading order.
  public init(query: String, matches: [PageMatch]) {
    self.query = query
    self.matches = matches
  }

  /// The number of matches on the page (the N of `k/N`).
  public var count: Int { matches.count }

  /// True when nothing matched.
  public var isEmpty: Bool { matches.isEmpty }

  /// Match counts per article index; articles without matches are absent.
  public var countsByArticle: [Int: Int] { PageSearch.matchCounts(matches) }

  /// The matches in one article, in reading order.
  public func matches(inArticle article: Int) -> ArraySlice<PageMatch> {
    let low = firstIndex { $0.article >= article }
    let high = firstIndex { $0.article > article }
    return matches[low..<high]
  }

  /// The matches in one field of one article, for highlighting.
  public func matches(inArticle article: Int, field: ArticleField) -> [PageMatch] {
    matches(inArticle: article).filter { $0.field == field }
  }

  /// The first match starting at or after `position`; wraps to the first match of the page when
  /// there is none after it. Nil only when there are no matches.
  public func first(atOrAfter position: SearchPosition) -> SearchStep? {
    step(forward: firstIndex { SearchPosition(startOf: $0) >= position })
  }

  /// The first match starting after `position`, wrapping to the first match of the page.
  public func next(after position: SearchPosition) -> SearchStep? {
    step(forward: firstIndex { SearchPosition(startOf: $0) > position })
  }

  /// The last match starting before `position`, wrapping to the last match of the page.
  public func previous(before position: SearchPosition) -> SearchStep? {
    step(backward: firstIndex { SearchPosition(startOf: $0) >= position } - 1)
  }

  /// The match after the one at `index`, wrapping from the last to the first.
  public func next(after index: Int) -> SearchStep? {
    step(forward: index + 1)
  }

  /// The match before the one at `index`, wrapping from the first to the last.
  public func previous(before index: Int) -> SearchStep? {
    step(backward: index - 1)
  }

  /// The step to `index`, or to the first match (wrapped) when `index` is past the end.
  private func step(forward index: Int) -> SearchStep? {
    guard !matches.isEmpty else { return nil }
    if index < matches.count {
      let index = max(index, 0)
      return SearchStep(index: index, match: matches[index], wrapped: false)
    }
    return SearchStep(index: 0, match: matches[0], wrapped: true)
  }

  /// The step to `index`, or to the last match (wrapped) when `index` is before the start.
  private func step(backward index: Int) -> SearchStep? {
    guard !matches.isEmpty else { return nil }
    if index >= 0 {
      let index = min(index, matches.count - 1)
      return SearchStep(index: index, match: matches[index], wrapped: false)
    }
    return SearchStep(index: matches.count - 1, match: matches[matches.count - 1], wrapped: true)
  }

  /// The first index whose match satisfies `predicate` (which must be monotonic), or `count`.
  private func firstIndex(where predicate: (PageMatch) -> Bool) -> Int {
    var low = 0
    var high = matches.count
    while low < high {
      let mid = (low + high) / 2
      if predicate(matches[mid]) { high = mid } else { low = mid + 1 }
    }
    return low
  }
}
