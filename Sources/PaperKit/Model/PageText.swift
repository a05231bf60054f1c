/// A page text decoded and checked but not yet parsed: read whole (`page()`) or a part at a
/// time (`parts()`, for a large text shown or printed while it is read).
public struct PageText: Sendable {
  /// Where the text came from, as shown.
  public var source: String
  /// The encoding it was decoded from.
  public var encoding: String
  /// The decoded text's UTF-8 (valid, clean: LF line ends, no controls).
  public var utf8: [UInt8]
  /// What decoding found wrong (invalid sequences, control characters, mojibake).
  public var warnings: [String]

  /// Creates a page text.
  public init(source: String, encoding: String, utf8: [UInt8], warnings: [String] = []) {
    self.source = source
    self.encoding = encoding
    self.utf8 = utf8
    self.warnings = warnings
  }

  /// The decoded text as a string.
  public var text: String { String(decoding: utf8, as: UTF8.self) }

  /// True when the text is large enough to be read in parts.
  public var isLarge: Bool { utf8.count > PagePartParser.wholeTextBytes }

  /// The page with no articles yet: what a page read in parts starts from.
  public var emptyPage: Page {
    Page(source: source, encoding: encoding, warnings: warnings)
  }

  /// The parser that reads the text a part at a time.
  public func parts() -> PagePartParser { PagePartParser(utf8: utf8) }

  /// The page's warnings once it is read, with `articleCount` articles: decoding's, and
  /// whether it has any.
  public func warnings(articleCount: Int) -> [String] {
    articleCount == 0 ? warnings + ["no articles found"] : warnings
  }

  /// Reads the text a part at a time, handing `body` each part with the page's warnings as
  /// they stand once it is read (the last part's say whether the page has any articles);
  /// stops early when `body` returns false. Returns the warnings where it stopped.
  @discardableResult
  public func readParts<Failure: Error>(
    _ body: (PagePart, _ warnings: [String]) throws(Failure) -> Bool
  ) throws(Failure) -> [String] {
    var parser = parts()
    var articles = 0
    var latest = warnings
    while let part = parser.next() {
      articles += part.articles.count
      latest = parser.isFinished ? warnings(articleCount: articles) : warnings
      guard try body(part, latest) else { break }
    }
    return latest
  }

  /// The whole page, read in parts when the text is large.
  public func page() -> Page {
    guard isLarge else {
      var page = PageParser.parse(text, source: source, encoding: encoding)
      page.warnings = warnings(articleCount: page.articles.count)
      return page
    }
    var page = emptyPage
    page.warnings = readParts { part, _ in
      page.append(part)
      return true
    }
    return page
  }
}
