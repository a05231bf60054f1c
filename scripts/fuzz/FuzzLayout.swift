// libFuzzer target "layout": every article of any page laid out at widths 1–400 chosen by the
// input (scripts/fuzz.sh). Every line fits its width as the terminal counts cells, holds no
// control character, and points back inside its article's field.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayout(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let page = fuzzPage(bytes) else { return 0 }
  var random = InputRandom(bytes)
  for _ in 0..<4 {
    let width = 1 + random.next(400)
    let options = LayoutOptions(indentParagraphs: random.next(2) == 0)
    for article in page.articles.prefix(16) {
      for line in ArticleLayout.lines(for: article, width: width, options: options) {
        require(fits(line.text, width), "layout line wider than \(width)")
        require(!hasControl(line.text, newline: false), "control in layout")
        if let source = line.source {
          let text = article.text(of: source.field) ?? ""
          require(
            source.range.lowerBound >= 0 && source.range.upperBound <= text.unicodeScalars.count,
            "line source outside its field")
        }
      }
    }
    let dump = PlainTextDump.text(of: [page], width: width, options: options)
    for line in dump.split(separator: "\n") {
      require(fits(String(line), width), "dump line wider than \(width)")
    }
  }
  return 0
}
