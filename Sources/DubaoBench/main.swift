// Throughput benchmarks. Run in release: `swift run -c release dubao-bench [decode|parse|layout|search|prompt|cache]`,
// `dubao-bench search-keys [MB]` (each key of a search for a common character on a large page),
// `dubao-bench pdf DIR` (scores of PDF pages against their truth), `dubao-bench pdf-phases DIR`
// (time of each phase of reading a PDF), `dubao-bench pdf-explain FILE`.
// Each prints figures next to a baseline measured in the same run; ratios, not absolute times,
// are what to compare across machines. `dubao-bench accuracy DIR TRUTH.json` scores the parser
// on a corpus of pages instead; `dubao-bench reshape PAGE` prints a page in the PDF shape it uses.

let arguments = Array(CommandLine.arguments.dropFirst())
let which = arguments.first ?? "all"
if which == "accuracy" {
  runAccuracyReport(Array(arguments.dropFirst()))
} else if which == "reshape", arguments.count == 2 {
  // The PDF-shaped text `accuracy` reads for a page, to look at with `dubao --explain -`.
  printReshaped(arguments[1])
} else if which == "search-keys" {
  runSearchKeyBenchmark(megabytes: arguments.dropFirst().first.flatMap { Int($0) } ?? 50)
} else if which == "pdf" {
  runPDFBenchmark(directory: arguments.dropFirst().first ?? ".")
} else if which == "pdf-phases" {
  runPDFPhases(directory: arguments.dropFirst().first ?? ".")
} else if which == "pdf-explain" {
  runPDFExplain(path: arguments.dropFirst().first ?? "")
} else {
  if which == "all" || which == "decode" { runDecodeBenchmark() }
  if which == "all" || which == "parse" { runParseBenchmark() }
  if which == "all" || which == "layout" { runLayoutBenchmark() }
  if which == "all" || which == "search" { runSearchBenchmark() }
  if which == "all" || which == "prompt" { runPromptBenchmark() }
  if which == "all" || which == "cache" { runCacheBenchmark() }
}
