/// An article as a person lists it for a page: its printed heading lines and, where given,
/// its paragraph count, reporters and whether it runs on to another page. In a truth file it
/// is either a list of heading lines or an object with `headings`, `paragraphs`, `reporters`,
/// `continues`.
public struct ExpectedArticle: Decodable, Sendable, Equatable {
  /// The printed heading lines (kicker, title, subtitle), in order.
  public var headings: [String]
  /// The number of body paragraphs, column-cut halves counted once.
  public var paragraphs: Int?
  /// The people the byline names as reporters or authors.
  public var reporters: [String]?
  /// The article runs on to another page.
  public var continues: Bool?

  /// Creates an expected article.
  public init(
    headings: [String], paragraphs: Int? = nil, reporters: [String]? = nil, continues: Bool? = nil
  ) {
    self.headings = headings
    self.paragraphs = paragraphs
    self.reporters = reporters
    self.continues = continues
  }

  private enum CodingKeys: String, CodingKey { case headings, paragraphs, reporters, continues }

  /// Decodes either form.
  public init(from decoder: any Decoder) throws {
    if let list = try? decoder.singleValueContainer().decode([String].self) {
      self.init(headings: list)
      return
    }
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      headings: try container.decode([String].self, forKey: .headings),
      paragraphs: try container.decodeIfPresent(Int.self, forKey: .paragraphs),
      reporters: try container.decodeIfPresent([String].self, forKey: .reporters),
      continues: try container.decodeIfPresent(Bool.self, forKey: .continues))
  }
}
