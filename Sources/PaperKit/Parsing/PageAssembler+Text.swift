/// How the assembler files what is not a heading: body text with what is glued to it, bylines,
/// datelines, notes, trailers, metadata and source credits.
extension PageAssembler {
  mutating func addNote(_ unit: Unit) {
    append(Block(.note, unit.text), isBoxHead: unit.isBoxHead)
    switch unit.noteRole {
    case .forward(let page):
      forwarded = true
      article?.continuedTo = page
    case .backward(let page): article?.continuedFrom = page
    case .pageReference(let page) where !hasParagraph: article?.teaserFor = page
    case .trailer:
      ended = true
      // Printed once: as the byline when it is one, else as the note just added.
      if signArticle(withTrailer: unit.text) { article?.blocks.removeLast() }
    default: break
    }
  }

  /// A trailer on its own line that names people signs the article: `（本报记者 方 雯）` is its
  /// byline when it has none; `（参与记者：王一帆 张岚）` adds reporters to the one it has.
  /// Gives a byline that names no one (`本报讯`) the people another line names.
  mutating func fillPeople(from people: Byline) {
    article?.byline?.authors = people.authors
    article?.byline?.reporters = people.reporters
    article?.byline?.correspondents = people.correspondents
    article?.byline?.photographers = people.photographers
    article?.byline?.interns = people.interns
  }

  /// Returns true when the trailer became the byline.
  mutating func signArticle(withTrailer trailer: String) -> Bool {
    let inner = String(trailer.dropFirst().dropLast()).trimmingSpaces
    if article?.byline == nil, var byline = BylineParser.ownLine(inner) {
      byline.text = trailer
      article?.byline = byline
      return true
    }
    // `本报讯` above, `（本报记者 方 雯）` below: the trailer names whom the byline did not.
    if article?.byline?.names.isEmpty == true, let people = BylineParser.ownLine(inner) {
      fillPeople(from: people)
      return false
    }
    guard let colon = inner.firstIndex(where: { $0 == "：" || $0 == ":" }),
      inner[..<colon].hasSuffix("记者") || inner[..<colon].hasSuffix("記者")
    else { return false }
    var people = Byline(text: trailer)
    BylineParser.assignPeople(in: String(inner[inner.index(after: colon)...]), to: &people)
    guard var byline = article?.byline else {
      article?.byline = people
      return true
    }
    byline.reporters += people.names
    article?.byline = byline
    return false
  }

  mutating func addMetadata(_ unit: Unit) {
    guard article != nil else {
      furniture.append(unit.text)
      return
    }
    guard !unit.metadataAuthors.isEmpty else {
      article?.metadata.append(unit.text)
      return
    }
    if article?.byline == nil {
      // The line names the authors: it is the byline as printed, until a printed byline comes.
      var byline = Byline(text: unit.text)
      byline.authors = unit.metadataAuthors
      article?.byline = byline
      bylineFromMetadata = true
    } else {
      article?.metadata.append(unit.text)
      article?.byline?.authors += unit.metadataAuthors
    }
  }

  /// A parenthesized trailer after the last sentence: `（据新华社）` is the source, `（记者 田甜）`
  /// the byline, anything else (`（交运 宣）`) a note; each ends the article.
  mutating func addTrailer(_ trailer: String) {
    let inner = String(trailer.dropFirst().dropLast()).trimmingSpaces
    if SiteEvidence.isSourceCredit(inner) {
      addSourceCredit(trailer)
      return
    }
    // `…。（马丽娟）`: a brief signed with a bare name (two or three characters: four are as
    // often an organisation's short name).
    if article?.byline == nil, TextEvidence.isAtMost(inner, 3),
      var signature = BylineParser.nameLine(inner, plainNameAllowed: true)
    {
      signature.text = trailer
      article?.byline = signature
      ended = true
      return
    }
    // Printed once: as the byline when it is one, else as a note.
    append(Block(.note, trailer))
    if signArticle(withTrailer: trailer) { article?.blocks.removeLast() }
    ended = true
  }

  mutating func addSourceCredit(_ text: String) {
    if article == nil { openArticle(Article(title: ""), column: nil) }
    if article?.sourceCredit == nil {
      article?.sourceCredit = text
    } else {
      append(Block(.note, text))
    }
    ended = true
  }

