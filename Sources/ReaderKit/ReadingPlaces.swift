import Foundation
import PaperKit

/// Where a page file was left: the article, the text at the top, whether it was open, and the
/// articles read. Saved across runs by `PlaceStore`.
public struct ReadingPlace: Codable, Sendable, Equatable {
  /// The article read or selected.
  var article: Int
  /// The text at the top of the article view.
  var anchor: ViewAnchor?
  /// True when the article was open (not the section list).
  var reading: Bool
  /// Articles opened.
  var read: [Int]
  /// True for the page shown when the reader closed.
  var shown: Bool
  /// When it was saved (seconds since 1970), to keep the newest places.
  var savedAt: Double
}

/// Every saved place, keyed by `PlaceStore.key(of:)`.
public struct PlaceBook: Codable, Sendable, Equatable {
  /// Says the file is ours and which layout it has.
  public var format = "dubao-places-1"
  /// The places.
  public var places: [String: ReadingPlace] = [:]

  /// An empty book.
  public init() {}

  /// The most places kept; the oldest go first.
  static let capacity = 500
}

/// Saving and loading reading places under `$XDG_STATE_HOME/dubao/places.json` (default
/// `~/.local/state/dubao/`), written atomically (a temporary file renamed over it).
public enum PlaceStore {
  /// Why a state file was not used.
  public struct Problem: Error, CustomStringConvertible {
    /// One line for standard error.
    public var description: String
  }

  /// The state file for `environment`, or nil when neither `XDG_STATE_HOME` nor `HOME` is set.
  public static func file(environment: [String: String]) -> URL? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return URL(fileURLWithPath: state).appendingPathComponent("dubao/places.json")
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return URL(fileURLWithPath: home).appendingPathComponent(".local/state/dubao/places.json")
  }

  /// The book in `file`: empty when there is none yet; a problem when it is unreadable,
  /// corrupt or not ours.
  public static func load(_ file: URL) throws(Problem) -> PlaceBook {
    let data: Data
    do {
      data = try Data(contentsOf: file)
    } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
      return PlaceBook()
    } catch {
      throw Problem(description: "cannot read \(file.path): \(reason(error))")
    }
    guard let book = try? JSONDecoder().decode(PlaceBook.self, from: data),
      book.format == PlaceBook().format
    else {
      throw Problem(description: "\(file.path) is not a dubao state file; ignored")
    }
    return book
  }

  /// Writes `book` to `file` through a temporary file in the same folder and a rename.
  public static func save(_ book: PlaceBook, to file: URL) throws(Problem) {
    var book = book
    if book.places.count > PlaceBook.capacity {
      let keep = book.places.sorted { $0.value.savedAt > $1.value.savedAt }
        .prefix(PlaceBook.capacity)
      book.places = Dictionary(uniqueKeysWithValues: keep.map { ($0.key, $0.value) })
    }
    let folder = file.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".places.\(getpid()).tmp")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      try encoder.encode(book).write(to: temporary)
      guard rename(temporary.path, file.path) == 0 else {
        let message = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw Problem(description: "cannot write \(file.path): \(message)")
      }
    } catch let problem as Problem {
      throw problem
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw Problem(description: "cannot write \(file.path): \(reason(error))")
    }
  }

  /// The key of a page: its absolute path (or `-`, or the sample's name) and a hash of its
  /// text, so that an edited file does not land on a stale place.
  public static func key(of page: Page) -> String {
    var path = page.source
    if path != "-", !path.hasPrefix("("), !path.hasPrefix("/") {
      path = FileManager.default.currentDirectoryPath + "/" + path
    }
    return path + "#" + String(contentHash(of: page), radix: 16)
  }

  /// FNV-1a over the page's article texts.
  static func contentHash(of page: Page) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for article in page.articles {
      for field in article.fields {
        for byte in (article.text(of: field) ?? "").utf8 {
          hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        hash = (hash ^ 0xFF) &* 0x100_0000_01b3
      }
    }
    return hash
  }

  private static func reason(_ error: Error) -> String {
    let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    if let underlying, underlying.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(underlying.code)))
    }
    return (error as NSError).localizedDescription
  }
}

extension ReaderState {
  /// `book` with this reader's places written in: each open page's read articles, and the
  /// shown page's article and position.
  public func places(into book: PlaceBook, now: Double = Date().timeIntervalSince1970)
    -> PlaceBook
  {
    var book = book
    // A page still being read is a placeholder: its place stays as the book has it.
    for number in pages.indices where !pending.contains(number) {
      let key = PlaceStore.key(of: pages[number])
      let read = readArticles.filter { $0.page == number }.map(\.article).sorted()
      var place =
        book.places[key]
        ?? ReadingPlace(
          article: 0, anchor: nil, reading: false, read: [], shown: false, savedAt: now)
      place.read = Array(Set(place.read).union(read)).sorted()
      place.shown = number == pageNumber
      if number == pageNumber {
        place.reading = focus.pane == .article
        place.article = place.reading ? viewport.article : list.selection
        place.anchor = place.reading ? viewport.anchor : nil
      }
      place.savedAt = now
      book.places[key] = place
    }
    return book
  }

  /// Opens where `book` says this reader's pages were left: the page shown last, its article
  /// and position, and the read marks.
  public mutating func restore(from book: PlaceBook) {
    var shown: (number: Int, place: ReadingPlace)?
    placeBook = book
    for number in pages.indices where !pending.contains(number) {
      guard let place = book.places[PlaceStore.key(of: pages[number])] else { continue }
      for a in place.read where indexes[number].articles.indices.contains(a) {
        readArticles.insert(ArticleKey(page: number, article: a))
      }
      if place.shown || shown == nil { shown = (number, place) }
    }
    guard let (number, place) = shown,
      indexes[number].articles.indices.contains(place.article)
    else { return }
    switchPage(to: number)
    list.selection = place.article
    viewport = ArticleViewport(article: place.article, width: 0, anchor: place.anchor)
    if place.reading { focus = .pane(.article) }
    say(.placeRestored)
  }
}
