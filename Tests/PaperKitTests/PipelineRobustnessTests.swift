import Foundation
import Testing

@testable import PaperKit

/// Hostile and random inputs through the whole pipeline — PageLoader, PageDecoder, PageParser,
/// ArticleLayout, PlainTextDump, OutlineFormatter, JSONOutput, SearchIndex — at tiny and usual
/// widths: nothing crashes, no line is wider than its width, no control character or escape
/// sequence survives into the model or any output, and no text is lost (seeded, so repeatable).
@Suite struct PipelineRobustnessTests {
  static let widths = [1, 2, 3, 8, 41, 80]
  /// Inputs per source; `DUBAO_FUZZ_ROUNDS` raises it for a longer hunt.
  static let rounds =
    ProcessInfo.processInfo.environment["DUBAO_FUZZ_ROUNDS"].flatMap(Int.init) ?? 150
  /// The longest input in units (bytes, scalars or vocabulary pieces × 3); `DUBAO_FUZZ_LENGTH`.
  static let maxLength =
    ProcessInfo.processInfo.environment["DUBAO_FUZZ_LENGTH"].flatMap(Int.init) ?? 240
  /// `DUBAO_FUZZ_SEED` varies the inputs of a longer hunt.
  static let seed = ProcessInfo.processInfo.environment["DUBAO_FUZZ_SEED"].flatMap(UInt64.init) ?? 0
  static let fixedQueries = ["记者", "a", "\u{FFFD}", "——", "E\u{301}", "  "]

  /// How the random inputs are made.
  enum Source: String, CaseIterable, CustomStringConvertible {
    /// Uniformly random bytes.
    case bytes
    /// Random scalars of every kind (controls, unassigned, supplementary) as valid UTF-8.
    case utf8
    /// Random GB18030 two- and four-byte sequences with some ASCII and line breaks.
    case gb18030
    /// Page vocabulary, control characters, escape sequences, U+FFFD, combining marks, emoji
    /// ZWJ sequences, bidi overrides; as UTF-8, or UTF-16 with lone surrogates.
    case vocabulary

    var description: String { rawValue }
  }

