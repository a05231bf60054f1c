import Foundation
import PaperKit
import ReaderKit

/// Prints the cost of each key of a search for a common character on a large page (the seed
/// page read in parts over and over, as one text: `dubao-bench search-keys [MB]`), handle and
/// render as the terminal loop does, against a same-run baseline: `j` in the section list.
func runSearchKeyBenchmark(megabytes: Int) {
  let copy = SamplePage.text + "\n\n"
  let text = String(repeating: copy, count: megabytes << 20 / copy.utf8.count + 1)
  var parser = PagePartParser(text: text)
  var page = Page(source: "big.txt", encoding: "UTF-8")
  while let part = parser.next() { page.append(part) }
  let size = ScreenSize(width: 80, height: 24)
  print("search keys: \(megabytes) MB page, \(page.articles.count) articles, 80×24")

  func perKey(_ timed: [Key], after start: [Key]) -> Double {
    bestSecondsPerKey(on: page, timed, after: start, size: size)
  }
  let baseline = perKey(Array(repeating: .character("j"), count: 100), after: [])
  // The index is built by a first search (as the reader builds it in the background).
  let warm: [Key] = [.character("/"), .character("的"), .enter]
  func line(_ name: String, _ seconds: Double) {
    let padded = name.padding(toLength: 36, withPad: " ", startingAt: 0)
    print(
      padded
        + String(format: " %9.2f ms/key  (%.1fx the baseline's)", seconds * 1e3, seconds / baseline)
    )
  }
  line("j in the list (baseline)", baseline)
  line("typing 的 after /", perKey([.character("的")], after: warm + [.character("/")]))
  line("typing 沧 after /", perKey([.character("沧")], after: warm + [.character("/")]))
  line("n after /的 Enter", perKey([.character("n")], after: warm))
}
