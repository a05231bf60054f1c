import Foundation
import PaperKit
import ReaderKit

/// Prints the reader's memory while one 50 MB article is resized through six widths: the
/// layout cache's entries and estimated bytes, and the process's resident size, against a
/// same-run baseline (the resident size with the article open at its first width). A cache
/// bounded by entry count kept all six layouts (about 920 MB in issue 12); bounded by bytes it
/// keeps one or two.
func runCacheBenchmark() {
  let paragraphs = generatedPageText(megabytes: 50).split(separator: "\n").map {
    Block(.paragraph, String($0))
  }
  let page = Page(
    source: "(generated)", encoding: "UTF-8",
    sections: [Section(name: nil, articles: [Article(title: "一篇 50 MB 的文章", blocks: paragraphs)])])
  var state = ReaderState(pages: [page])
  var size = ScreenSize(width: 80, height: 24)
  _ = state.handle(.enter, size: size)
  _ = state.render(size: size)
  let baseline = residentBytes()
  print("cache: one article of \(paragraphs.count) paragraphs, about 50 MB")
  func line(_ name: String) {
    let footprint = state.layoutCacheFootprint
    let resident = residentBytes()
    let padded = name.padding(toLength: 30, withPad: " ", startingAt: 0)
    print(
      padded
        + String(
          format: " %d layout(s), %7.1f MB estimated; resident %7.1f MB (%.2fx the baseline)",
          footprint.layouts, Double(footprint.bytes) / 1e6, Double(resident) / 1e6,
          Double(resident) / Double(max(baseline, 1))))
  }
  line("open at 80 columns (baseline)")
  for width in [100, 60, 130, 90, 70, 110] {
    size = ScreenSize(width: width, height: 30)
    _ = state.handle(.resize, size: size)
    _ = state.render(size: size)
    line("resized to \(width) columns")
  }
}

/// The process's resident set size in bytes, from /proc/self/statm.
private func residentBytes() -> Int {
  guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
    return 0
  }
  let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
  return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}
