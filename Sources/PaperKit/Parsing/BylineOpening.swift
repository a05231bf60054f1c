/// Where the parts of a byline's opening stand in a text: `据新华社柏林10月13日电（记者 …）`,
/// `本报海口7月22日讯`, `【本报讯】`.
struct BylineOpening: Equatable {
  /// 据 or 據 before the agency (a story taken from the agency).
  var from: Range<String.Index>?
  /// The agency, ending in 报, 社, 网 or 台: 本报, 新华社, 【本报讯】's 本报.
  var agency: Range<String.Index>
  /// The place between the agency and the date (北京), perhaps empty.
  var place: Range<String.Index>
  /// `7月22日`.
  var date: Range<String.Index>?
  /// 讯 or 电 (nil for `【…讯】`, whose word is part of the brackets).
  var kind: Range<String.Index>?
  /// The people in brackets after it: `（记者 张三）`.
  var people: Range<String.Index>?
  /// The whole opening.
  var range: Range<String.Index>
}

/// A hand-written matcher for the byline openings, giving the same answers as the regular
/// expressions in `BylineParser` (which it replaces on the hot path: they built a typed
/// match for every line that might open with a byline):
///
///     (据|據)? [^\s，。（）“”]{1,8}? (报|報|社|网|網|台|臺) [^\s，。（）“”0-9０-９]{0,8}?
///     ([0-9０-９]{1,2}月[0-9０-９]{1,2}日)? (讯|訊|电|電) \s? ([（(][^（）()]{1,60}[）)])?
///
///     【 [^【】]{1,6}? (讯|訊) 】
///
/// It walks the text's scalars, trying the lazy and optional parts in the order a
/// backtracking regex does, so the first match it finds is the one the regex finds. It
/// reads plain scalars only (each one Character); a text with anything else where the
/// pattern could reach is left to the regex (`.undecided`).
struct BylineOpeningMatcher {
  /// The outcome of a match: found, not found, or left to the regular expression.
  enum Outcome {
    case matched(BylineOpening)
    case unmatched
    case undecided
  }

  /// The most scalars either pattern can read, with the one after its end that decides
  /// where that Character ends: 据 + 9 + 8 + 6 + 讯 + space + 62 of people, and one more.
  static let window = 89

  private let scalars: String.UnicodeScalarView
  private let end: String.Index
  /// Whether the match must reach the end of the text (`wholeMatch`) or may stop anywhere
  /// (`prefixMatch`).
  private let whole: Bool

  private init(_ text: String, whole: Bool) {
    scalars = text.unicodeScalars
    end = scalars.endIndex
    self.whole = whole
  }

  /// The wire or local-paper opening (`新华社北京7月22日电`) at the start of `text`, or
  /// filling all of it when `whole` is set.
  static func dateline(in text: String, whole: Bool) -> Outcome {
    guard isPlainWindow(text) else { return .undecided }
    return BylineOpeningMatcher(text, whole: whole).dateline().map(Outcome.matched) ?? .unmatched
  }

  /// The bracketed opening `【本报讯】` at the start of `text`.
  static func bracketed(in text: String) -> Outcome {
    guard isPlainWindow(text) else { return .undecided }
    return BylineOpeningMatcher(text, whole: false).bracketed().map(Outcome.matched) ?? .unmatched
  }

  /// True when every scalar the patterns may read is plain, so a scalar is a Character.
  private static func isPlainWindow(_ text: String) -> Bool {
    var count = 0
    for scalar in text.unicodeScalars {
      guard count < window else { return true }
      guard scalar.isPlain else { return false }
      count += 1
    }
    return true
  }

  // MARK: The steps of the dateline pattern

  private func dateline() -> BylineOpening? {
    let start = scalars.startIndex
    // (据|據)? is greedy: with it first, then without.
    if start < end, scalars[start] == "据" || scalars[start] == "據" {
      let afterFrom = scalars.index(after: start)
      if let found = agency(from: start..<afterFrom, at: afterFrom) { return found }
    }
    return agency(from: nil, at: start)
  }

  /// `[^\s，。（）“”]{1,8}?` then the agency's last word, shortest first.
  private func agency(from: Range<String.Index>?, at start: String.Index) -> BylineOpening? {
    var wordEnd = start
    for _ in 1...8 {
      guard wordEnd < end, !isBreak(scalars[wordEnd]) else { return nil }
      wordEnd = scalars.index(after: wordEnd)
      guard wordEnd < end, isAgencyEnd(scalars[wordEnd]) else { continue }
      let agencyEnd = scalars.index(after: wordEnd)
      let opening = BylineOpening(
        from: from, agency: start..<agencyEnd, place: agencyEnd..<agencyEnd,
        range: scalars.startIndex..<agencyEnd)
      if let found = place(after: opening) { return found }
    }
    return nil
  }

