import Foundation
import PaperKit
import ReaderKit

/// Prints the cost of each key typed into the search prompt (search as you type, and a frame
/// drawn after every key, as the terminal loop does) for queries of 1,000 and 10,000
/// characters (a pasted query), against a same-run baseline: `j` keys in the article view.
/// The mean per-key time growing less than tenfold from 1,000 to 10,000 means every key is
/// O(query length)
/// at worst, not quadratic (the prompt was: a 1,600-character query took 49 s of CPU).
func runPromptBenchmark() {
  let page = PageParser.parse(SamplePage.text, source: SamplePage.source)
  let size = ScreenSize(width: 80, height: 24)
  // A query that keeps matching nothing, so every key searches the whole page.
  let pasted = String(repeating: "沧县文明实践x", count: 10_000 / 7 + 1).prefix(10_000)

  func perKey(_ keys: [Key], start: [Key]) -> Double {
    bestSecondsPerKey(on: page, keys, after: start, size: size)
  }
  let baseline = perKey(Array(repeating: .character("j"), count: 1_000), start: [.enter])
  print("prompt: sample page, 80×24, handle + render per key")
  func line(_ name: String, _ seconds: Double) {
    let padded = name.padding(toLength: 44, withPad: " ", startingAt: 0)
    print(
      padded
        + String(
          format: " %8.1f µs/key  (%.2fx the baseline's time)", seconds * 1e6, seconds / baseline))
  }
  line("j in the article view (baseline)", baseline)
  var typed: [Double] = []
  for length in [1_000, 10_000] {
    let keys = pasted.prefix(length).map { Key.character($0) }
    let seconds = perKey(keys, start: [.character("/")])
    typed.append(seconds)
    line("typing a \(length)-character query", seconds)
  }
  let growth = typed[1] / typed[0]
  print(
    String(
      format:
        "mean per-key time, 10,000 vs 1,000 characters: %.2fx (O(1) keys: 1x, O(length): 10x, O(length²): 100x)",
      growth))
  // The same pasted query, its last key alone: what a user waits for at the end of a paste.
  let whole = pasted.map { Key.character($0) }
  var state = ReaderState(pages: [page])
  _ = state.handle(.character("/"), size: size)
  for key in whole.dropLast() { _ = state.handle(key, size: size) }
  let last = bestTime(runs: 5) {
    var copy = state
    _ = copy.handle(whole.last!, size: size)
    _ = copy.render(size: size)
  }
  line("the 10,000th key of a pasted query", last)
}
