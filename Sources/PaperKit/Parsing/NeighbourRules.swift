/// A rule that corrects lines from the lines around them, after every line has its own
/// reading. The rules run in order over the whole page; each records its name on the lines it
/// changes.
struct NeighbourRule: Sendable {
  /// The rule's name, as `dubao --explain` and docs/format.md print it.
  let name: String
  /// What the rule recognises, in a few words.
  let summary: String
  /// Corrects the units in place, recording `name` on each one it changes; the page's
  /// statistics it needs are decided once (`PageStatistics`).
  let apply: @Sendable (inout [Unit], inout PageStatistics) -> Void

  /// A rule that needs the page's statistics.
  init(
    name: String, summary: String,
    apply: @escaping @Sendable (inout [Unit], inout PageStatistics) -> Void
  ) {
    self.name = name
    self.summary = summary
    self.apply = apply
  }

  /// A rule that reads only the lines around each line.
  init(name: String, summary: String, apply: @escaping @Sendable (inout [Unit]) -> Void) {
    self.init(name: name, summary: summary) { units, _ in apply(&units) }
  }

  /// The neighbour rules, in the order they run.
  static let all: [NeighbourRule] = [
    NeighbourRule(
      name: "site-title",
      summary:
        "an HTML title (`标题_网站名`, the suffix repeated or blank lines under it) and the lines above it",
      apply: markSiteTitles),
    NeighbourRule(
      name: "repeated-metadata",
      summary: "a short line with numbers, of one shape, under three or more titles of the page",
      apply: markRepeatedMetadata),
    NeighbourRule(
      name: "cut-byline",
      summary:
        "a line that opens with a byline cut by a column break (`本报海口7月22日讯（海南`) and the line it goes on in",
      apply: mendCutBylines),
    NeighbourRule(
      name: "narrow-column-run",
      summary: "five or more headings in a row are a narrow column's lines: body",
      apply: demoteColumnLines),
    NeighbourRule(
      name: "masthead-above-furniture",
      summary: "a short first line right above the date line is the paper's name",
      apply: markMasthead),
    NeighbourRule(
      name: "bare-author",
      summary: "a spread or box-marked name between a title and its text is the byline",
      apply: markBareAuthors),
    NeighbourRule(
      name: "signature-after-text",
      summary: "a bare name after a finished paragraph, at an article's end, signs the article",
      apply: markSignatures),
    NeighbourRule(
      name: "author-after-metadata",
      summary: "a bare 2–4-character name between a title's metadata and the text is the author",
      apply: markAuthorsAfterMetadata),
    NeighbourRule(
      name: "long-title",
      summary:
        "a line up to 50 characters that ends no sentence, above a byline or metadata, is a title",
      apply: markLongTitles),
    NeighbourRule(
      name: "quoted-kicker",
      summary: "a quotation set right above a title, no text before it, is the kicker",
      apply: markQuotedKickers),
    NeighbourRule(
      name: "subhead-second-line",
      summary:
        "a short unfinished line between a subhead and another heading, inside an article, is the subhead's second line",
      apply: markSubheadSecondLines),
    NeighbourRule(
      name: "caption-before-credit",
      summary:
        "a short text between a title and a photographer's credit, the item's end after it, is the photo's caption",
      apply: markCaptionsBeforeCredits),
    NeighbourRule(
      name: "caption-after-credit",
      summary: "one short sentence after a photo credit, at an article's end, is its caption",
      apply: markCaptionsAfterCredits),
    NeighbourRule(
      name: "text-after-byline",
      summary: "a short line after a byline that no text follows is the body cut short",
      apply: markTextAfterByline),
    NeighbourRule(
      name: "trailer-in-parentheses",
      summary: "a line in parentheses after a finished paragraph is a trailer: （李文）, （完）",
      apply: markTrailers),
    NeighbourRule(
      name: "cut-paragraph-half",
      summary:
        "a heading with an open bracket or quote, or, where column cuts are common, a pause, above body: a cut paragraph's first half",
      apply: markCutHalves),
    NeighbourRule(
      name: "cut-paragraph",
      summary: "a short line inside a cut paragraph: its first half, or a caption placed there",
      apply: markCutParagraphs),
  ]
}