  /// `[^\s，。（）“”0-9０-９]{0,8}?` then an optional date and 讯 or 电, shortest place first.
  private func place(after opening: BylineOpening) -> BylineOpening? {
    var placeEnd = opening.agency.upperBound
    for length in 0...8 {
      if length > 0 {
        guard placeEnd < end, !isBreak(scalars[placeEnd]), !isDigit(scalars[placeEnd]) else {
          return nil
        }
        placeEnd = scalars.index(after: placeEnd)
      }
      // The date is greedy, but only one way of reading it can match here.
      let date = self.date(at: placeEnd)
      let kindStart = date?.upperBound ?? placeEnd
      guard kindStart < end, isKind(scalars[kindStart]) else { continue }
      var found = opening
      found.place = opening.agency.upperBound..<placeEnd
      found.date = date
      found.kind = kindStart..<scalars.index(after: kindStart)
      if let finished = people(after: found) { return finished }
    }
    return nil
  }

  /// `[0-9０-９]{1,2}月[0-9０-９]{1,2}日` at `start`.
  private func date(at start: String.Index) -> Range<String.Index>? {
    guard let month = digits(at: start), month < end, scalars[month] == "月",
      let day = digits(at: scalars.index(after: month)), day < end, scalars[day] == "日"
    else { return nil }
    return start..<scalars.index(after: day)
  }

  /// Where one or two digits at `start` end.
  private func digits(at start: String.Index) -> String.Index? {
    guard start < end, isDigit(scalars[start]) else { return nil }
    let next = scalars.index(after: start)
    return next < end && isDigit(scalars[next]) ? scalars.index(after: next) : next
  }

  /// `\s?` then `([（(][^（）()]{1,60}[）)])?`, both greedy: the first way of reading them
  /// (a space before no space, people before none) that a prefix match takes, or that ends
  /// the text for a whole match.
  private func people(after opening: BylineOpening) -> BylineOpening? {
    guard let kindEnd = opening.kind?.upperBound else { return nil }
    var starts: [String.Index] = []
    if kindEnd < end, isSpace(scalars[kindEnd]) { starts.append(scalars.index(after: kindEnd)) }
    starts.append(kindEnd)
    for start in starts {
      let bracketed = bracketedPeople(at: start)
      let readings: [Range<String.Index>?] = bracketed == nil ? [nil] : [bracketed, nil]
      for people in readings {
        let openingEnd = people?.upperBound ?? start
        guard !whole || openingEnd == end else { continue }
        var found = opening
        found.people = people
        found.range = scalars.startIndex..<openingEnd
        return found
      }
    }
    return nil
  }

  /// `[（(][^（）()]{1,60}[）)]` at `start`.
  private func bracketedPeople(at start: String.Index) -> Range<String.Index>? {
    guard start < end, scalars[start] == "（" || scalars[start] == "(" else { return nil }
    var index = scalars.index(after: start)
    var count = 0
    while index < end, !isParenthesis(scalars[index]) {
      count += 1
      guard count <= 60 else { return nil }
      index = scalars.index(after: index)
    }
    guard count >= 1, index < end, scalars[index] == "）" || scalars[index] == ")" else {
      return nil
    }
    return start..<scalars.index(after: index)
  }

  // MARK: The bracketed pattern

  /// `【[^【】]{1,6}?(讯|訊)】`, the shortest agency first.
  private func bracketed() -> BylineOpening? {
    let start = scalars.startIndex
    guard start < end, scalars[start] == "【" else { return nil }
    let agencyStart = scalars.index(after: start)
    var agencyEnd = agencyStart
    for _ in 1...6 {
      guard agencyEnd < end, scalars[agencyEnd] != "【", scalars[agencyEnd] != "】" else {
        return nil
      }
      agencyEnd = scalars.index(after: agencyEnd)
      guard agencyEnd < end, scalars[agencyEnd] == "讯" || scalars[agencyEnd] == "訊" else {
        continue
      }
      let close = scalars.index(after: agencyEnd)
      guard close < end, scalars[close] == "】" else { continue }
      return BylineOpening(
        agency: agencyStart..<agencyEnd, place: agencyEnd..<agencyEnd,
        range: start..<scalars.index(after: close))
    }
    return nil
  }

  // MARK: Classes of plain scalars

  /// `\s` among plain scalars: the ASCII space and the ideographic space.
  private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\u{3000}"
  }

  /// What ends an agency or a place: a space, a comma or full stop, brackets, quotes.
  private func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\u{3000}", "，", "。", "（", "）", "“", "”": true
    default: false
    }
  }

  /// The agency's last word: `(报|報|社|网|網|台|臺)`.
  private func isAgencyEnd(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "报", "報", "社", "网", "網", "台", "臺": true
    default: false
    }
  }

  /// `(讯|訊|电|電)`.
  private func isKind(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "讯", "訊", "电", "電": true
    default: false
    }
  }

  /// `[（）()]`.
  private func isParenthesis(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "（", "）", "(", ")": true
    default: false
    }
  }

  /// `[0-9０-９]`.
  private func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
  }
}
