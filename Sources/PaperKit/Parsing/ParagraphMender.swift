/// Joins paragraphs that a column break cut in two, and marks articles that run off the page.
enum ParagraphMender {
  /// Mends `article`'s paragraphs in place and sets `continues`.
  ///
  /// A paragraph that does not end a sentence continues in the next paragraph, even past
  /// captions placed between the halves (they move after the mended paragraph), but never past
  /// a subhead, note or lead.
  static func mend(_ article: inout Article) {
    var blocks: [Block] = []
    var open: Int?  // index in `blocks` of a paragraph still waiting for its second half
    var held: [Block] = []  // captions met while waiting
    for block in article.blocks {
      switch block.kind {
      case .paragraph:
        if let index = open {
          join(block.text, onto: &blocks[index].text)
          blocks += held
          held = []
          open = TextEvidence.endsSentence(blocks[index].text) ? nil : index
          if open != nil, !blocks.isEmpty, index != blocks.count - 1 {
            open = nil  // captions were placed after it; start fresh
          }
        } else {
          blocks.append(block)
          open = TextEvidence.endsSentence(block.text) ? nil : blocks.count - 1
        }
      case .caption where open != nil:
        held.append(block)
      default:
        blocks += held
        held = []
        open = nil
        blocks.append(block)
      }
    }
    blocks += held
    article.blocks = blocks.map(cleanLayoutSpaces)
    let lastText = article.blocks.last { $0.kind == .paragraph || $0.kind == .lead }
    article.continues = lastText.map { !TextEvidence.endsSentence($0.text) } ?? false
  }

  /// Joins the second half of a paragraph onto the first, in place (a paragraph cut into
  /// thousands of lines stays linear): no space between Chinese text, one between Latin words.
  private static func join(_ second: String, onto first: inout String) {
    let latin = { (s: Unicode.Scalar) in
      s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s))
    }
    if let last = first.unicodeScalars.last, let next = second.unicodeScalars.first,
      latin(last) && latin(next)
    {
      first += " "
    }
    first += second
  }

  /// Removes the spaces that justified narrow-column type put between Chinese characters
  /// (`不 觉 中 ,新`) when a paragraph has several of them.
  private static func cleanLayoutSpaces(_ block: Block) -> Block {
    guard block.kind == .paragraph || block.kind == .lead else { return block }
    let scalars = Array(block.text.unicodeScalars)
    var drop: [Int] = []
    for index in scalars.indices.dropFirst().dropLast() where scalars[index] == " " {
      let before = scalars[index - 1]
      let after = scalars[index + 1]
      if (isWide(before) || isPunctuation(before)) && (isWide(after) || isPunctuation(after))
        && (isWide(before) || isWide(after))
      {
        drop.append(index)
      }
    }
    guard drop.count >= 3 else { return block }
    var kept = String.UnicodeScalarView()
    let skip = Set(drop)
    for (index, scalar) in scalars.enumerated() where !skip.contains(index) {
      kept.append(scalar)
    }
    return Block(block.kind, String(kept))
  }

  /// Half-width punctuation that narrow-column type uses in place of full-width (`,` `:`).
  private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    ",.:;!?".unicodeScalars.contains(scalar)
  }

  private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
      || (0x3000...0x303F).contains(scalar.value)
  }
}
