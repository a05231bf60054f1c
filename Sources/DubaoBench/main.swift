// Throughput benchmarks. Run in release: `swift run -c release dubao-bench [decode|parse|layout|search|prompt|cache]`.
// Each prints figures next to a baseline measured in the same run; ratios, not absolute times,
// are what to compare across machines.

let which = CommandLine.arguments.dropFirst().first ?? "all"
if which == "all" || which == "decode" { runDecodeBenchmark() }
if which == "all" || which == "parse" { runParseBenchmark() }
if which == "all" || which == "layout" { runLayoutBenchmark() }
if which == "all" || which == "search" { runSearchBenchmark() }
if which == "all" || which == "prompt" { runPromptBenchmark() }
if which == "all" || which == "cache" { runCacheBenchmark() }
