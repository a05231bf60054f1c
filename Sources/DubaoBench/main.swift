// Throughput benchmarks. Run in release: `swift run -c release dubao-bench [decode|parse|layout|search]`,
// `dubao-bench pdf DIR` (scores of PDF pages against their truth), `dubao-bench pdf-phases DIR`
// (time of each phase of reading a PDF), `dubao-bench pdf-explain FILE`.
// Each prints figures next to a baseline measured in the same run; ratios, not absolute times,
// are what to compare across machines.

let which = CommandLine.arguments.dropFirst().first ?? "all"
if which == "all" || which == "decode" { runDecodeBenchmark() }
if which == "all" || which == "parse" { runParseBenchmark() }
if which == "all" || which == "layout" { runLayoutBenchmark() }
if which == "all" || which == "search" { runSearchBenchmark() }
let argument = CommandLine.arguments.dropFirst(2).first
if which == "pdf" { runPDFBenchmark(directory: argument ?? ".") }
if which == "pdf-phases" { runPDFPhases(directory: argument ?? ".") }
if which == "pdf-explain" { runPDFExplain(path: argument ?? "") }
