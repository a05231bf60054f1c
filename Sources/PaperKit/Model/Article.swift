/// One article: its headings, its byline and its body blocks.
public struct Article: Codable, Sendable, Equatable {
  /// The line above the title (引题), if any.
  public var kicker: String?
  /// The main title (主题). Empty only for a body that starts the page with no heading.
  public var title: String
  /// The line below the title (副题), if any.
  public var subtitle: String?
  /// Who wrote it and where, if the page says.
  public var byline: Byline?
  /// The body: lead, paragraphs, subheads, captions and notes in reading order.
  public var blocks: [Block]
  /// True when the text ends mid-sentence at the end of the page (continued elsewhere).
  public var continues: Bool
  /// The page the article goes on to (`下转第6版` → `6`, `（下转A04版）` → `A04`), if printed.
  public var continuedTo: String?
  /// The page the article comes from (`上接A01版` → `A01`) when it is a continuation.
  public var continuedFrom: String?
  /// The page a front-page teaser (导读) points to (`A03`), when the item is only a teaser.
  public var teaserFor: String?
  /// Where the other part of a continued article is among the pages read together (page and
  /// article index, from 0), when that page is open; set by `ContinuationLinks.linked`.
  public var continuation: ArticleLocation?
  /// The source credit that ends a wire or reprinted story (`据新华社`, `综合央视新闻`), if any.
  public var sourceCredit: String?
  /// Site metadata printed with the article (`2026-03-15`, `稿件来源：…`, `字数 1234字`).
  public var metadata: [String] = []

  /// Creates an article.
  public init(
    kicker: String? = nil, title: String, subtitle: String? = nil, byline: Byline? = nil,
    blocks: [Block] = [], continues: Bool = false
  ) {
    self.kicker = kicker
    self.title = title
    self.subtitle = subtitle
    self.byline = byline
    self.blocks = blocks
    self.continues = continues
  }

  /// The number of `paragraph` blocks.
  public var paragraphCount: Int { blocks.count { $0.kind == .paragraph } }
}

/// A piece of an article's body.
public struct Block: Codable, Sendable, Equatable {
  /// What the block is.
  public enum Kind: String, Codable, Sendable, CaseIterable {
    /// A summary paragraph printed before or under the title (导语, deck, 核心阅读 text).
    case lead
    /// An ordinary body paragraph.
    case paragraph
    /// A subhead (小标题) inside the article.
    case subheading
    /// A photo caption or photo credit.
    case caption
    /// Page furniture inside the article: 上接/下转 markers, （A04）, 广告, box heads such as 核心阅读.
    case note
  }

  /// What the block is.
  public var kind: Kind
  /// The block's text, on one line, with column-break cuts mended.
  public var text: String

  /// Creates a block.
  public init(_ kind: Kind, _ text: String) {
    self.kind = kind
    self.text = text
  }
}
