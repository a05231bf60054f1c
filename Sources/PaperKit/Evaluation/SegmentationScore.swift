/// How well a page's articles match the articles a person lists for it (each as its printed
/// heading lines): found, expected, matched in order, and how many matched titles are printed
/// heading lines.
public struct SegmentationScore: Sendable, Equatable {
  /// Articles the parser found (furniture is not an article).
  public var found = 0
  /// Articles the person listed.
  public var expected = 0
  /// Found articles matched to listed ones, in page order.
  public var matched = 0
  /// Matched articles whose title is one printed heading line, or consecutive ones joined.
  public var titlesRight = 0
  /// The listed articles that no found article matched, by their first heading line.
  public var missed: [String] = []
  /// The found articles that match no listed one, by title (`(untitled)` when empty).
  public var spurious: [String] = []
  /// Matched articles whose paragraph count the list gives.
  public var paragraphCountsGiven = 0
  /// Of those, how many have exactly that many paragraphs.
  public var paragraphCountsExact = 0
  /// Reporters of matched articles the found byline does not name, by article.
  public var missedReporters: [String] = []
  /// Matched articles whose paragraph count differs from the list's: title, found, listed.
  public var countMismatches: [String] = []
  /// Reporters the list names, over matched articles.
  public var reportersExpected = 0
  /// Of those, how many the found byline names (as author, reporter or any role).
  public var reportersFound = 0

  /// Creates an empty score.
  public init() {}

  /// Scores `articles` against `expected`, each listed article given as its heading lines.
  public init(articles: [Article], expected: [[String]]) {
    self.init(articles: articles, expected: expected.map { ExpectedArticle(headings: $0) })
  }

  /// Scores `articles` against `expectedArticles`.
  public init(articles: [Article], expected expectedArticles: [ExpectedArticle]) {
    let expected = expectedArticles.map(\.headings)
    let foundHeads = articles.map(Self.headings)
    let wanted = expected.map { $0.map(Self.normalized) }
    found = articles.count
    self.expected = expected.count
    let pairs = Self.alignment(found: foundHeads, expected: wanted)
    matched = pairs.count
    titlesRight = pairs.count {
      Self.isPrinted(foundHeads[$0.found].title, in: wanted[$0.expected])
    }
    let matchedFound = Set(pairs.map(\.found))
    let matchedExpected = Set(pairs.map(\.expected))
    missed = expected.indices.filter { !matchedExpected.contains($0) }.map {
      expected[$0].first ?? ""
    }
    spurious = articles.indices.filter { !matchedFound.contains($0) }.map {
      articles[$0].title.isEmpty ? "(untitled)" : articles[$0].title
    }
    for pair in pairs {
      let article = articles[pair.found]
      let want = expectedArticles[pair.expected]
      if let count = want.paragraphs {
        paragraphCountsGiven += 1
        if article.paragraphCount == count {
          paragraphCountsExact += 1
        } else {
          countMismatches.append("\(article.title): \(article.paragraphCount) for \(count)")
        }
      }
      if let reporters = want.reporters {
        let named = Set((article.byline?.names ?? []).map(Self.normalized))
        reportersExpected += reporters.count
        let found = reporters.count { named.contains(Self.normalized($0)) }
        reportersFound += found
        if found < reporters.count {
          missedReporters.append(
            "\(article.title): \(reporters.joined(separator: " ")) not in \(named.sorted())")
        }
      }
    }
  }

  /// Precision and recall's harmonic mean; 1 for two empty lists.
  public var f1: Double {
    guard found + expected > 0 else { return 1 }
    return 2 * Double(matched) / Double(found + expected)
  }

  /// Adds another page's counts (not its lists).
  public static func + (lhs: Self, rhs: Self) -> Self {
    var sum = lhs
    sum.found += rhs.found
    sum.expected += rhs.expected
    sum.matched += rhs.matched
    sum.titlesRight += rhs.titlesRight
    sum.paragraphCountsGiven += rhs.paragraphCountsGiven
    sum.paragraphCountsExact += rhs.paragraphCountsExact
    sum.reportersExpected += rhs.reportersExpected
    sum.reportersFound += rhs.reportersFound
    return sum
  }

  private struct Heads {
    var title: String
    var all: [String]
  }

  private static func headings(_ article: Article) -> Heads {
    let all = [article.kicker, article.title, article.subtitle].compactMap { $0 }
      .map(normalized).filter { !$0.isEmpty }
    return Heads(title: normalized(article.title), all: all)
  }

  /// The text without whitespace, so that line breaks and justification spaces do not count.
  static func normalized(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
  }

  /// True when a found article names a listed one: its headings and the listed ones overlap
  /// (one contains the other; a title printed over two lines is one heading in the model).
  private static func matches(_ found: Heads, _ wanted: [String]) -> Bool {
    let joinedFound = found.all.joined()
    let joinedWanted = wanted.joined()
    // An item printed without a heading (a brief) matches an untitled article.
    if joinedWanted.isEmpty { return found.title.isEmpty }
    guard !joinedFound.isEmpty else { return false }
    if !found.title.isEmpty, joinedWanted.includes(found.title) { return true }
    return wanted.contains { !$0.isEmpty && joinedFound.includes($0) }
  }

  /// True when `title` is one listed heading line or consecutive ones joined.
  private static func isPrinted(_ title: String, in wanted: [String]) -> Bool {
    guard !title.isEmpty else { return wanted.allSatisfy(\.isEmpty) }
    for start in wanted.indices {
      var joined = ""
      for line in wanted[start...] {
        joined += line
        if joined == title { return true }
        if joined.count >= title.count { break }
      }
    }
    return false
  }

  /// The longest in-order matching of found to listed articles (a longest common subsequence).
  private static func alignment(found: [Heads], expected: [[String]]) -> [(
    found: Int, expected: Int
  )] {
    let rows = found.count
    let columns = expected.count
    var table = Array(repeating: Array(repeating: 0, count: columns + 1), count: rows + 1)
    for row in stride(from: rows - 1, through: 0, by: -1) {
      for column in stride(from: columns - 1, through: 0, by: -1) {
        table[row][column] =
          matches(found[row], expected[column])
          ? table[row + 1][column + 1] + 1
          : max(table[row + 1][column], table[row][column + 1])
      }
    }
    var pairs: [(found: Int, expected: Int)] = []
    var row = 0
    var column = 0
    while row < rows, column < columns {
      if matches(found[row], expected[column]), table[row][column] == table[row + 1][column + 1] + 1
      {
        pairs.append((row, column))
        row += 1
        column += 1
      } else if table[row + 1][column] >= table[row][column + 1] {
        row += 1
      } else {
        column += 1
      }
    }
    return pairs
  }
}
