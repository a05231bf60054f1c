// STUB — filled in by the work that owns search speed.

/// Prints search throughput against a same-run baseline.
func runSearchBenchmark() {
  print("search: no benchmark yet")
}
