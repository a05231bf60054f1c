/// One newspaper page (版面) as read from one text: its banner and its sections of articles.
public struct Page: Codable, Sendable, Equatable {
  /// Where the text came from: a file path, `-` for standard input, or `(bundled sample page)`.
  public var source: String
  /// The encoding the bytes were decoded from, e.g. `UTF-8`, `UTF-16LE`, `GB18030`.
  public var encoding: String
  /// The slogan line across the top of the page (通栏标语), if the page has one.
  public var banner: String?
  /// The page's sections (栏目) in reading order; a page always has at least one section
  /// unless it has no articles at all.
  public var sections: [Section]
  /// Problems met while decoding or parsing, as short English sentences (also printed on stderr).
  public var warnings: [String]
  /// The page's furniture, part of no article, in page order: masthead, date line, issue
  /// number, hotline, the editors' credits.
  public var furniture: [String] = []

  /// Creates a page.
  public init(
    source: String, encoding: String, banner: String? = nil, sections: [Section] = [],
    warnings: [String] = []
  ) {
    self.source = source
    self.encoding = encoding
    self.banner = banner
    self.sections = sections
    self.warnings = warnings
  }

  /// All articles of the page in reading order.
  public var articles: [Article] { sections.flatMap(\.articles) }
}

/// A column or section (栏目) of a page and the articles under it.
public struct Section: Codable, Sendable, Equatable {
  /// The column name as printed (“双争”进行时, 新闻速递), or nil where the page names none.
  public var name: String?
  /// The articles of the section in reading order.
  public var articles: [Article]

  /// Creates a section.
  public init(name: String?, articles: [Article] = []) {
    self.name = name
    self.articles = articles
  }
}
