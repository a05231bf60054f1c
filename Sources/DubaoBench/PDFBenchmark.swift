import Foundation
import PDFText
import PaperKit

/// What the PDF generator (scripts/make-pdf-pages.py) says a page holds.
struct PDFTruth: Decodable {
  struct Article: Decodable {
    var headings: [String]
    var paragraphs: [String]
  }
  var furniture: [String]
  var articles: [Article]
}

/// Scores of one page read from PDF against the text it was made from.
struct PDFScore {
  var truthArticles = 0
  var foundArticles = 0
  var segmentsMatched = 0
  var titlesRight = 0
  var truthParagraphs = 0
  var paragraphsIntact = 0
  var falseJoins = 0
  var furnitureLeaks = 0
  var missingCharacters = 0
  var extraCharacters = 0
  var missing = ""
  var extra = ""

  mutating func add(_ other: PDFScore) {
    truthArticles += other.truthArticles
    foundArticles += other.foundArticles
    segmentsMatched += other.segmentsMatched
    titlesRight += other.titlesRight
    truthParagraphs += other.truthParagraphs
    paragraphsIntact += other.paragraphsIntact
    falseJoins += other.falseJoins
    furnitureLeaks += other.furnitureLeaks
    missingCharacters += other.missingCharacters
    extraCharacters += other.extraCharacters
  }

  var f1: Double {
    guard truthArticles + foundArticles > 0 else { return 0 }
    return 2 * Double(segmentsMatched) / Double(truthArticles + foundArticles)
  }
}

/// Text without whitespace: layout may add or drop spaces, never characters.
func squeezed(_ text: String) -> String {
  String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
}

/// Compares a page read from PDF with its truth.
func score(_ page: Page, truth: PDFTruth, reference: String) -> PDFScore {
  var score = PDFScore()
  score.truthArticles = truth.articles.count
  score.foundArticles = page.articles.count
  // An article's body as the parser splits it: byline, blocks, metadata, source credit.
  func pieces(_ article: Article) -> [String] {
    ([article.byline?.text].compactMap { $0 }
      + article.blocks.filter { $0.kind != .caption }.map(\.text) + article.metadata
      + [article.sourceCredit].compactMap { $0 }).map(squeezed)
  }
  func body(_ article: Article) -> String { String(pieces(article).joined().sorted()) }
  func headings(_ article: Article) -> String {
    squeezed([article.kicker, article.title, article.subtitle].compactMap { $0 }.joined())
  }
  var unmatched = page.articles
  for expected in truth.articles {
    let text = String(squeezed(expected.paragraphs.joined()).sorted())
    if let index = unmatched.firstIndex(where: { body($0) == text }) {
      score.segmentsMatched += 1
      unmatched.remove(at: index)
    }
    if page.articles.contains(where: { headings($0) == squeezed(expected.headings.joined()) }) {
      score.titlesRight += 1
    }
  }
  // A paragraph is intact when it is one piece, or one piece with the byline the parser
  // took from its start or end (文/… 图/…) or the source credit from its end.
  var found = Set<String>()
  for article in page.articles {
    let parts = pieces(article)
    found.formUnion(parts)
    let byline = article.byline.map { squeezed($0.text) }
    let credit = article.sourceCredit.map(squeezed)
    for part in parts {
      if let byline {
        found.insert(byline + part)
        found.insert(part + byline)
      }
      if let credit { found.insert(part + credit) }
    }
  }
  let expectedParagraphs = truth.articles.flatMap { $0.paragraphs.map(squeezed) }
  score.truthParagraphs = expectedParagraphs.count
  score.paragraphsIntact = expectedParagraphs.count { found.contains($0) }
  let expectedSet = Set(expectedParagraphs)
  let blocks = page.articles.flatMap { $0.blocks.map { squeezed($0.text) } }
  for block in blocks where !expectedSet.contains(block) {
    // A false join: one block holding the end of a paragraph and the start of another.
    if expectedParagraphs.contains(where: { block.hasPrefix($0) && block.count > $0.count }) {
      score.falseJoins += 1
    }
  }
  let readable = page.articles.flatMap { article in
    [article.kicker, article.title, article.subtitle, article.byline?.text, article.sourceCredit]
      .compactMap { $0 } + article.blocks.map(\.text) + article.metadata
  }
  // A leak is a band's text met more often in the articles than the source text has it
  // (a date line may well be quoted in a body).
  func occurrences(of piece: String, in texts: [String]) -> Int {
    let needle = squeezed(piece)
    return texts.reduce(0) { $0 + squeezed($1).components(separatedBy: needle).count - 1 }
  }
  let source = truth.articles.flatMap { $0.headings + $0.paragraphs }
  score.furnitureLeaks = truth.furniture.count { piece in
    occurrences(of: piece, in: readable) > occurrences(of: piece, in: source)
  }
  // Counted by scalar: a zero-width joiner may cluster with its neighbour in one text only.
  var counts: [Unicode.Scalar: Int] = [:]
  for scalar in reference.unicodeScalars where !scalar.properties.isWhitespace {
    counts[scalar, default: 0] += 1
  }
  for text in readable + page.furniture {
    for scalar in squeezed(text).unicodeScalars { counts[scalar, default: 0] -= 1 }
  }
  score.missing = String(String.UnicodeScalarView(counts.filter { $0.value > 0 }.keys.sorted()))
  score.extra = String(String.UnicodeScalarView(counts.filter { $0.value < 0 }.keys.sorted()))
  score.missingCharacters = counts.values.filter { $0 > 0 }.reduce(0, +)
  score.extraCharacters = -counts.values.filter { $0 < 0 }.reduce(0, +)
  return score
}

