import PaperKit

/// Prints layout throughput against a same-run baseline: laying out a 50 MB page text at 80
/// columns, next to merely decoding the same bytes into a String and walking its scalars.
func runLayoutBenchmark() {
  let text = generatedPageText(megabytes: 50)
  let bytes = Array(text.utf8)
  let articles = layoutBenchmarkArticles(text)

  var scalars = 0
  let baseline = bestTime {
    let decoded = String(decoding: bytes, as: UTF8.self)
    scalars = decoded.unicodeScalars.count
  }
  var lineCount = 0
  let layout = bestTime {
    lineCount = 0
    for article in articles {
      lineCount += ArticleLayout.lines(for: article, width: 80).count
    }
  }
  report(
    "decode + scalars (baseline)", bytes: bytes.count, seconds: baseline, baselineSeconds: baseline)
  report("layout at 80 columns", bytes: bytes.count, seconds: layout, baselineSeconds: baseline)
  print("  \(articles.count) articles, \(scalars) scalars, \(lineCount) lines")
}

/// Articles built straight from the text so the figure measures layout, not parsing: each
/// non-empty line is a block, every twenty make an article whose first line is the title.
private func layoutBenchmarkArticles(_ text: String) -> [Article] {
  let lines = text.split(separator: "\n").map(String.init)
  return stride(from: 0, to: lines.count, by: 20).map { start in
    let chunk = lines[start..<min(start + 20, lines.count)]
    return Article(title: chunk.first!, blocks: chunk.dropFirst().map { Block(.paragraph, $0) })
  }
}
