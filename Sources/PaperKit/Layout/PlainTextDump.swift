/// Renders pages as plain text laid out for a width: what `dubao --dump` prints.
///
/// Each page opens with its source over a rule of `-` (when there are several) and its banner (when it has one); each named section with its name over a
/// rule of `=`; articles follow as `ArticleLayout` lays them out, separated by a blank line and
/// a short centred `* * *` rule. Only text and newlines: no escape codes, no trailing spaces,
/// so `dubao --dump page.txt | less` reads well.
public enum PlainTextDump {
  /// Every article of `pages`, laid out at `width`, with section names; no escape codes.
  public static func text(of pages: [Page], width: Int, options: LayoutOptions = .init()) -> String
  {
    var writer = Writer(width: width, options: options, pageCount: pages.count)
    for page in pages { writer.add(page) }
    return writer.take()
  }

  /// Writes the dump a piece at a time — whole pages, or the parts of one large page as they
  /// are read (`PagePartParser`) — exactly as `text(of:width:options:)` prints the pages.
  public struct Writer {
    private let width: Int
    private let options: LayoutOptions
    /// Several pages: each opens with its source and ends with a blank line.
    private let namesPages: Bool
    private var out = ""
    private var breaker = LineBreaker()
    /// The page's banner has been written (or it has none).
    private var bannerWritten = false
    private var pageHasSections = false
    private var articlesInSection = 0
    /// Something has been written (a block after it opens with a blank line).
    private var started = false

    /// A writer for `pageCount` pages laid out at `width`.
    public init(width: Int, options: LayoutOptions = .init(), pageCount: Int) {
      self.width = max(width, 1)
      self.options = options
      namesPages = pageCount > 1
    }

    /// The text written since the last call.
    public mutating func take() -> String {
      defer { out = "" }
      return out
    }

    /// Writes a whole page.
    public mutating func add(_ page: Page) {
      startPage(source: page.source)
      add(
        PagePart(
          banner: page.banner, continuesSection: false, sections: page.sections, furniture: []))
      endPage()
    }

    /// Starts a page (its source, when there are several).
    public mutating func startPage(source: String) {
      bannerWritten = false
      pageHasSections = false
      if namesPages { block(source, underline: "-") }
    }

    /// Writes a part of the page started: its banner (the first part's), sections and articles.
    public mutating func add(_ part: PagePart) {
      if !bannerWritten, let banner = part.banner, !banner.isEmpty { block(banner, underline: nil) }
      bannerWritten = true
      for (section, opens) in part.sectionsAdded(pageHasSections: pageHasSections) {
        if opens {
          pageHasSections = true
          articlesInSection = 0
          if let name = section.name, !name.isEmpty { block(name, underline: "=") }
        }
        for article in section.articles { add(article) }
      }
    }

    /// Ends the page started.
    public mutating func endPage() {
      if namesPages { out += "\n" }
    }

    private mutating func add(_ article: Article) {
      if articlesInSection > 0 { out += "\n" + PlainTextDump.separator(width) + "\n" }
      articlesInSection += 1
      if started { out += "\n" }
      started = true
      for line in ArticleLayout.lines(for: article, width: width, options: options) {
        out += line.text + "\n"
      }
    }

    private mutating func block(_ text: String, underline: Character?) {
      if started { out += "\n" }
      started = true
      var broken: [LineBreaker.Line] = []
      breaker.lines(of: text, firstWidth: width, width: width, atSpaces: true, into: &broken)
      for line in broken {
        let shown = String(text.unicodeScalars[PlainTextDump.scalarRange(text, line.scalars)])
        out += CellWidth.displayable(shown) + "\n"
        if let underline { out += String(repeating: underline, count: line.width) + "\n" }
      }
    }
  }

  /// `* * *`, centred in the width (cut to the width when narrower).
  fileprivate static func separator(_ width: Int) -> String {
    let rule = width >= 5 ? "* * *" : width >= 3 ? "* *" : "*"
    let pad = max((width - rule.count) / 2, 0)
    return String(repeating: " ", count: pad) + rule
  }

  /// Scalar offsets as indices into `text.unicodeScalars`.
  fileprivate static func scalarRange(_ text: String, _ range: Range<Int>)
    -> Range<String.UnicodeScalarView.Index>
  {
    let scalars = text.unicodeScalars
    let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
    return lower..<scalars.index(lower, offsetBy: range.count)
  }
}

extension PlainTextDump {
  /// Article `number` (1-based, counting through every page in reading order) laid out at
  /// `width` as `text(of:width:options:)` prints it, or nil when there is no such article.
  public static func article(
    _ number: Int, of pages: [Page], width: Int, options: LayoutOptions = .init()
  ) -> String? {
    let articles = pages.flatMap(\.articles)
    guard number >= 1, number <= articles.count else { return nil }
    return ArticleLayout.lines(for: articles[number - 1], width: max(width, 1), options: options)
      .map { $0.text + "\n" }.joined()
  }
}
