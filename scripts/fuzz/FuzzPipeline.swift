// libFuzzer entry: compiled together with Sources/PaperKit by scripts/fuzz-pipeline.sh (not
// part of the package or CI). Every input goes through the whole pipeline; a broken guarantee
// traps, which libFuzzer reports as a crash and saves as a reproducer.

/// The widths every page is laid out at.
let fuzzWidths = [1, 2, 3, 8, 41, 80]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  // The first byte picks a forced encoding now and then, so iconv and UTF-16 get inputs too.
  let encodings: [String?] = [nil, nil, nil, nil, nil, "GB18030", "UTF-16LE", "UTF-16BE"]
  let encoding = bytes.first.map { encodings[Int($0) % encodings.count] } ?? nil
  let page: Page
  do {
    page = try PageLoader.page(from: bytes, source: "fuzz", encoding: encoding)
  } catch {
    require(!error.description.isEmpty && !hasControl(error.description, newline: false))
    return 0
  }
  if let decoded = try? PageDecoder.decode(bytes, encoding: encoding) {
    let parsed = PageParser.parse(decoded.text, source: "fuzz")
    require(counts(modelTexts(parsed).joined()) == counts(decoded.text), "text lost")
  }
  for text in modelTexts(page) + [page.source] + page.warnings {
    require(!hasControl(text, newline: false), "control in model")
  }
  require(!hasControl(OutlineFormatter.outline(of: [page]), newline: true), "control in outline")
  for width in fuzzWidths {
    for article in page.articles.prefix(8) {
      for line in ArticleLayout.lines(for: article, width: width) {
        require(fits(line.text, width), "layout line wider than \(width)")
        require(!hasControl(line.text, newline: false), "control in layout")
      }
    }
    let dump = PlainTextDump.text(of: [page], width: width)
    require(!hasControl(dump, newline: true), "control in dump")
    for line in dump.split(separator: "\n") {
      require(fits(String(line), width), "dump line wider than \(width)")
    }
  }
  let index = SearchIndex(page: page)
  let articles = page.articles
  let own = articles.first.flatMap { $0.blocks.first?.text.prefix(3) }.map(String.init)
  for query in ["记者", "a", "\u{FFFD}", own ?? "x"] {
    for match in index.matches(of: query) {
      let text = articles[match.article].text(of: match.field) ?? ""
      require(!match.range.isEmpty && match.range.upperBound <= text.unicodeScalars.count)
    }
  }
  return 0
}

func require(_ condition: Bool, _ what: @autoclosure () -> String = "bad match") {
  if !condition { fatalError(what()) }
}

func fits(_ line: String, _ width: Int) -> Bool {
  let cells = CellWidth.of(line)
  if cells <= width { return true }
  let spacing = line.filter { CellWidth.of($0) > 0 }
  return width < 2 && cells == 2 && (spacing.count == 1 || line == "==" || line == "--")
}

func hasControl(_ text: String, newline: Bool) -> Bool {
  text.unicodeScalars.contains { scalar in
    if scalar == "\n" { return !newline }
    return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}

func modelTexts(_ page: Page) -> [String] {
  var texts: [String] = page.banner.map { [$0] } ?? []
  for section in page.sections {
    texts += section.name.map { [$0] } ?? []
    for article in section.articles {
      texts += article.fields.compactMap { article.text(of: $0) }
    }
  }
  return texts
}

func counts(_ text: String) -> [Unicode.Scalar: Int] {
  var result: [Unicode.Scalar: Int] = [:]
  for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
    result[scalar, default: 0] += 1
  }
  return result
}
