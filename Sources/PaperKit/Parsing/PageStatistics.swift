/// What the parser learns from a page as a whole — its shape and what repeats on it. Each
/// figure is decided the first time a rule asks and kept: a large text read in parts reads
/// every later part by what its first part showed, so that articles already shown never
/// change their reading.
struct PageStatistics: Sendable {
  /// Indentation, blank-line gaps and spacers (decided from the lines before any rule).
  var shape: PageShape?
  /// Site names that end HTML-title lines (`标题_都市快报`), with how many lines end with each.
  var siteSuffixes: [Substring: Int]?
  /// Site names that lead headings (`南湖晨报数字报-第A08版：…`), with how many lead each.
  var sitePrefixes: [Substring: Int]?
  /// The shapes of short lines with numbers under titles, with how many titles each stands under.
  var metadataShapes: [String: Int]?
  /// The names the page's bylines print. Unlike the figures above it grows as parts are
  /// read: a later part may add names, which only its own headings are checked against.
  var bylineNames: Set<String> = []
  /// The page's paragraphs are often cut by column breaks (`NeighbourRule.columnCutsAreCommon`).
  var cutsAreCommon: Bool?
  /// The page's titles carry metadata or a byline line under them (`PageAssembler`).
  var titlesCarrySigns: Bool?
  /// The page's clear titles stand apart from the text above them (`PageAssembler`).
  var titlesStandApart: Bool?

  /// The figure at `key`: the one kept, or `compute()`'s, kept from now on.
  mutating func decided<Value>(
    _ key: WritableKeyPath<PageStatistics, Value?>, by compute: () -> Value
  ) -> Value {
    if let known = self[keyPath: key] { return known }
    let value = compute()
    self[keyPath: key] = value
    return value
  }
}
