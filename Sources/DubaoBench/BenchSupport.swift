import Foundation
import PaperKit
import ReaderKit

/// Seconds taken by `body`, best of `runs`.
func bestTime(runs: Int = 3, _ body: () -> Void) -> Double {
  var best = Double.infinity
  for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  return best
}

/// A large page text made by repeating the sample page's body until it reaches `megabytes`.
func generatedPageText(megabytes: Int) -> String {
  let body = SamplePage.text
  var text = ""
  text.reserveCapacity(megabytes * 1_000_000 + body.utf8.count)
  var copy = 0
  while text.utf8.count < megabytes * 1_000_000 {
    text += body.replacingOccurrences(of: "沧县", with: "沧县\(copy)")
    text += "\n\n"
    copy += 1
  }
  return text
}

/// Prints one benchmark line: a name, a figure, and its ratio to the baseline.
func report(_ name: String, bytes: Int, seconds: Double, baselineSeconds: Double) {
  let mbps = Double(bytes) / 1e6 / seconds
  let padded = name.padding(toLength: max(name.count, 34), withPad: " ", startingAt: 0)
  print(
    padded
      + String(
        format: " %8.1f MB/s  %8.3f s  (%.2fx the baseline's time)", mbps, seconds,
        seconds / baselineSeconds))
}

/// The best time per key, over three fresh readers on `page`, of the keys `timed` (each handled
/// and a frame rendered, as the terminal loop does) after the keys `start`.
func bestSecondsPerKey(
  on page: Page, _ timed: [Key], after start: [Key], size: ScreenSize
) -> Double {
  var best = Double.infinity
  for _ in 0..<3 {
    var state = ReaderState(pages: [page])
    for key in start { _ = state.handle(key, size: size) }
    _ = state.render(size: size)
    let began = DispatchTime.now().uptimeNanoseconds
    for key in timed {
      _ = state.handle(key, size: size)
      _ = state.render(size: size)
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
    best = min(best, seconds / Double(timed.count))
  }
  return best
}
