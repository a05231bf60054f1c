/// Renders pages as the indented tree that `dubao --outline` prints.
public enum OutlineFormatter {
  /// The outline of `pages`: banner, sections, and each article's title, byline names and
  /// paragraph count.
  public static func outline(of pages: [Page], language: Language = .english) -> String {
    var writer = Writer(pageCount: pages.count, language: language)
    for page in pages { writer.add(page) }
    return writer.take()
  }

  /// Writes the outline a piece at a time — whole pages, or the parts of one large page as
  /// they are read (`PagePartParser`) — exactly as `outline(of:language:)` prints the pages.
  public struct Writer {
    private let pageCount: Int
    private let language: Language
    private var lines: [String] = []
    private var pagesStarted = 0
    private var bannerWritten = false
    private var pageHasSections = false

    /// A writer for `pageCount` pages, in `language`.
    public init(pageCount: Int, language: Language = .english) {
      self.pageCount = pageCount
      self.language = language
    }

    /// The text written since the last call.
    public mutating func take() -> String {
      defer { lines = [] }
      return lines.map { $0 + "\n" }.joined()
    }

    /// Writes a whole page.
    public mutating func add(_ page: Page) {
      startPage(source: page.source)
      add(
        PagePart(
          banner: page.banner, continuesSection: false, sections: page.sections, furniture: []))
    }

    /// Starts a page (its header, when there are several).
    public mutating func startPage(source: String) {
      if pageCount > 1 {
        if pagesStarted > 0 { lines.append("") }
        lines.append(
          language.text(
            .outlinePageHeader, source, String(pagesStarted + 1), String(pageCount)))
      }
      pagesStarted += 1
      bannerWritten = false
      pageHasSections = false
    }

    /// Writes a part of the page started: its banner (the first part's), sections and articles.
    public mutating func add(_ part: PagePart) {
      if !bannerWritten, let banner = part.banner { lines.append("【\(banner)】") }
      bannerWritten = true
      for (section, opens) in part.sectionsAdded(pageHasSections: pageHasSections) {
        if opens {
          pageHasSections = true
          lines.append(section.name ?? language.text(.unnamedSection))
        }
        for article in section.articles { add(article) }
      }
    }

    private mutating func add(_ article: Article) {
      lines.append("  " + OutlineFormatter.heading(of: article, language))
      if let byline = article.byline {
        let names = byline.names.isEmpty ? byline.text : byline.names.joined(separator: " ")
        lines.append("    " + names)
      }
      let count = article.paragraphCount
      var counts =
        count == 1
        ? language.text(.paragraphCountOne)
        : language.text(.paragraphCountMany, String(count))
      if article.continues { counts += language.text(.continuesElsewhere) }
      lines.append("    " + counts)
    }
  }

  private static func heading(of article: Article, _ language: Language) -> String {
    var parts: [String] = []
    if let kicker = article.kicker { parts.append(kicker) }
    parts.append(article.title.isEmpty ? language.text(.untitled) : article.title)
    if let subtitle = article.subtitle { parts.append(subtitle) }
    return parts.joined(separator: " / ")
  }
}
