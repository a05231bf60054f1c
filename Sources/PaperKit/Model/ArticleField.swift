/// Names one piece of an article's text, so that search matches and laid-out lines can point
/// back into the model. Ordered as an article reads: kicker, title, subtitle, byline, then the
/// blocks by index (the order of the cases below, which `Comparable` follows).
public enum ArticleField: Hashable, Sendable, Codable, Comparable {
  /// The kicker line (引题).
  case kicker
  /// The main title.
  case title
  /// The subtitle (副题).
  case subtitle
  /// The byline as printed.
  case byline
  /// The body block at this index of `Article.blocks`.
  case block(Int)
}

extension Article {
  /// The fields this article has, in reading (and display) order.
  public var fields: [ArticleField] {
    var result: [ArticleField] = []
    if kicker != nil { result.append(.kicker) }
    result.append(.title)
    if subtitle != nil { result.append(.subtitle) }
    if byline != nil { result.append(.byline) }
    result += blocks.indices.map { .block($0) }
    return result
  }

  /// The text of one field, or nil where the article lacks it.
  public func text(of field: ArticleField) -> String? {
    switch field {
    case .kicker: return kicker
    case .title: return title
    case .subtitle: return subtitle
    case .byline: return byline?.text
    case .block(let index): return blocks.indices.contains(index) ? blocks[index].text : nil
    }
  }
}
