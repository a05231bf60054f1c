import Foundation
import PaperKit

/// `dubao-bench accuracy DIR TRUTH.json [-v|-vv]`: per page, the articles found, expected and
/// matched, F1 and printed titles; then the same pages in the PDF shape, paragraphs intact and
/// false joins; one total line each.
func runAccuracyReport(_ arguments: [String]) {
  let verbose = arguments.contains("-v") || arguments.contains("-vv")
  let paths = arguments.filter { !$0.hasPrefix("-v") }
  guard paths.count == 2, let data = FileManager.default.contents(atPath: paths[1]),
    let truth = try? JSONDecoder().decode([String: [ExpectedArticle]].self, from: data)
  else {
    print("usage: dubao-bench accuracy FIXTURE_DIR TRUTH.json [-v]")
    exit(2)
  }
  let directory = paths[0]
  var total = SegmentationScore()
  var paragraphsTotal = ParagraphScore()
  print(
    "page                              found  exp  match    F1  titles  counts  people | paras intact joins"
  )
  for name in truth.keys.sorted() {
    guard let bytes = FileManager.default.contents(atPath: directory + "/" + name),
      let page = try? PageLoader.page(from: Array(bytes), source: name)
    else {
      print("\(name): cannot read")
      continue
    }
    let score = SegmentationScore(articles: page.articles, expected: truth[name] ?? [])
    let reshapedText = PDFShape.reshape(
      String(decoding: bytes, as: UTF8.self), seed: reshapeSeed(name))
    let reshaped = PageParser.parse(reshapedText, source: name)
    let paragraphs = ParagraphScore(original: page, reshaped: reshaped)
    total = total + score
    paragraphsTotal = paragraphsTotal + paragraphs
    print(row(name, score, paragraphs))
    if verbose {
      for title in score.missed { print("    missed:   \(title)") }
      for title in score.spurious { print("    spurious: \(title)") }
      for start in paragraphs.joined { print("    joined:   \(start)") }
      for line in score.countMismatches { print("    count:    \(line)") }
      for line in score.missedReporters { print("    people:   \(line)") }
      if arguments.contains("-vv") {
        for start in paragraphs.broken { print("    broken:   \(start)") }
      }
    }
  }
  print(row("TOTAL", total, paragraphsTotal))
}

private func row(_ name: String, _ score: SegmentationScore, _ paragraphs: ParagraphScore) -> String
{
  let padded = name.padding(toLength: 32, withPad: " ", startingAt: 0)
  return
    padded
    + String(
      format: " %5d %4d %6d  %.3f  %3d/%-3d %3d/%-3d %3d/%-3d | %5d %6d %5d", score.found,
      score.expected, score.matched, score.f1, score.titlesRight, score.matched,
      score.paragraphCountsExact, score.paragraphCountsGiven, score.reportersFound,
      score.reportersExpected, paragraphs.paragraphs, paragraphs.intact, paragraphs.falseJoins)
}

/// Prints the PDF-shaped text `runAccuracyReport` reads for the page at `path`.
func printReshaped(_ path: String) {
  guard let bytes = FileManager.default.contents(atPath: path) else {
    print("cannot read \(path)")
    exit(1)
  }
  let name = (path as NSString).lastPathComponent
  print(
    PDFShape.reshape(String(decoding: bytes, as: UTF8.self), seed: reshapeSeed(name)),
    terminator: "")
}

/// The seed of a page's PDF shape: the same for the same file name.
func reshapeSeed(_ name: String) -> UInt64 { UInt64(truncatingIfNeeded: name.utf8.count) }
