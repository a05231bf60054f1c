/// The text parser's rules applied to an article that geometry has cut out: its body is
/// given to `PageParser` as a clean page text (the title, a blank line, one indented line per
/// paragraph), so bylines, datelines, subheads, leads, notes, source credits and metadata are
/// read as on a text page. Geometry keeps what it knows better: where the article starts
/// and ends, its kicker, title and subtitle by size, its captions, and where its paragraphs
/// end (indents): a block the parser mended across a paragraph end is cut there again. The
/// parser's reading is taken only when it keeps every character of the body exactly once.
enum PDFArticleParsing {
  /// `article` with its body read by the parser, and the lines the parser took for page
  /// furniture (an editors' credit); the article unchanged when the parser's reading would
  /// lose or add text.
  static func parsed(_ article: Article) -> (article: Article, furniture: [String]) {
    let body = article.blocks.filter { $0.kind == .paragraph }
    guard !body.isEmpty else { return (article, []) }
    let title = article.title.isEmpty ? "无题" : article.title
    let text = ([title] + body.map { "\u{3000}\u{3000}" + $0.text }).joined(separator: "\n\n")
    let page = PageParser.parse(text + "\n", source: "")
    guard let first = page.articles.first, squeezed(first.title) == squeezed(title) else {
      return (article, [])
    }
    var blocks: [Block] = []
    var result = article
    result.byline = first.byline
    result.continues = page.articles.last?.continues ?? false
    result.continuedTo = page.articles.last?.continuedTo
    result.continuedFrom = first.continuedFrom
    result.sourceCredit = first.sourceCredit
    result.metadata = first.metadata
    for (index, parsed) in page.articles.enumerated() {
      // The parser saw a new article where geometry sees none: its headings are subheads.
      if index > 0 {
        for heading in [parsed.kicker, parsed.title, parsed.subtitle].compactMap({ $0 })
        where !heading.isEmpty {
          blocks.append(Block(.subheading, heading))
        }
        var rest = parsed.blocks[...]
        // A dateline the parser took from the start of a paragraph goes back into it.
        if let byline = parsed.byline {
          if let first = rest.first, first.kind == .paragraph {
            blocks.append(Block(.paragraph, byline.text + first.text))
            rest = rest.dropFirst()
          } else {
            blocks.append(Block(.paragraph, byline.text))
          }
        }
        blocks += parsed.metadata.map { Block(.note, $0) }
        blocks += rest
        if let credit = parsed.sourceCredit { blocks.append(Block(.note, credit)) }
        continue
      }
      blocks += parsed.blocks
    }
    let kept =
      [page.banner, first.kicker, first.subtitle, result.byline?.text, result.sourceCredit]
      .compactMap { $0 } + page.furniture + result.metadata + blocks.map(\.text)
      + page.sections.compactMap(\.name)
    guard scalarCounts(kept) == scalarCounts(body.map(\.text)) else { return (article, []) }
    if let subtitle = first.subtitle { blocks.insert(Block(.subheading, subtitle), at: 0) }
    if let kicker = first.kicker { blocks.insert(Block(.subheading, kicker), at: 0) }
    blocks = cut(blocks, atEndsOf: body.map(\.text))
    result.blocks = withCaptions(of: article.blocks, in: blocks)
    return (result, page.furniture)
  }

  /// `blocks` cut wherever one runs past the end of a paragraph of `paragraphs`: where the
  /// block has a paragraph's last characters followed by a later paragraph's first ones
  /// (also when the parser dropped a byline or metadata line between the two).
  static func cut(_ blocks: [Block], atEndsOf paragraphs: [String]) -> [Block] {
    let texts = paragraphs.map { Array(squeezed($0).unicodeScalars) }
    let heads = texts.map { Array($0.prefix(12)) }
    let tails = texts.map { Array($0.suffix(12)) }
    return blocks.flatMap { block -> [Block] in
      let scalars = Array(squeezed(block.text).unicodeScalars)
      if texts.contains(where: { contains($0, scalars) }) { return [block] }
      var cuts = Set<Int>()
      for (index, tail) in tails.enumerated() {
        for end in ends(of: tail, in: scalars) where end < scalars.count {
          let rest = scalars[end...]
          if heads[(index + 1)...].contains(where: { !$0.isEmpty && rest.starts(with: $0) }) {
            cuts.insert(end)
          }
        }
      }
      return pieces(of: block.text, at: cuts.sorted()).map { Block(block.kind, $0) }
    }
  }

  /// The offsets just past each occurrence of `needle` in `haystack`.
  private static func ends(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
    guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
    return (0...(haystack.count - needle.count)).filter {
      haystack[$0] == needle[0] && haystack[$0..<($0 + needle.count)].elementsEqual(needle)
    }.map { $0 + needle.count }
  }

  private static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
    needle.isEmpty || !ends(of: needle, in: haystack).isEmpty
  }

  /// `text` split after the given counts of non-whitespace scalars.
  private static func pieces(of text: String, at cuts: [Int]) -> [String] {
    guard !cuts.isEmpty else { return [text] }
    var pieces: [String] = []
    var current = String.UnicodeScalarView()
    var count = 0
    var remaining = cuts[...]
    for scalar in text.unicodeScalars {
      if let next = remaining.first, count == next, !scalar.properties.isWhitespace {
        pieces.append(String(current))
        current = String.UnicodeScalarView()
        remaining = remaining.dropFirst()
      }
      current.append(scalar)
      if !scalar.properties.isWhitespace { count += 1 }
    }
    pieces.append(String(current))
    return pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// `blocks` with the captions of `original` put back after the block that holds the end
  /// of the paragraph they followed.
  static func withCaptions(of original: [Block], in blocks: [Block]) -> [Block] {
    var result = blocks
    var paragraph: String?
    var insertions = 0
    for block in original {
      if block.kind == .paragraph {
        paragraph = squeezed(block.text)
        continue
      }
      guard block.kind == .caption else { continue }
      let after = paragraph.flatMap { text in
        result.lastIndex { $0.kind != .caption && text.hasSuffix(squeezed($0.text)) }
      }
      result.insert(block, at: after.map { $0 + 1 } ?? min(insertions, result.count))
      insertions += 1
    }
    return result
  }

  private static func squeezed(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
  }

  private static func scalarCounts(_ texts: [String]) -> [Unicode.Scalar: Int] {
    var counts: [Unicode.Scalar: Int] = [:]
    for text in texts {
      for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
        counts[scalar, default: 0] += 1
      }
    }
    return counts
  }
}
