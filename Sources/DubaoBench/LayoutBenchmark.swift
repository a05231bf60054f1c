// STUB — filled in by the work that owns layout speed.

/// Prints layout throughput against a same-run baseline.
func runLayoutBenchmark() {
  print("layout: no benchmark yet")
}
