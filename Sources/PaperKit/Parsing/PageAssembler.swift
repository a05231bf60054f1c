/// Builds the page structure — banner, sections, articles, blocks — from classified lines.
/// Structure only: what each line is was decided by the line and neighbour rules, and the
/// roles of heading lines by `HeadingRoles`.
struct PageAssembler {
  let units: [Unit]
  let shape: PageShape
  var banner: String?
  /// The page's own furniture lines, in page order.
  var furniture: [String] = []
  var sections: [Section] = []
  var article: Article?
  /// Captions and notes seen before the article they belong to.
  var pending: [Block] = []
  /// A layout break was seen since the last article started.
  var layoutBreak = false
  /// The open article has a paragraph (kept here: counting its blocks per line is quadratic).
  var hasParagraph = false
  /// The end of the run of captions last looked past by `startsArticleSoon`.
  var captionRunEnd = 0
  /// The open article ran on to another page (下转): headings after it open a new article.
  var forwarded = false
  /// The last block appended is a box head (核心阅读): the paragraph after it is a lead.
  var afterBoxHead = false
  /// The open article has printed its end: a trailer, a source credit, a closing dateline.
  var ended = false
  /// The open article's byline is only the authors a site's metadata names: the printed
  /// byline, when one comes, takes its place.
  var bylineFromMetadata = false
  /// The role given to each heading line, by unit index, for `dubao --explain`.
  var roles: [Int: HeadingRole] = [:]

  // What a text read in parts needs to know where its parts meet (`PagePartParser`).
  /// The unit being read.
  var cursor = 0
  /// The first unit read since the last article opened that belongs to the next one (a
  /// caption held for it, a column over briefs).
  var materialStart: Int?
  /// Where each article's own lines begin, by unit index, in the order the articles opened,
  /// and whether a box head came right before (its first paragraph is then a lead).
  var articleStarts: [(unit: Int, afterBoxHead: Bool)] = []
  /// The unit index of each furniture line.
  var furnitureUnits: [Int] = []
  /// The units where a layout break was seen.
  var layoutBreakUnits: [Int] = []
  /// Furniture stood above the first unit read (an earlier part of the text had some).
  var furnitureAbove = false

  /// The page's titles carry a sign of their own line under them — metadata or a byline
  /// line — at least twice: a heading run without one, inside a signed article, is a subhead.
  let titlesCarrySigns: Bool
  /// The page's clear titles (a byline follows them) mostly stand apart from the text above
  /// by more blank lines than its paragraphs: a heading set close to the text is a subhead.
  let titlesStandApart: Bool

  init(units: [Unit], statistics: inout PageStatistics) {
    self.units = units
    let shape = statistics.decided(\.shape) { PageShape(lines: units.map(\.line)) }
    self.shape = shape
    titlesCarrySigns = statistics.decided(\.titlesCarrySigns) {
      var signed = 0
      for index in units.indices.dropLast() where units[index].isHeading {
        switch units[index + 1].kind {
        case .metadata, .byline: signed += 1
        default: break
        }
      }
      return signed >= 2
    }
    titlesStandApart = statistics.decided(\.titlesStandApart) {
      var clear = 0
      var apart = 0
      var start = 1
      while start < units.count {
        guard units[start].isHeading, !units[start - 1].isHeading else {
          start += 1
          continue
        }
        var end = start
        while end < units.count, units[end].isHeading { end += 1 }
        if end < units.count, units[end].startsArticle {
          clear += 1
          if units[start].line.blankLinesBefore > shape.usualGap { apart += 1 }
        }
        start = end
      }
      return clear >= 2 && apart * 3 >= clear * 2
    }
  }

  /// Assembles the page's banner and sections, from unit `start` on (the units before it are
  /// only context: a text read in parts).
  mutating func assemble(from start: Int = 0) -> (
    banner: String?, sections: [Section], furniture: [String]
  ) {
    var index = start
    while index < units.count {
      let unit = units[index]
      cursor = index
      if shape.isLayoutBreak(unit.line) {
        layoutBreak = true
        layoutBreakUnits.append(index)
      }
      switch unit.kind {
      case .heading:
        index = headings(at: index)
        continue
      case .body: addBody(unit, textFollows: index + 1 < units.count && units[index + 1].isBody)
      case .byline(let byline): addByline(byline)
      case .dateline(let dateline) where unit.bareDateline: addBareDateline(dateline, at: index)
      case .dateline(let dateline):
        addDateline(dateline)
        ended = true
      case .caption:
        if startsArticleSoon(after: index) || article == nil {
          holdForNextArticle(Block(.caption, unit.text), at: index)
        } else {
          append(Block(.caption, unit.text))
        }
      case .furniture:
        furniture.append(unit.text)
        furnitureUnits.append(index)
      case .metadata: addMetadata(unit)
      case .credit: addSourceCredit(unit.text)
      case .note: addNote(unit)
      }
      index += 1
    }
    finishArticle()
    cursor = units.count
    if !pending.isEmpty {
      openArticle(Article(title: ""), column: nil)
      finishArticle()
    }
    return (banner, sections, furniture)
  }

  // MARK: Articles and blocks

  mutating func openArticle(_ new: Article, column: String?) {
    finishArticle()
    if let column {
      sections.append(Section(name: column))
    } else if sections.isEmpty || (layoutBreak && sections[sections.count - 1].name != nil) {
      sections.append(Section(name: nil))
    }
    articleStarts.append((min(materialStart ?? cursor, cursor), afterBoxHead))
    materialStart = nil
    layoutBreak = false
    forwarded = false
    ended = false
    bylineFromMetadata = false
    hasParagraph = false
    article = new
    article?.blocks = pending
    pending = []
  }

  mutating func finishArticle() {
    guard var done = article else { return }
    ParagraphMender.mend(&done)
    // A `下转` marker says the text goes on, wherever the paragraph before it stopped.
    if done.continuedTo != nil || forwarded { done.continues = true }
    sections[sections.count - 1].articles.append(done)
    article = nil
  }

  /// Keeps `block` (unit `index`) for the article that opens next.
  mutating func holdForNextArticle(_ block: Block, at index: Int) {
    if materialStart == nil { materialStart = index }
    pending.append(block)
  }

  mutating func append(_ block: Block, isBoxHead: Bool = false) {
    if article == nil { openArticle(Article(title: ""), column: nil) }
    if block.kind == .paragraph { hasParagraph = true }
    article?.blocks.append(block)
    afterBoxHead = isBoxHead
  }

}

extension String {
  /// nil for the empty string.
  var nilIfEmpty: String? { isEmpty ? nil : self }
}
