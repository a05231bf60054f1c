// libFuzzer target "search": SearchIndex.matches checked against a naive reference on any
// page and on queries cut from the page's own text or taken from the input (scripts/fuzz.sh).

/// One folded character of a field: the folded scalar and the original scalars it stands for
/// (a run of white space is one space standing for the whole run).
struct FoldedCharacter {
  var scalar: Unicode.Scalar
  var original: Range<Int>
}

/// `text` folded as docs/search.md says: width folding, case folding when `caseless`, and
/// every run of white space as one space.
func referenceFold(_ text: String, caseless: Bool) -> [FoldedCharacter] {
  var result: [FoldedCharacter] = []
  for (offset, scalar) in text.unicodeScalars.enumerated() {
    let folded = caseless ? SearchFolding.caselessFolded(scalar) : SearchFolding.widthFolded(scalar)
    if folded == " ", let last = result.last, last.scalar == " " {
      result[result.count - 1].original = last.original.lowerBound..<offset + 1
    } else {
      result.append(FoldedCharacter(scalar: folded, original: offset..<offset + 1))
    }
  }
  return result
}

/// The matches a plain scan finds: leftmost first, not overlapping, within one field.
func referenceMatches(of query: String, in page: Page) -> [PageMatch] {
  let caseless = !SearchFolding.isCaseSensitive(query)
  let needle = referenceFold(query, caseless: caseless).map(\.scalar)
  guard needle.contains(where: { $0 != " " }), !needle.contains("\u{0}") else { return [] }
  var matches: [PageMatch] = []
  for (index, article) in page.articles.enumerated() {
    for field in article.fields {
      let hay = referenceFold(article.text(of: field) ?? "", caseless: caseless)
      var start = 0
      while start + needle.count <= hay.count {
        if (0..<needle.count).allSatisfy({ hay[start + $0].scalar == needle[$0] }) {
          let range = hay[start].original.lowerBound..<hay[start + needle.count - 1].original
            .upperBound
          matches.append(PageMatch(article: index, field: field, range: range))
          start += needle.count
        } else {
          start += 1
        }
      }
    }
  }
  return matches
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearch(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let page = fuzzPage(bytes) else { return 0 }
  var random = InputRandom(bytes)
  let texts = page.articles.flatMap { article in article.fields.compactMap(article.text(of:)) }
  var queries = ["记者", "a", "A", " ", "\u{FFFD}", "１２", "12 "]
  for _ in 0..<6 where !texts.isEmpty {
    let scalars = Array(texts[random.next(texts.count)].unicodeScalars)
    guard !scalars.isEmpty else { continue }
    let start = random.next(scalars.count)
    let length = 1 + random.next(min(12, scalars.count - start))
    var query = String(String.UnicodeScalarView(scalars[start..<start + length]))
    if random.next(3) == 0 { query = query.uppercased() }
    queries.append(query)
  }
  if bytes.count > 4 {
    queries.append(String(decoding: bytes.suffix(1 + random.next(8)), as: UTF8.self))
  }
  let index = SearchIndex(page: page)
  for query in queries {
    let found = index.matches(of: query)
    require(found == referenceMatches(of: query, in: page), "matches differ for \(query.debugDescription)")
  }
  return 0
}
