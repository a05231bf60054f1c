/// The page names that continuation marks and page furniture use (`下转第6版`, `A04版`, `三`),
/// reduced to one key so that a mark finds its page: `6`, `A4`, `3`.
public enum PageReference {
  /// The key of a page name or mark: an optional letter and the number, without `第`, `版`,
  /// leading zeros or full-width forms; nil when `name` holds no page number.
  public static func key(_ name: String) -> String? {
    var letter = ""
    var number = ""
    var chinese = ""
    for c in name {
      if let d = NumeralValue.digit(c) {
        number.append(String(d))
      } else if NumeralValue.isChineseNumeral(c), number.isEmpty {
        chinese.append(c)
      } else if number.isEmpty, chinese.isEmpty, let upper = latinLetter(c) {
        letter = String(upper)
      } else if !number.isEmpty || !chinese.isEmpty {
        break
      }
    }
    if !number.isEmpty, let value = Int(number.prefix(6)) { return letter + String(value) }
    if let value = NumeralValue.chinese(chinese) { return letter + String(value) }
    return nil
  }

  /// The key a page answers to: its printed page name (`第6版`, `A04版` in its furniture),
  /// else its file name's (`6.txt`, `A04.txt`), else its number counting from 1.
  public static func keys(of page: Page, number: Int) -> [String] {
    var keys: [String] = []
    for line in page.furniture {
      if let name = printedName(in: line), let key = key(name) {
        keys.append(key)
        break
      }
    }
    let file = page.source.split(separator: "/").last.map(String.init) ?? page.source
    let stem = file.split(separator: ".").first.map(String.init) ?? file
    if let key = key(stem) { keys.append(key) }
    keys.append(String(number + 1))
    return keys
  }

  /// `第6版` or `A04版` (or a bare `A04` opening the line) as printed in a furniture line.
  static func printedName(in line: String) -> String? {
    let trimmed = line.drop { $0 == " " || $0 == "\u{3000}" }
    if let match = trimmed.firstMatch(of: /第[0-9０-９一二三四五六七八九十]+版/) {
      return String(match.output)
    }
    if let match = trimmed.firstMatch(of: /^[A-Z][0-9]{1,2}版?/) { return String(match.output) }
    return nil
  }

  private static func latinLetter(_ c: Character) -> Character? {
    guard c.isASCII, c.isLetter else { return nil }
    return Character(c.uppercased())
  }
}

/// Where a continued article goes on: the page (index among the pages open) and the article
/// (index among that page's articles).
public struct ArticleLocation: Codable, Sendable, Hashable {
  /// The page, counting from 0 among the pages open.
  public var page: Int
  /// The article, counting from 0 among the page's articles.
  public var article: Int

  /// Creates a location.
  public init(page: Int, article: Int) {
    self.page = page
    self.article = article
  }
}

/// Follows continuation marks across the pages open: `下转第6版` finds the `上接` article on
/// page 6 with the same title (or, failing that, the one that names this page), and back.
public enum ContinuationLinks {
  /// Where article `article` of page `page` continues (its `下转` mark), if that page is open
  /// and holds the `上接` part.
  public static func forward(from page: Int, article: Int, in pages: [Page]) -> ArticleLocation? {
    forward(from: page, article: article, in: pages, keys: allKeys(pages))
  }

  /// Where the `上接` article `article` of page `page` starts, if that page is open.
  public static func backward(from page: Int, article: Int, in pages: [Page]) -> ArticleLocation? {
    backward(from: page, article: article, in: pages, keys: allKeys(pages))
  }

  /// `pages` with each continued article's `continuation` set where its other part is open:
  /// for a `下转` part the `上接` part, for a `上接` part where the story starts.
  public static func linked(_ pages: [Page]) -> [Page] {
    let keys = allKeys(pages)
    var pages = pages
    let original = pages
    for p in pages.indices {
      var a = 0
      for s in pages[p].sections.indices {
        for i in pages[p].sections[s].articles.indices {
          let article = pages[p].sections[s].articles[i]
          if article.continuedTo != nil || article.continuedFrom != nil {
            pages[p].sections[s].articles[i].continuation =
              forward(from: p, article: a, in: original, keys: keys)
              ?? backward(from: p, article: a, in: original, keys: keys)
          }
          a += 1
        }
      }
    }
    return pages
  }

  private static func allKeys(_ pages: [Page]) -> [[String]] {
    pages.indices.map { PageReference.keys(of: pages[$0], number: $0) }
  }

  private static func forward(from page: Int, article: Int, in pages: [Page], keys: [[String]])
    -> ArticleLocation?
  {
    let articles = pages[page].articles
    guard articles.indices.contains(article), let mark = articles[article].continuedTo,
      let target = PageReference.key(mark).flatMap({
        pageNumber(answering: $0, keys: keys, besides: page)
      })
    else { return nil }
    let ownKeys = Set(keys[page])
    let title = articles[article].title
    let candidates = pages[target].articles.enumerated().filter { $0.element.continuedFrom != nil }
    let best =
      candidates.first { sameTitle($0.element.title, title) }
      ?? candidates.first {
        PageReference.key($0.element.continuedFrom ?? "").map(ownKeys.contains) ?? false
      }
      ?? (candidates.count == 1 ? candidates.first : nil)
    return best.map { ArticleLocation(page: target, article: $0.offset) }
  }

  private static func backward(from page: Int, article: Int, in pages: [Page], keys: [[String]])
    -> ArticleLocation?
  {
    let articles = pages[page].articles
    guard articles.indices.contains(article), let mark = articles[article].continuedFrom,
      let source = PageReference.key(mark).flatMap({
        pageNumber(answering: $0, keys: keys, besides: page)
      })
    else { return nil }
    let here = ArticleLocation(page: page, article: article)
    for (a, candidate) in pages[source].articles.enumerated() where candidate.continuedTo != nil {
      if forward(from: source, article: a, in: pages, keys: keys) == here {
        return ArticleLocation(page: source, article: a)
      }
    }
    return nil
  }

  /// The page answering to `key`: by its best key first (printed name, else file name), then
  /// by any.
  private static func pageNumber(answering key: String, keys: [[String]], besides: Int) -> Int? {
    for level in 0..<3 {
      if let found = keys.indices.first(where: {
        $0 != besides && keys[$0].count > level && keys[$0][level] == key
      }) {
        return found
      }
    }
    return nil
  }

  /// Titles as the two parts print them: equal, or one the start of the other (a `上接` part
  /// often shortens its title).
  private static func sameTitle(_ a: String, _ b: String) -> Bool {
    let strip = { (s: String) in s.filter { !$0.isWhitespace && !"（）()“”".contains($0) } }
    let (x, y) = (strip(a), strip(b))
    guard !x.isEmpty, !y.isEmpty else { return false }
    return x == y || x.hasPrefix(y) || y.hasPrefix(x)
  }
}
