import Synchronization

/// Laid-out lines per (article, width, options), shared safely between threads, so that
/// showing a page lays out only the articles shown, once per width.
public final class LayoutCache: Sendable {
  /// What an entry is looked up by: the caller's stable id for the article, the width and
  /// the options.
  private struct Key: Hashable {
    var id: Int
    var width: Int
    var options: LayoutOptions
  }

  private struct Entry {
    var article: Article
    var lines: [LaidOutLine]
  }

  private let state = Mutex<[Key: Entry]>([:])
  /// Entries kept before the cache starts over (a resize makes old widths useless).
  public let capacity: Int

  /// Creates an empty cache holding at most `capacity` layouts.
  public init(capacity: Int = 4096) {
    self.capacity = max(capacity, 1)
  }

  /// The lines of `article` at `width`, laid out on the first request. `id` names the
  /// article (e.g. its index in the reader's list); a different article under the same id
  /// is laid out afresh, never served stale.
  public func lines(
    for article: Article, id: Int, width: Int, options: LayoutOptions = .init()
  ) -> [LaidOutLine] {
    let key = Key(id: id, width: width, options: options)
    if let entry = state.withLock({ $0[key] }), entry.article == article { return entry.lines }
    let lines = ArticleLayout.lines(for: article, width: width, options: options)
    state.withLock { entries in
      if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
      entries[key] = Entry(article: article, lines: lines)
    }
    return lines
  }

  /// The number of layouts held.
  public var count: Int { state.withLock { $0.count } }

  /// Forgets every layout.
  public func removeAll() {
    state.withLock { $0.removeAll() }
  }
}
