import PaperKit

/// What background work tells the reader; the terminal loop hands these to `receive(_:)`
/// between keys, so that state, update and view stay pure.
public enum ReaderEvent: Sendable {
  /// Page `number` has been read and parsed.
  case pageParsed(number: Int, page: Page)
}

extension ReaderState {
  /// A reader on `pages`, of which the numbers in `pending` are placeholders still being read
  /// (`PageCatalog.placeholder`); each arrives later through `receive(.pageParsed)`.
  public init(
    pages: [Page], pending: Set<Int>, options: LayoutOptions = .init(),
    language: Language = .english
  ) {
    self.init(pages: pages, options: options, language: language)
    self.pending = pending.filter { pages.indices.contains($0) }
  }

  /// The pages still being read.
  public var pendingPages: Set<Int> { pending }

  /// The page the reader needs most: the one shown, if it is still being read.
  public var wantedPage: Int? { pending.contains(pageNumber) ? pageNumber : nil }

  /// Takes one message from background work. A page that arrives replaces its placeholder;
  /// if it is the page shown, the list starts at its top (nothing could be selected before),
  /// and its saved read marks apply.
  public mutating func receive(_ event: ReaderEvent) {
    switch event {
    case .pageParsed(let number, let page):
      guard pending.contains(number) else { return }
      pending.remove(number)
      pages[number] = page
      indexes[number] = PageIndex(page)
      if let book = placeBook, let place = book.places[PlaceStore.key(of: page)] {
        for a in place.read where indexes[number].articles.indices.contains(a) {
          readArticles.insert(ArticleKey(page: number, article: a))
        }
      }
      if number == pageNumber {
        list = SectionList()
        viewport = ArticleViewport(article: 0, width: 0)
        if focus.pane == .article { focus = .pane(.list) }
        // A page shown while it was read (a large text) opens where it was left.
        if case .pane = focus, let place = placeBook?.places[PlaceStore.key(of: page)],
          place.shown,
          indexes[number].articles.indices.contains(place.article)
        {
          list.selection = place.article
          viewport = ArticleViewport(article: place.article, width: 0, anchor: place.anchor)
          if place.reading { focus = .pane(.article) }
          say(.placeRestored)
        }
      }
      if let size = lastSize { normalize(for: size, force: true) }
    }
  }

  /// Keeps `book` to restore the places of pages that arrive later.
  public mutating func keepPlaces(_ book: PlaceBook) { placeBook = book }

  /// `reading 12%` while pages are still being read (`reading…` for one page), else nil.
  var readingProgress: String? {
    guard !pending.isEmpty else { return nil }
    if pages.count == 1 { return language.text(.readingPage) }
    let done = (pages.count - pending.count) * 100 / max(pages.count, 1)
    return language.text(.readingPages, String(done))
  }
}
