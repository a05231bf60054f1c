/// The parser's thresholds in one place. Every length is `TextEvidence.length`: characters
/// not counting spaces.
enum ParserLimits {
  /// The longest heading on a page whose paragraphs are not marked by indentation.
  static let headingLength = 34
  /// The longest heading with a pause in it.
  static let headingWithPauseLength = 20
  /// The longest question or exclamation that can still be a heading.
  static let questionHeadingLength = 20
  /// The longest indented subhead on a page whose paragraphs are indented.
  static let indentedSubheadLength = 20
  /// The longest unindented heading on a page whose paragraphs are indented.
  static let unindentedHeadingLength = 40
  /// The longest caption read from its neighbours, and the longest marked by `摄` alone.
  static let captionLength = 40
  /// The longest `…摄` caption written without a space before 摄.
  static let compactCreditLength = 24
  /// The longest masthead (the paper's name).
  static let mastheadLength = 8
  /// The longest line of page furniture.
  static let furnitureLength = 60
  /// The longest note (上接/下转 markers, page references, box heads).
  static let noteLength = 20
  /// The longest dateline on its own line.
  static let datelineLength = 30
  /// The longest byline on its own line.
  static let bylineLength = 60
  /// The longest column name above a title.
  static let columnNameLength = 12
  /// The shortest front-page slogan (banner) above a title.
  static let sloganLength = 14
  /// The shortest run of headings that is a narrow column's text instead.
  static let narrowColumnRun = 5
  /// The longest sentence fragment that shows a line to be the second half of a cut paragraph.
  static let sentenceFragmentLength = 6
  /// The longest unnamed commentator's byline (本报评论员).
  static let commentatorLength = 10
}

extension ParserLimits {
  /// The longest site metadata line (`（ 2026-05-06 ） 稿件来源：某某报 某版`).
  static let metadataLength = 64
  /// The longest source credit after 据 / 综合 (`据央视新闻`, `综合新华社、央视新闻`).
  static let sourceCreditLength = 24
  /// The longest title that punctuation would otherwise call body text.
  static let longTitleLength = 50
  /// The longest parenthesized trailer glued after a paragraph (`（记者 田甜）`).
  static let trailerLength = 24
  /// The longest caption text of a photo item (a title, the caption, the photographer).
  static let photoCaptionLength = 150
  /// The longest second line of a two-line subhead.
  static let subheadLineLength = 30
  /// The most paragraphs a summary set apart before the text may have.
  static let summaryParagraphs = 3
  /// The most blank lines under an HTML title line before the page's own text.
  static let siteTitleGap = 10
}