  mutating func addBody(_ unit: Unit, textFollows: Bool = false) {
    var text = unit.text
    if unit.bulleted, article == nil || hasParagraph || article?.byline != nil {
      openArticle(Article(title: ""), column: nil)
    }
    if let (head, rest) = unit.leadingBoxHead {
      // `编者按 预付式消费…`: a box head run into its text, which is the box's summary.
      append(Block(.note, head), isBoxHead: true)
      if !rest.isEmpty { append(Block(.lead, rest)) }
      return
    }
    if let backward = unit.leadingBackward {
      // `（上接第一版）…`: a continuation, under its repeated title or with none.
      if article == nil || hasParagraph || (article?.byline != nil && !bylineFromMetadata) {
        openArticle(Article(title: ""), column: nil)
      }
      append(Block(.note, backward.marker))
      article?.continuedFrom = backward.page
      text = backward.rest
      if text.isEmpty { return }
      append(Block(.paragraph, text))
      return
    }
    if let (byline, rest) = unit.inlineByline {
      if article == nil || (article?.byline != nil && !bylineFromMetadata) || hasParagraph {
        openArticle(Article(title: ""), column: nil)
      }
      var byline = byline
      if bylineFromMetadata, let named = article?.byline {
        article?.metadata.append(named.text)
        // `本报讯 …` names no one: the metadata's authors stay the article's.
        if byline.names.isEmpty { byline.authors = named.authors }
      }
      bylineFromMetadata = false
      article?.byline = byline
      text = rest
      // A wire story that prints its title after the dateline, in place of a heading.
      if article?.title.isEmpty == true, let wire = unit.wireTitle {
        article?.byline?.text += " " + wire.label  // as printed, so that nothing is lost
        article?.title = wire.title
        article?.subtitle = wire.subtitle
        return
      }
    }
    if let (credit, rest) = unit.trailingByline, article?.byline == nil {
      if article == nil { openArticle(Article(title: ""), column: nil) }
      article?.byline = credit
      text = rest
    }
    var credit: String?
    if let (source, rest) = unit.trailingSourceCredit, rest.count < text.count {
      credit = source
      text = rest
    }
    let forward = unit.trailingForward.flatMap { $0.rest.count < text.count ? $0 : nil }
    if let forward { text = forward.rest }
    let dateline = unit.trailingDateline.flatMap { $0.rest.count < text.count ? $0 : nil }
    if let dateline { text = dateline.rest }
    let trailer = unit.trailingTrailer.flatMap { $0.rest.count < text.count ? $0.trailer : nil }
    if let trailer { text = String(text.dropLast(trailer.count)) }
    if !text.isEmpty {
      // The paragraph right after a 核心阅读-style box head is the box's summary.
      append(Block(afterBoxHead ? .lead : .paragraph, text))
      // A spacer line with the text going on under it sets a summary apart.
      if unit.line.spacerAfter, shape.spacersSetApart, textFollows { markSummary() }
    }
    if let credit { addSourceCredit(credit) }
    if let dateline {
      addDateline(dateline.dateline)
      ended = true
    }
    if let trailer { addTrailer(trailer) }
    if let forward {
      append(Block(.note, forward.marker))
      forwarded = true
      article?.continuedTo = forward.page
    }
  }

  /// The article's first paragraphs, set apart from the rest by a line of only spaces, are its
  /// summary (a deck of one to three paragraphs before the text).
  mutating func markSummary() {
    guard let blocks = article?.blocks, blocks.count <= ParserLimits.summaryParagraphs,
      blocks.allSatisfy({ $0.kind == .paragraph })
    else { return }
    article?.blocks = blocks.map { Block(.lead, $0.text) }
    hasParagraph = false
  }

  mutating func addByline(_ byline: Byline) {
    if article == nil { openArticle(Article(title: ""), column: nil) }
    if bylineFromMetadata, let metadataLine = article?.byline?.text {
      // The printed byline takes the place of the authors a metadata line named.
      article?.metadata.append(metadataLine)
      article?.byline = byline
      bylineFromMetadata = false
      return
    }
    if article?.byline != nil, !hasParagraph {
      // Two byline lines in a row are one byline (extended in place: a run of thousands of
      // byline lines must not copy the growing text each time).
      article?.byline?.text += " " + byline.text
      article?.byline?.reporters += byline.reporters
      article?.byline?.correspondents += byline.correspondents
      article?.byline?.photographers += byline.photographers
      article?.byline?.interns += byline.interns
    } else if article?.byline == nil {
      article?.byline = byline
    } else {
      append(Block(.note, byline.text))
    }
  }

  /// A dateline alone on its line: followed by text, it opens that text's article unless the
  /// open article has no text yet; otherwise it closes the open article.
  mutating func addBareDateline(_ dateline: Byline, at index: Int) {
    let next = index + 1 < units.count ? units[index + 1] : nil
    if next?.isBody == true, next?.inlineByline == nil, article == nil || hasParagraph || ended {
      openArticle(Article(title: ""), column: nil)
      article?.byline = dateline
      return
    }
    addDateline(dateline)
    if next?.isBody != true { ended = true }
  }

  mutating func addDateline(_ dateline: Byline) {
    if article == nil { openArticle(Article(title: ""), column: nil) }
    guard var byline = article?.byline else {
      article?.byline = dateline
      return
    }
    byline.agency = byline.agency ?? dateline.agency
    byline.place = byline.place ?? dateline.place
    byline.date = byline.date ?? dateline.date
    article?.byline = byline
    append(Block(.note, dateline.text))
  }

  /// True when the units after `index` (past other captions) begin a new article: a heading
  /// run that a byline follows.
  mutating func startsArticleSoon(after index: Int) -> Bool {
    // Every caption of a run looks past the same captions: find the run's end once.
    if captionRunEnd <= index {
      captionRunEnd = index + 1
      while captionRunEnd < units.count, case .caption = units[captionRunEnd].kind {
        captionRunEnd += 1
      }
    }
    let next = captionRunEnd
    guard next < units.count, units[next].isHeading else { return false }
    let end = runEnd(from: next)
    return end >= units.count || units[end].startsArticle
  }
}
