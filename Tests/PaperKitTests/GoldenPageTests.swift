import Foundation
import Testing

@testable import PaperKit

/// Every fixture page read into the model and written out as text, compared with the
/// `NAME.golden` file beside `NAME.txt`. `UPDATE_GOLDEN=1 swift test --filter GoldenPageTests`
/// rewrites the goldens; review them as a diff.
@Suite struct GoldenPageTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static let pages: [String] = {
    let manager = FileManager.default
    let folders = ["", "samples/", "probe2/", "probe3/", "probe4/"]
    return folders.flatMap { folder in
      let names =
        (try? manager.contentsOfDirectory(atPath: fixtures.appendingPathComponent(folder).path))
        ?? []
      return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + $0 }
    }
  }()

  @Test(arguments: pages) func pageMatchesItsGolden(_ name: String) throws {
    let bytes = try Fixtures.bytes(name)
    let page = try PageLoader.page(from: bytes, source: name)
    let rendered = GoldenText.render(page)
    let golden = Self.fixtures.appendingPathComponent(
      String(name.dropLast(4)) + ".golden")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try rendered.write(to: golden, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    if rendered != expected {
      let got = rendered.split(separator: "\n", omittingEmptySubsequences: false)
      let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let first =
        (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
      Issue.record(
        """
        \(name) differs from its golden at line \(first + 1):
          golden: \(first < want.count ? want[first] : "(end)")
          now:    \(first < got.count ? got[first] : "(end)")
        (UPDATE_GOLDEN=1 rewrites the goldens)
        """)
    }
  }

  @Test func everyFixtureHasAGolden() {
    #expect(Self.pages.count >= 49)
  }
}

/// The whole model of a page as text: sections, articles with their headings, byline fields
/// and extra fields, and every block with its kind.
enum GoldenText {
  static func render(_ page: Page) -> String {
    var out: [String] = []
    if let banner = page.banner { out.append("banner: \(banner)") }
    for line in page.furniture { out.append("furniture: \(line)") }
    for section in page.sections {
      out.append("section: \(section.name ?? "(unnamed)")")
      for article in section.articles { render(article, into: &out) }
    }
    return out.joined(separator: "\n") + "\n"
  }

  private static func render(_ article: Article, into out: inout [String]) {
    out.append("  article: \(article.title.isEmpty ? "(untitled)" : article.title)")
    if let kicker = article.kicker { out.append("    kicker: \(kicker)") }
    if let subtitle = article.subtitle { out.append("    subtitle: \(subtitle)") }
    if let byline = article.byline {
      out.append("    byline: \(byline.text)")
      let fields: [(String, [String])] = [
        ("authors", byline.authors), ("reporters", byline.reporters),
        ("correspondents", byline.correspondents), ("photographers", byline.photographers),
        ("interns", byline.interns),
      ]
      for (name, names) in fields where !names.isEmpty {
        out.append("      \(name): \(names.joined(separator: ", "))")
      }
      for (name, value) in [
        ("agency", byline.agency), ("place", byline.place), ("date", byline.date),
      ] {
        if let value { out.append("      \(name): \(value)") }
      }
    }
    for line in article.metadata { out.append("    metadata: \(line)") }
    if let credit = article.sourceCredit { out.append("    source: \(credit)") }
    if let page = article.continuedFrom { out.append("    continued from: \(page)") }
    if let page = article.continuedTo { out.append("    continued to: \(page)") }
    if let page = article.teaserFor { out.append("    teaser for: \(page)") }
    if article.continues { out.append("    continues") }
    for block in article.blocks { out.append("    [\(block.kind.rawValue)] \(block.text)") }
  }
}
