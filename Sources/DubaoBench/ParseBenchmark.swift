import PaperKit

/// Prints parse throughput on a 50 MB generated page text against a same-run baseline: the
/// time to merely split the same text into lines.
func runParseBenchmark() {
  let text = generatedPageText(megabytes: 50)
  let bytes = text.utf8.count
  var lineCount = 0
  let baseline = bestTime { lineCount = text.split(separator: "\n").count }
  var articles = 0
  let parse = bestTime(runs: 2) {
    articles = PageParser.parse(text, source: "bench").articles.count
  }
  print("parse: \(bytes / 1_000_000) MB, \(lineCount) lines, \(articles) articles")
  report("split into lines (baseline)", bytes: bytes, seconds: baseline, baselineSeconds: baseline)
  report("PageParser.parse", bytes: bytes, seconds: parse, baselineSeconds: baseline)
}
