import Foundation
import PaperKit

/// Prints search index build time and query latency on a 50 MB page, against same-run baselines.
func runSearchBenchmark() {
  let megabytes = 50
  let page = searchBenchmarkPage(megabytes: megabytes)
  let fieldTexts = page.articles.flatMap { article in
    article.fields.map { article.text(of: $0) ?? "" }
  }
  let bytes = fieldTexts.reduce(0) { $0 + $1.utf8.count }
  print(
    "search: \(megabytes) MB page, \(page.articles.count) articles, \(bytes) bytes of field text")

  // Baseline: one plain pass over every field's UTF-8 counting one byte value.
  var baselineCount = 0
  let baseline = bestTime {
    baselineCount = fieldTexts.reduce(0) { $0 + countByte(0xE6, in: $1) }
  }
  report("byte scan (baseline)", bytes: bytes, seconds: baseline, baselineSeconds: baseline)

  var index = SearchIndex(page: page)
  let build = bestTime { index = SearchIndex(page: page) }
  report("SearchIndex build", bytes: bytes, seconds: build, baselineSeconds: baseline)

  var slowestPair = 0.0
  for query in ["沧县", "文明", "实践中心", "６月", "沧县1", "县"] {
    var found = 0
    let seconds = bestTime(runs: 5) { found = index.matches(of: query).count }
    if query.count == 2 { slowestPair = max(slowestPair, seconds) }
    report(
      "query \(query) (\(found) hits)", bytes: bytes, seconds: seconds, baselineSeconds: baseline)
  }
  let worst = String(format: "%.1f", slowestPair * 1000)
  print(
    "two-character query: \(worst) ms at worst (target < 50 ms: \(slowestPair < 0.05 ? "met" : "MISSED"))"
  )

  // Reference: Foundation's own folding search, field by field, once.
  var foundationCount = 0
  let foundation = bestTime(runs: 1) {
    foundationCount = fieldTexts.reduce(0) { count, text in
      count + foundationMatchCount(of: "沧县", in: text)
    }
  }
  report(
    "Foundation range(of:) 沧县 (\(foundationCount))", bytes: bytes, seconds: foundation,
    baselineSeconds: baseline)
  if baselineCount < 0 { print("unreachable") }  // keeps the baseline's work observable
}

/// A page of about `megabytes` of generated text: each run of 12 non-empty lines becomes an
/// article whose first line is its title and the rest its paragraphs.
private func searchBenchmarkPage(megabytes: Int) -> Page {
  let lines = generatedPageText(megabytes: megabytes).split(separator: "\n").map(String.init)
  var articles: [Article] = []
  var start = 0
  while start < lines.count {
    let chunk = lines[start..<min(start + 12, lines.count)]
    articles.append(
      Article(title: chunk.first ?? "", blocks: chunk.dropFirst().map { Block(.paragraph, $0) }))
    start += 12
  }
  return Page(
    source: "(generated)", encoding: "UTF-8", sections: [Section(name: nil, articles: articles)])
}

/// How often `byte` occurs in `text`'s UTF-8, by a tight loop over contiguous memory.
private func countByte(_ byte: UInt8, in text: String) -> Int {
  var text = text
  return text.withUTF8 { bytes in
    var count = 0
    for value in bytes where value == byte { count += 1 }
    return count
  }
}

/// Non-overlapping width- and case-insensitive matches of `query` in `text` by Foundation.
private func foundationMatchCount(of query: String, in text: String) -> Int {
  var count = 0
  var from = text.startIndex
  while let range = text.range(
    of: query, options: [.caseInsensitive, .widthInsensitive], range: from..<text.endIndex)
  {
    count += 1
    from = range.upperBound
  }
  return count
}
