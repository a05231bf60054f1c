// STUB — filled in by the work that owns parse speed.

/// Prints parse throughput against a same-run baseline.
func runParseBenchmark() {
  print("parse: no benchmark yet")
}
