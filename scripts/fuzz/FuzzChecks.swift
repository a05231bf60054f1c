// Checks shared by the libFuzzer targets (scripts/fuzz.sh compiles this file into each). A
// broken guarantee traps, which libFuzzer reports as a crash and saves as a reproducer.

/// Traps with `what` when `condition` is false.
func require(_ condition: Bool, _ what: @autoclosure () -> String) {
  if !condition { fatalError(what()) }
}

/// The forced encodings inputs may ask for (by their first byte), so iconv and UTF-16 get
/// inputs too; mostly detection.
let fuzzEncodings: [String?] = [nil, nil, nil, nil, nil, "GB18030", "UTF-16LE", "UTF-16BE"]

/// The page the fuzz input decodes and parses to, or nil when it is refused (after checking
/// that the refusal is one clean line).
func fuzzPage(_ bytes: [UInt8]) -> Page? {
  let encoding = bytes.first.map { fuzzEncodings[Int($0) % fuzzEncodings.count] } ?? nil
  do {
    return try PageLoader.page(from: bytes, source: "fuzz", encoding: encoding)
  } catch {
    require(
      !error.description.isEmpty && !hasControl(error.description, newline: false),
      "refusal is not one clean line")
    return nil
  }
}

/// Whether `line` fits `width` cells; at width 1 a wide character (2 cells) cannot be cut, so
/// a line of one such character (or a two-cell rule) is allowed.
func fits(_ line: String, _ width: Int) -> Bool {
  let cells = CellWidth.of(line)
  if cells <= width { return true }
  let spacing = line.filter { CellWidth.of($0) > 0 }
  return width < 2 && cells == 2 && (spacing.count == 1 || line == "==" || line == "--")
}

/// Whether `text` holds a character that could drive a terminal (C0/C1 controls, DEL); a
/// newline is allowed where `newline` says so.
func hasControl(_ text: String, newline: Bool) -> Bool {
  text.unicodeScalars.contains { scalar in
    if scalar == "\n" { return !newline }
    return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}

/// Every text of the model: banner, furniture, section names, and for each article every
/// field (kicker, title, subtitle, byline, blocks) and every other text it carries (site
/// metadata, source credit, page references, the byline's parts).
func modelTexts(_ page: Page) -> [String] {
  var texts: [String] = (page.banner.map { [$0] } ?? []) + page.furniture
  for section in page.sections {
    texts += section.name.map { [$0] } ?? []
    for article in section.articles {
      texts += article.fields.compactMap { article.text(of: $0) }
      texts += article.metadata
      texts += [article.sourceCredit, article.continuedTo, article.continuedFrom, article.teaserFor]
        .compactMap { $0 }
      if let byline = article.byline {
        texts += byline.names + [byline.agency, byline.place, byline.date].compactMap { $0 }
      }
    }
  }
  return texts
}

/// How often each non-whitespace scalar occurs in `text`.
func counts(_ text: String) -> [Unicode.Scalar: Int] {
  var result: [Unicode.Scalar: Int] = [:]
  for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
    result[scalar, default: 0] += 1
  }
  return result
}

/// The first scalar of `text` that the model of it holds fewer times than the text, if any:
/// nothing may be lost (a text may be held twice, e.g. a credit also kept in its paragraph).
func lostScalar(_ text: String, in page: Page) -> Unicode.Scalar? {
  let held = counts(modelTexts(page).joined())
  return counts(text).first { scalar, count in held[scalar, default: 0] < count }?.key
}

/// A small deterministic generator seeded from the input, for choices the input does not
/// spell out (widths, keys, sizes).
struct InputRandom {
  private var state: UInt64

  /// A generator seeded from `bytes`.
  init(_ bytes: [UInt8]) {
    state = 0x9E37_79B9_7F4A_7C15
    for byte in bytes.prefix(64) { state = (state ^ UInt64(byte)) &* 0x100_0000_01B3 }
  }

  /// A number in `0..<bound`.
  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(max(bound, 1)))
  }
}