/// The text `pdftotext -raw` (poppler-utils) gives for the first page of the PDF at `path`, or
/// nil when it is not installed: the reference for the no-loss count.
func pdftotextRaw(_ path: String) -> String? {
  let tool = "/usr/bin/pdftotext"
  guard FileManager.default.isExecutableFile(atPath: tool) else { return nil }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: tool)
  process.arguments = ["-raw", "-enc", "UTF-8", "-f", "1", "-l", "1", path, "-"]
  let output = Pipe()
  process.standardOutput = output
  process.standardError = FileHandle.nullDevice
  guard (try? process.run()) != nil else { return nil }
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
}

/// `dubao-bench pdf DIR`: reads every DIR/NAME.pdf that has a DIR/NAME.truth.json and prints
/// segmentation F1, titles right, paragraphs intact, furniture leaks and lost characters,
/// with the time to read each page next to the time to parse the same text (the baseline).
func runPDFBenchmark(directory: String) {
  let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
    .filter { $0.hasSuffix(".pdf") }.sorted()
  var total = PDFScore()
  let hasPdftotext = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
  print(
    "lost: characters lost or added against "
      + (hasPdftotext ? "pdftotext -raw" : "the text layer (pdftotext is not installed)"))
  print(
    "page                              F1    titles  paragraphs  joins leaks lost  read ms  (x text parse)"
  )
  for name in names {
    let stem = String(name.dropLast(4))
    let path = (directory as NSString).appendingPathComponent(name)
    let truthPath = (directory as NSString).appendingPathComponent(stem + ".truth.json")
    guard let truthData = FileManager.default.contents(atPath: truthPath),
      let truth = try? JSONDecoder().decode(PDFTruth.self, from: truthData),
      let bytes = FileManager.default.contents(atPath: path).map(Array.init)
    else { continue }
    var pages: [Page] = []
    let seconds = bestTime {
      pages = (try? PageLoader.pages(from: bytes, source: path)) ?? []
    }
    let text = truth.articles.map {
      ($0.headings + [""] + $0.paragraphs.map { "　　" + $0 }).joined(separator: "\n")
    }
    .joined(separator: "\n\n")
    let baseline = bestTime { _ = PageParser.parse(text, source: stem) }
    guard let page = pages.first, let glyphs = try? PDFTextReader.pages(of: bytes).first?.glyphs
    else {
      print("\(stem): not read")
      continue
    }
    let reference = pdftotextRaw(path) ?? String(glyphs.map(\.character))
    let s = score(page, truth: truth, reference: reference)
    total.add(s)
    print(
      stem.padding(toLength: 32, withPad: " ", startingAt: 0)
        + String(
          format: " %.2f  %3d/%-3d  %4d/%-4d  %4d  %4d  %4d  %7.1f  (%.1fx)", s.f1, s.titlesRight,
          s.truthArticles, s.paragraphsIntact, s.truthParagraphs, s.falseJoins, s.furnitureLeaks,
          s.missingCharacters + s.extraCharacters, seconds * 1000, seconds / baseline)
        + (s.missing.isEmpty && s.extra.isEmpty ? "" : "  lost '\(s.missing)' extra '\(s.extra)'"))
  }
  print(
    "all".padding(toLength: 32, withPad: " ", startingAt: 0)
      + String(
        format:
          " %.3f  titles %.1f%%  paragraphs intact %.1f%%  false joins %d  furniture leaks %d  characters lost %d, extra %d",
        total.f1, 100 * Double(total.titlesRight) / Double(max(total.truthArticles, 1)),
        100 * Double(total.paragraphsIntact) / Double(max(total.truthParagraphs, 1)),
        total.falseJoins, total.furnitureLeaks, total.missingCharacters, total.extraCharacters))
}

/// `dubao-bench pdf-explain FILE`: each line of the PDF in reading order with its region,
/// role, size ratio and place (what `dubao --explain` shows for a PDF once it is wired in).
func runPDFExplain(path: String) {
  guard let bytes = FileManager.default.contents(atPath: path).map(Array.init) else {
    print("\(path): cannot read")
    return
  }
  do {
    print(try PDFExplainer.rows(of: bytes, source: path).joined(separator: "\n"))
  } catch {
    print(error.description)
  }
}

/// `dubao-bench pdf-phases DIR`: for each PDF in DIR, the time of each phase of reading it
/// (poppler's text layer, lines, roles and reading order, articles with the text parser),
/// best of three, next to the whole.
func runPDFPhases(directory: String) {
  let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
    .filter { $0.hasSuffix(".pdf") }.sorted()
  print("page                              text layer  lines  order+roles  articles   (ms)")
  for name in names {
    let path = (directory as NSString).appendingPathComponent(name)
    guard let bytes = FileManager.default.contents(atPath: path).map(Array.init),
      let text = try? PDFTextReader.pages(of: bytes).first
    else { continue }
    let reading = bestTime { _ = try? PDFTextReader.pages(of: bytes) }
    var lines: [PDFLine] = []
    let building = bestTime { lines = PDFLineBuilder.lines(of: text.glyphs) }
    var readings: [PDFLineReading] = []
    let ordering = bestTime {
      readings = PDFLineClassifier.readings(lines: lines, pictures: [])
    }
    let assembling = bestTime { _ = PDFPageAssembler.page(from: readings, source: name) }
    print(
      String(name.dropLast(4)).padding(toLength: 32, withPad: " ", startingAt: 0)
        + String(
          format: "  %9.1f  %5.1f  %11.1f  %8.1f", reading * 1000, building * 1000,
          ordering * 1000, assembling * 1000))
  }
}
