/// The role of one line of a heading run.
enum HeadingRole: String, Sendable {
  /// The slogan across the top of the page (通栏标语).
  case banner
  /// A column or section name (栏目).
  case column
  /// The line above the title (引题).
  case kicker
  /// The main title (主题).
  case title
  /// The line below the title (副题).
  case subtitle
  /// A subhead inside the open article (小标题).
  case subhead
}

/// Where a heading run stands on the page, for deciding its lines' roles.
struct HeadingContext: Sendable {
  /// Nothing of the page has been read yet: no banner, section or article.
  var atPageStart: Bool
  /// The page has furniture (a masthead, a date line) above this run.
  var belowFurniture: Bool
  /// A site's metadata follows the run: it is one article's headings, with no banner.
  var titledByMetadata = false
}

/// Decides the roles of a heading run's lines as a pure function of the run and its context.
enum HeadingRoles {
  /// The roles of a run that titles a new article: an optional banner and column name, then
  /// kickers, the title and a subtitle.
  static func article(_ run: [Unit], context: HeadingContext) -> [HeadingRole] {
    var roles: [HeadingRole] = []
    var rest = run[...]
    if context.atPageStart, !context.titledByMetadata,
      run.count >= 3 || isFrontPageSlogan(run, context: context)
    {
      roles.append(.banner)
      rest = rest.dropFirst()
    }
    if rest.count >= 2, let first = rest.first, !rest[rest.startIndex + 1].dashLed,
      TextEvidence.isAtMost(first.text, ParserLimits.columnNameLength),
      first.line.blankLinesAfter > 0
    {
      roles.append(.column)
      rest = rest.dropFirst()
    }
    switch rest.count {
    case 0: break
    case 1: roles.append(.title)
    case 2 where rest[rest.startIndex + 1].dashLed: roles += [.title, .subtitle]
    case 2: roles += [.kicker, .title]
    default: roles += Array(repeating: .kicker, count: rest.count - 2) + [.title, .subtitle]
    }
    return roles
  }

  /// The roles of a feature printed as headings, kicker, deck, title run: above the kicker,
  /// the banner (at the page's start, when two or more lines stand there), more kickers, then
  /// the column name; under the deck, the title and subtitles.
  static func feature(before: [Unit], titleRun: [Unit], context: HeadingContext) -> (
    before: [HeadingRole], titleRun: [HeadingRole]
  ) {
    var above: [HeadingRole] = Array(repeating: .kicker, count: before.count)
    if let last = above.indices.last { above[last] = .column }
    if context.atPageStart, before.count >= 2 { above[0] = .banner }
    let under = [.title] + Array(repeating: HeadingRole.subtitle, count: titleRun.count - 1)
    return (above, under)
  }

  /// True when the page's first two headings are a slogan and a title under a masthead: a
  /// front page's banner is two long phrases set apart by a space.
  private static func isFrontPageSlogan(_ run: [Unit], context: HeadingContext) -> Bool {
    guard run.count == 2, context.belowFurniture else { return false }
    return run[0].text.includes(" ")
      && TextEvidence.length(run[0].text) >= ParserLimits.sloganLength
  }
}
