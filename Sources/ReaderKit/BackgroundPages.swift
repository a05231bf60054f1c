import Foundation
import PaperKit

/// What background work tells the reader; the terminal loop hands these to `receive(_:)`
/// between keys, so that state, update and view stay pure.
public enum ReaderEvent: Sendable {
  /// Page `number` has been read and parsed.
  case pageParsed(number: Int, page: Page)
  /// A part of page `number`, a large text read in parts, with the page's warnings so far;
  /// the page is still being read until the part that reaches the text's end.
  case pagePartRead(number: Int, part: PagePart, warnings: [String])
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
      applySavedReadMarks(of: number)
      if number == pageNumber { openArrived(number, restoringPlace: true) }
    case .pagePartRead(let number, let part, let warnings):
      guard pending.contains(number) else { return }
      // The list opens on the first articles; later parts only add to it, so that what the
      // reader is looking at stays put (unless it has not moved from the list's top).
      let untouched =
        indexes[number].articles.isEmpty || (list.selection == 0 && focus.isOnly(.list))
      pages[number].append(part)
      pages[number].warnings = warnings
      indexes[number].update(to: pages[number])
      let finished = part.bytesRead >= part.totalBytes
      if finished {
        pending.remove(number)
        partsRead[number] = nil
        // The saved place and marks are found by the whole page.
        applySavedReadMarks(of: number)
      } else {
        partsRead[number] = part.bytesRead * 100 / max(part.totalBytes, 1)
      }
      if number == pageNumber, untouched, finished || !indexes[number].articles.isEmpty {
        openArrived(number, restoringPlace: finished)
      }
    }
    if let size = lastSize { normalize(for: size, force: true) }
  }

  /// The read marks saved for page `number`, now that it is here.
  private mutating func applySavedReadMarks(of number: Int) {
    guard let place = placeBook?.places[PlaceStore.key(of: pages[number])] else { return }
    for a in place.read where indexes[number].articles.indices.contains(a) {
      readArticles.insert(ArticleKey(page: number, article: a))
    }
  }

  /// Page `number`, the page shown, has its first articles or all of them: the list starts
  /// at its top and, with `restoringPlace` (the page is whole: its saved place is found by
  /// the whole page), opens where it was left.
  private mutating func openArrived(_ number: Int, restoringPlace: Bool) {
    list = SectionList()
    viewport = ArticleViewport(article: 0, width: 0)
    if focus.pane == .article { focus = .pane(.list) }
    // A page shown while it was read (a large text) opens where it was left.
    if restoringPlace, case .pane = focus,
      let place = placeBook?.places[PlaceStore.key(of: pages[number])], place.shown,
      indexes[number].articles.indices.contains(place.article)
    {
      list.selection = place.article
      viewport = ArticleViewport(article: place.article, width: 0, anchor: place.anchor)
      if place.reading { focus = .pane(.article) }
      say(.placeRestored)
    }
  }

  /// Folds page `number` for search on another thread, so that the first keystroke of a
  /// search on a large page does not wait for it (the index lands in the reader's cache).
  public func prepareSearch(ofPage number: Int) {
    guard pages.indices.contains(number) else { return }
    let page = pages[number]
    let cache = cache
    let thread = Thread { _ = cache.searchIndex(of: page, number: number) }
    thread.qualityOfService = .utility
    thread.start()
  }

  /// Keeps `book` to restore the places of pages that arrive later.
  public mutating func keepPlaces(_ book: PlaceBook) { placeBook = book }

  /// `reading 12%` while pages are still being read (`reading…` for one page), else nil.
  var readingProgress: String? {
    guard !pending.isEmpty else { return nil }
    if pages.count == 1 {
      return partsRead[0].map { language.text(.readingPages, String($0)) }
        ?? language.text(.readingPage)
    }
    let done = (pages.count - pending.count) * 100 / max(pages.count, 1)
    return language.text(.readingPages, String(done))
  }
}