  @Test(arguments: Source.allCases)
  func hostileInputsNeverBreakThePipeline(source: Source) throws {
    var rng = SeededGenerator(seed: 0xD0BA0 + UInt64(source.rawValue.count) &+ Self.seed << 8)
    var problems: [String] = []
    var pagesChecked = 0
    for round in 0..<Self.rounds {
      let bytes = Self.input(source, &rng)
      let forced: String? =
        round % 10 == 9 ? ["GB18030", "UTF-16", "UTF-16LE", "UTF-8", "BIG5"][round / 10 % 5] : nil
      if check(bytes, encoding: forced, rng: &rng, problems: &problems) { pagesChecked += 1 }
      if problems.count > 3 { break }
    }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    // Random text inputs must mostly be read as text, or the test checks too little.
    if source != .bytes { #expect(pagesChecked * 3 > Self.rounds * 2) }
  }

  /// Runs one input through everything; true when it was read as a page.
  private func check(
    _ bytes: [UInt8], encoding: String?, rng: inout SeededGenerator, problems: inout [String]
  ) -> Bool {
    let label = "input \(bytes.prefix(16).map { String($0, radix: 16) })… (\(bytes.count) bytes)"
    func problem(_ what: String) { problems.append("\(label): \(what)") }
    let page: Page
    do {
      page = try PageLoader.page(from: bytes, source: "fuzz", encoding: encoding)
    } catch {
      if error.description.isEmpty || Self.hasControl(error.description, allowingNewline: false) {
        problem("bad error message \(error.description.debugDescription)")
      }
      return false
    }
    // Nothing lost: the decoded text's non-whitespace characters are all in the model.
    if let decoded = try? PageDecoder.decode(bytes, encoding: encoding) {
      let parsed = PageParser.parse(decoded.text, source: "fuzz")
      if ParserInvariantTests.modelScalars(parsed) != ParserInvariantTests.counts(decoded.text) {
        problem("text lost from \(decoded.text.debugDescription)")
      }
    } else {
      problem("loaded but does not decode")
    }
    for text in Self.modelStrings(page) where Self.hasControl(text, allowingNewline: false) {
      problem("control character in model string \(text.debugDescription)")
    }
    for (name, output) in [
      ("outline", OutlineFormatter.outline(of: [page])),
      ("json", (try? JSONOutput.encode([page])) ?? "json failed\u{7}"),
    ] where Self.hasControl(output, allowingNewline: true) {
      problem("control character in \(name) output")
    }
    checkLayout(page, problem)
    checkSearch(page, rng: &rng, problem)
    return true
  }

  private func checkLayout(_ page: Page, _ problem: (String) -> Void) {
    for width in Self.widths {
      for article in page.articles.prefix(12) {
        for line in ArticleLayout.lines(for: article, width: width) {
          if !Self.fits(line.text, width) {
            problem("layout line \(line.text.debugDescription) wider than \(width)")
          }
          if Self.hasControl(line.text, allowingNewline: false) {
            problem("control character in layout line \(line.text.debugDescription)")
          }
        }
      }
      let dump = PlainTextDump.text(of: [page, page], width: width)
      if Self.hasControl(dump, allowingNewline: true) { problem("control character in dump") }
      for line in dump.split(separator: "\n", omittingEmptySubsequences: false)
      where !Self.fits(String(line), width) {
        problem("dump line \(line.debugDescription) wider than \(width)")
      }
    }
  }

  private func checkSearch(_ page: Page, rng: inout SeededGenerator, _ problem: (String) -> Void) {
    let index = SearchIndex(page: page)
    var queries = Self.fixedQueries.map { ($0, false) }
    // A piece of the page's own text must be found.
    let texts = page.articles.flatMap { article in
      article.fields.compactMap { article.text(of: $0) }
    }
    if let text = texts.randomElement(using: &rng), !text.isEmpty {
      let scalars = Array(text.unicodeScalars)
      let start = Int.random(in: 0..<scalars.count, using: &rng)
      let end = min(scalars.count, start + Int.random(in: 1...6, using: &rng))
      let piece = String(String.UnicodeScalarView(scalars[start..<end]))
      queries.append((piece, !piece.unicodeScalars.allSatisfy(\.properties.isWhitespace)))
    }
    let articles = page.articles
    for (query, mustMatch) in queries {
      let found = index.matches(of: query)
      if mustMatch && found.isEmpty { problem("own text \(query.debugDescription) not found") }
      for match in found {
        guard articles.indices.contains(match.article),
          let text = articles[match.article].text(of: match.field)
        else {
          problem("match \(match) names no field")
          continue
        }
        if match.range.isEmpty || match.range.upperBound > text.unicodeScalars.count {
          problem("match \(match) outside its field of \(text.unicodeScalars.count) scalars")
          continue
        }
        let lines = ArticleLayout.lines(for: articles[match.article], width: 41)
        for line in lines where line.source?.field == match.field {
          if let columns = line.columns(forSourceRange: match.range),
            columns.lowerBound < 0 || columns.upperBound > 41
          {
            problem("match \(match) maps to columns \(columns)")
          }
        }
      }
    }
  }

  // MARK: Properties

  /// Whether a line fits `width` cells; below 2 cells a line of one wide cluster (and
  /// zero-width ones), or the rule under one, is allowed: a wide character cannot be cut.
  static func fits(_ line: String, _ width: Int) -> Bool {
    let cells = CellWidth.of(line)
    if cells <= width { return true }
    let spacing = line.filter { CellWidth.of($0) > 0 }
    return width < 2 && cells == 2 && (spacing.count == 1 || line == "==" || line == "--")
  }

  /// C0 and C1 controls, DEL (ESC among them); `allowingNewline` lets LF pass.
  static func hasControl(_ text: String, allowingNewline: Bool) -> Bool {
    text.unicodeScalars.contains { scalar in
      let value = scalar.value
      if value == 0x0A { return !allowingNewline }
      return value < 0x20 || (0x7F...0x9F).contains(value)
    }
  }

  /// Every string of the model, the page's source and warnings included.
  static func modelStrings(_ page: Page) -> [String] {
    var strings = [page.source, page.encoding] + page.warnings
    strings += (page.banner.map { [$0] } ?? []) + page.furniture
    for section in page.sections {
      strings += section.name.map { [$0] } ?? []
      for article in section.articles {
        strings += article.fields.compactMap { article.text(of: $0) }
        if let byline = article.byline {
          strings += byline.names + [byline.agency, byline.place, byline.date].compactMap { $0 }
        }
      }
    }
    return strings
  }

  // MARK: Inputs

  static func input(_ source: Source, _ rng: inout SeededGenerator) -> [UInt8] {
    let length = Int.random(in: 0...maxLength, using: &rng)
    switch source {
    case .bytes:
      return (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
    case .utf8:
      var text = String.UnicodeScalarView()
      for _ in 0..<length { text.append(randomScalar(&rng)) }
      return Array(String(text).utf8)
    case .gb18030:
      return gb18030ish(length, &rng)
    case .vocabulary:
      let text = (0..<length / 3).map { _ in vocabulary.randomElement(using: &rng)! }.joined()
      switch Int.random(in: 0..<10, using: &rng) {
      case 0: return utf16(text, bigEndian: false, &rng)
      case 1: return utf16(text, bigEndian: true, &rng)
      case 2: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
      default: return Array(text.utf8)
      }
    }
  }

  /// Any scalar, weighted towards the interesting ranges.
  static func randomScalar(_ rng: inout SeededGenerator) -> Unicode.Scalar {
    let value: UInt32
    switch Int.random(in: 0..<10, using: &rng) {
    case 0: value = UInt32.random(in: 1...0x1F, using: &rng)  // C0 (NUL: `bytes` has plenty)
    case 1: value = UInt32.random(in: 0x7F...0x9F, using: &rng)  // DEL, C1
    case 2, 3: value = UInt32.random(in: 0x20...0x7E, using: &rng)
    case 4, 5: value = UInt32.random(in: 0x4E00...0x9FFF, using: &rng)
    case 6: value = UInt32.random(in: 0x3000...0x303F, using: &rng)
    case 7: value = UInt32.random(in: 0x300...0x36F, using: &rng)  // combining marks
    case 8: value = UInt32.random(in: 0xA0...0xFFFF, using: &rng)
    default: value = UInt32.random(in: 0x10000...0x10FFFF, using: &rng)
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// Two-byte GB18030 pairs, some four-byte sequences, ASCII, line breaks, and damage.
  static func gb18030ish(_ length: Int, _ rng: inout SeededGenerator) -> [UInt8] {
    var bytes: [UInt8] = []
    while bytes.count < length {
      switch Int.random(in: 0..<20, using: &rng) {
      case 0..<12:
        bytes += [
          UInt8.random(in: 0x81...0xFE, using: &rng), UInt8.random(in: 0x40...0xFE, using: &rng),
        ]
      case 12:
        bytes += [
          UInt8.random(in: 0x81...0xFE, using: &rng), UInt8.random(in: 0x30...0x39, using: &rng),
          UInt8.random(in: 0x81...0xFE, using: &rng), UInt8.random(in: 0x30...0x39, using: &rng),
        ]
      case 13: bytes.append(UInt8.random(in: 0x80...0xFF, using: &rng))  // a lone lead byte
      case 14: bytes += [0x0A, 0xA1, 0xA1, 0xA1, 0xA1]  // a line indented by two U+3000
      case 15: bytes += [0x1B, 0x5B, 0x33, 0x31, 0x6D]  // ESC [ 3 1 m
      case 16: bytes += [0x0D, 0x0A]
      default: bytes.append(UInt8.random(in: 0x20...0x7E, using: &rng))
      }
    }
    return bytes
  }

  /// UTF-16 with a BOM, with now and then a lone surrogate unit.
  static func utf16(_ text: String, bigEndian: Bool, _ rng: inout SeededGenerator) -> [UInt8] {
    var units = Array(text.utf16)
    for _ in 0..<Int.random(in: 0...3, using: &rng) where !units.isEmpty {
      let at = Int.random(in: 0...units.count, using: &rng)
      units.insert(UInt16.random(in: 0xD800...0xDFFF, using: &rng), at: at)
    }
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in units {
      let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
      bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
  }

  /// Pieces of page text and of everything that should never reach a terminal.
  static let vocabulary: [String] = {
    let pageLines = SamplePage.text.split(separator: "\n").prefix(60).map { String($0) + "\n" }
    let pieces = [
      "本报讯", "本报海口7月22日讯 （记者 张三）", "记者 李四 通讯员 王五\n", "（本报北京7月22日电）\n",
      "文/李四 图/王五", "上接第1版\n", "（A04）\n", "核心阅读\n", "广告\n", "图为", " 摄\n", "（资料片）",
      "京", "沪", "甲", "乙", "，", "。", "、", "：", "！", "？", "“", "”", "（", "）", "《", "》", "——",
      "……", "·", "1215", "3.5", "12.5%", "2023年", "http://example.com/a?b=c&d", "Dubao", "WTO",
      "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\t", "\u{3000}\u{3000}", " ", "\u{A0}", "\u{2028}",
      "\u{85}", "\u{7}", "\u{8}", "\u{7F}", "\u{9B}31m", "\u{1B}", "\u{1B}[31m",
      "\u{1B}[2J", "\u{1B}]0;title\u{7}", "\u{1B}]8;;http://x\u{1B}\\", "\u{1B}P+q\u{1B}\\",
      "\u{1B}(B", "\u{1B}c", "\u{90}dcs\u{9C}", "\u{FFFD}", "e\u{301}", "\u{301}", "\u{301}\u{302}",
      "👩‍👩‍👧", "👍🏽", "🇨🇳", "1\u{FE0F}\u{20E3}", "\u{200D}", "\u{202E}", "\u{202D}", "\u{2066}",
      "\u{200B}", "\u{FEFF}", "\u{E000}", "\u{10FFFF}", "\u{E0001}", "ｶﾞ", "\u{1100}\u{1161}",
    ]
    return pageLines + pieces + pieces + pieces
  }()
}
