/// Recognises bylines and datelines and reads the people, agency, place and date they name.
enum BylineParser {
  /// Role words, longest first so 摄影记者 and 特约记者 win over 记者.
  private static let roles: [(word: String, role: Role)] = [
    ("摄影记者", .photographer), ("特约记者", .reporter), ("记者", .reporter),
    ("评论员", .reporter), ("通讯员", .correspondent),
    ("实习生", .intern), ("摄影", .photographer), ("撰稿", .reporter), ("撰文", .reporter),
    // Traditional characters (本報記者, 通訊員, 攝影) read the same.
    ("攝影記者", .photographer), ("特約記者", .reporter), ("記者", .reporter),
    ("評論員", .reporter), ("通訊員", .correspondent), ("實習生", .intern), ("攝影", .photographer),
  ]

  enum Role { case reporter, correspondent, photographer, intern }

  /// The space between the names of a line of names.
  private static let space = PlainMarks(" ")
  /// What separates the people of a byline: spaces and the enumeration comma.
  private static let nameSeparators = PlainMarks(" \u{3000}、")

  /// The brackets that close a `〔記者…報導〕` byline.
  private static let closingTortoiseShells = PlainMarks("〕]")
  /// 电 and 讯, simplified and traditional.
  private static let datelineWords = PlainMarks("电讯電訊")

  // 本报讯 / 本报海口7月22日讯 / 新华社北京7月22日电 / 据新华社柏林10月13日电, then （…）.
  // BylineOpeningMatcher reads these on the hot path; the expressions are its definition,
  // its tests' reference, and read the texts it leaves to them (not plain where it looks).
  // nonisolated(unsafe): Regex is not Sendable, but a compiled regex is never mutated and
  // matching only reads it, so sharing these between threads is safe.
  private nonisolated(unsafe) static let inlinePrefix =
    #/(?<from>据|據)?(?<agency>[^\s，。（）“”]{1,8}?(?:报|報|社|网|網|台|臺))(?<place>[^\s，。（）“”0-9０-９]{0,8}?)(?<date>[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?<kind>讯|訊|电|電)\s?(?<people>[（(][^（）()]{1,60}[）)])?/#
  private nonisolated(unsafe) static let bracketed = #/【(?<agency>[^【】]{1,6}?)(?:讯|訊)】/#
  /// The inline byline at the start of a paragraph, and the rest of the paragraph.
  static func inline(_ text: String) -> (byline: Byline, rest: String)? {
    if text.opens(with: "〔") || text.opens(with: "["),
      let close = text.firstIndex(ofAnyOf: closingTortoiseShells),
      let (people, place) = reportSuffix(String(text[text.index(after: text.startIndex)..<close]))
    {
      // `〔記者陳怡君／台北報導〕台北市政府…`: the byline in tortoise-shell brackets.
      var byline = Byline(text: String(text[...close]), place: place)
      assignPeople(in: people, to: &byline)
      guard !byline.names.isEmpty else { return nil }
      return (byline, rest(of: text, after: close..<text.index(after: close)))
    }
    guard mayOpenWithByline(text) else { return nil }
    if let opening = bracketedOpening(text) {
      return (
        Byline(text: String(text[opening.range]), agency: String(text[opening.agency])),
        rest(of: text, after: opening.range)
      )
    }
    guard let opening = datelineOpening(text, whole: false), let kind = opening.kind else {
      return nil
    }
    // 讯/电 must be followed by the people, a date before it, or a space: `本报讯员工…` and
    // `管网更新和加装电梯` are sentences, not bylines.
    let spaceAfter = text[kind.upperBound...].first?.isWhitespace ?? true
    guard opening.people != nil || opening.date != nil || spaceAfter else { return nil }
    var byline = Byline(text: String(text[opening.range]).trimmingSpaces)
    byline.agency = String(text[opening.agency])
    byline.place = opening.place.isEmpty ? nil : String(text[opening.place])
    byline.date = opening.date.map { String(text[$0]) }
    if let people = opening.people {
      assignPeople(in: String(text[people].dropFirst().dropLast()), to: &byline)
    } else if spaceAfter, let open = text[opening.range.upperBound...].prefixMatch(of: openPeople) {
      // `本报讯 记者刘海 通讯员陈丹丹 谎称…`: the people named without brackets, role word by role word.
      byline.text = String(text[..<open.range.upperBound]).trimmingSpaces
      assignPeople(in: String(open.output).trimmingSpaces, to: &byline)
      return (byline, rest(of: text, after: open.range))
    }
    return (byline, rest(of: text, after: opening.range))
  }

  /// The `本报海口7月22日讯（…）` opening at the start of `text` (all of it when `whole`): the
  /// hand-written matcher's answer, or the regular expression's where the matcher leaves it.
  private static func datelineOpening(_ text: String, whole: Bool) -> BylineOpening? {
    switch BylineOpeningMatcher.dateline(in: text, whole: whole) {
    case .matched(let opening): opening
    case .unmatched: nil
    case .undecided: datelineOpeningByRegex(text, whole: whole)
    }
  }

  /// The `【本报讯】` opening at the start of `text`, found like `datelineOpening`.
  private static func bracketedOpening(_ text: String) -> BylineOpening? {
    switch BylineOpeningMatcher.bracketed(in: text) {
    case .matched(let opening): opening
    case .unmatched: nil
    case .undecided: bracketedOpeningByRegex(text)
    }
  }

  /// The dateline opening as the regular expression reads it (for texts that are not plain,
  /// and the matcher's tests).
  static func datelineOpeningByRegex(_ text: String, whole: Bool) -> BylineOpening? {
    guard let match = whole ? text.wholeMatch(of: inlinePrefix) : text.prefixMatch(of: inlinePrefix)
    else { return nil }
    let output = match.output
    return BylineOpening(
      from: output.from.map(\.bounds), agency: output.agency.bounds, place: output.place.bounds,
      date: output.date.map(\.bounds), kind: output.kind.bounds,
      people: output.people.map(\.bounds),
      range: match.range)
  }

  /// The bracketed opening as the regular expression reads it.
  static func bracketedOpeningByRegex(_ text: String) -> BylineOpening? {
    guard let match = text.prefixMatch(of: bracketed) else { return nil }
    return BylineOpening(
      agency: match.output.agency.bounds,
      place: match.output.agency.endIndex..<match.output.agency.endIndex, range: match.range)
  }

  private nonisolated(unsafe) static let openPeople =
    #/(?:\s?(?:本报|本報)?(?:见习|特约|特派|实习|見習|特約)?(?:记者|記者|通讯员|通訊員|实习生|實習生)\s?[^\s，。（）：:]{2,4}(?=\s))+/#

  /// True when the text opens like a byline: an agency word (本报, 新华社, 据…) and 讯 or 电 within
  /// its first characters, as `本报海口7月22日讯（海南` does before a column break cuts it.
  static func opensWithBylineWord(_ text: String) -> Bool {
    mayOpenWithByline(text) && datelineOpening(text, whole: false) != nil
  }

  /// A cheap test before the regular expression: 讯 or 电 comes within the first 24
  /// characters, with no pause or full stop before it.
  private static func mayOpenWithByline(_ text: String) -> Bool {
    var offset = 0
    for scalar in text.unicodeScalars {
      guard offset < 24 else { return false }
      switch scalar {
      case "讯", "电", "訊", "電": return offset > 0
      case "，", "。", "、", "；", "：": return false
      default: offset += 1
      }
    }
    return false
  }

  /// A line that is a byline of its own: `本报记者 祁洁 本报通讯员 崔志远`, `■ 海南日报全媒体记者 李萌`,
  /// `新华社记者 邬焕庆 赵超`, `文/… 图/…`.
  static func ownLine(_ text: String) -> Byline? {
    // A byline quotes nothing: `负责人就《…》答记者问` is a title.
    guard TextEvidence.isAtMost(text, ParserLimits.bylineLength), !text.includes("，"),
      !text.includes("。"), !text.includes("《"), !text.includes("“")
    else {
      return nil
    }
    var body = text
    let marked = body.first.map(boxMarks.contains) ?? false
    if marked { body = String(body.dropFirst()).trimmingSpaces }
    // `記者王志明、李宛蓉／綜合報導`: who reported, then from where.
    var reportedFrom: String?
    if let (people, place) = reportSuffix(body) {
      body = people
      reportedFrom = place
    }
    // `晚报记者 沈佳怡 文/摄`: the reporter wrote the text and took the photos.
    for credit in [" 文/摄", " 文／摄", " 文/图", " 图/文", " 文图", " 摄/文"] where body.closes(with: credit) {
      body = String(body.dropLast(credit.count))
    }
    // `■ 张扬 任会彩 李苗`: a box mark before names alone signs a signed essay.
    if marked, let names = bareNames(body) {
      var byline = Byline(text: text)
      byline.authors = names
      return byline
    }
    // `■ 省农技推广总站 高级农艺师 李芳`: where the author works and what they are, then the name.
    if marked, case let tokens = body.split(atAnyOf: space), tokens.count >= 2, tokens.count <= 4,
      let name = tokens.last,
      (2...3).contains(name.count), name.allSatisfy(\.isCJKIdeograph),
      tokens.allSatisfy({ $0.allSatisfy(\.isCJKIdeograph) }),
      !roles.contains(where: { body.includes($0.word) })
    {
      var byline = Byline(text: text)
      byline.authors = [String(name)]
      return byline
    }
    // `赵刚 作`, `成 森文`-style signatures of a cartoon or a poem: a name, then 作/绘/画.
    if let last = body.last, "作绘画".contains(last), body.dropLast().last == " ",
      let names = bareNames(String(body.dropLast()).trimmingSpaces)
    {
      var byline = Byline(text: text)
      byline.authors = names
      return byline
    }
    if let first = body.first, first == "文" || first == "图" || first == "摄",
      let credits = credits(in: body, compactNames: true)
    {
      var byline = Byline(text: text)
      read(credits, into: &byline)
      return byline.names.isEmpty ? nil : byline
    }
    guard roles.contains(where: { body.includes($0.word) }) else { return nil }
    // `兰州日报社全媒体记者 谭安丽 摄` credits a photo: a caption, not the article's byline.
    if body.closes(with: " 摄") || body.closes(with: "摄）") || body.closes(with: "摄)") { return nil }
    var byline = Byline(text: text)
    assignPeople(in: body, to: &byline)
    // Every token must be a role or a name: a sentence that mentions 记者 is not a byline.
    // `本报评论员`, `新华社评论员`: an institution's commentator signs without a name.
    // `新华社记者`: a wire byline may name no one.
    let unnamed =
      byline.names.isEmpty && TextEvidence.isAtMost(body, ParserLimits.commentatorLength)
      && (body.closes(with: "评论员")
        || (body.closes(with: "记者") && body.dropLast(2).last.map { "报社台网".contains($0) } == true))
    guard unnamed || !byline.names.isEmpty,
      byline.names.allSatisfy({ $0.count <= 4 && $0.allSatisfy(isNameLetter) })
    else {
      return nil
    }
    if body.opens(with: "本报") || body.opens(with: "本報") { byline.agency = String(body.prefix(2)) }
    byline.place = byline.place ?? reportedFrom
    if body.opens(with: "新华社") { byline.agency = "新华社" }
    return byline
  }

  /// A bare author line — `王 宁`, `□ 张海燕`: a name of 2–4 Chinese characters spread by
  /// justification spaces or led by a box mark. A plain short line is not enough: that is
  /// also what a short title looks like.
  static func nameLine(_ text: String, plainNameAllowed: Bool = false) -> Byline? {
    var body = Substring(text)
    let marked = body.first.map(boxMarks.contains) ?? false
    if marked { body = body.dropFirst() }
    let pieces = body.split(atAnyOf: space)
    let letters = pieces.joined()
    guard (2...4).contains(letters.count), letters.allSatisfy(\.isCJKIdeograph),
      marked || (plainNameAllowed && pieces.count == 1)
        || (pieces.count > 1 && pieces.allSatisfy { $0.count == 1 })
    else { return nil }
    var byline = Byline(text: text)
    byline.authors = [letters]
    return byline
  }

  /// `記者王志明、李宛蓉／綜合報導` → the people and the place reported from (none for 綜合): the
  /// text before the last slash, when 報導/报道 ends the text after it.
  static func reportSuffix(_ text: String) -> (people: String, place: String?)? {
    guard text.closes(with: "報導") || text.closes(with: "报道") || text.closes(with: "報道"),
      let slash = text.lastIndex(where: { $0 == "／" || $0 == "/" })
    else { return nil }
    let people = String(text[..<slash]).trimmingSpaces
    let place = String(text[text.index(after: slash)...].dropLast(2)).trimmingSpaces
    guard !people.isEmpty, place.count <= 6 else { return nil }
    return (people, place.isEmpty || place == "綜合" || place == "综合" ? nil : place)
  }

  /// A line of two or three authors' names alone (`刘志远 王珂`), each two or three Chinese
  /// characters: longer words spaced apart are a title (`敢于监督 善于监督`).
  static func nameList(_ text: String) -> Byline? {
    guard let names = bareNames(text), (2...3).contains(names.count),
      names.allSatisfy({ $0.count <= 3 })
    else { return nil }
    var byline = Byline(text: text)
    byline.authors = names
    return byline
  }

  /// The marks that lead a byline or an author's name in a box: ■ 李萌, □ 张海燕.
  static let boxMarks: Set<Character> = ["■", "□", "●", "◎"]

  /// The names of a line of names alone (`张扬 任会彩 李苗`), each 2–4 Chinese characters.
  private static func bareNames(_ text: String) -> [String]? {
    let names = text.split(atAnyOf: space).map(String.init)
    guard !names.isEmpty, names.count <= 8,
      names.allSatisfy({ (2...4).contains($0.count) && $0.allSatisfy(\.isCJKIdeograph) })
    else { return nil }
    return names
  }

  /// A letter of a personal name: a Chinese character, a Latin letter, or the middle dot of a
  /// transcribed name (阿卜杜拉·买买提).
  private static func isNameLetter(_ character: Character) -> Bool {
    character.isCJKIdeograph || character == "·" || character == "•"
      || character.isLetter
        && character.isASCII
  }

  /// A dateline glued to a paragraph's end — `…。（本报三亚6月2日讯）`, `…贡献。 新华社北京5月1日电` — and
  /// the paragraph without it.
  static func trailingDateline(_ text: String) -> (dateline: Byline, rest: String)? {
    trailingDateline(after: TextEvidence.afterLastSentence(text))
  }

  /// `trailingDateline` from the paragraph's `afterLastSentence`, when that is known.
  static func trailingDateline(after lastSentence: (sentences: String, tail: String)?) -> (
    dateline: Byline, rest: String
  )? {
    guard let (sentences, tail) = lastSentence,
      tail.unicodeScalars.contains(where: datelineWords.contains),
      let dateline = dateline(tail) ?? bareDateline(tail)
    else { return nil }
    return (dateline, sentences)
  }

  /// A dateline alone on its line, no brackets: `新华社北京4月26日电`, `本报讯`.
  static func bareDateline(_ text: String) -> Byline? {
    guard TextEvidence.isAtMost(text, ParserLimits.datelineLength),
      let (byline, rest) = inline(text), rest.isEmpty
    else { return nil }
    return byline
  }

  /// A dateline on a line of its own at the end of an article: `（本报永兴岛7月22日电）` — the
  /// inline byline's agency, place, date and 讯/电 inside brackets, naming no one.
  static func dateline(_ text: String) -> Byline? {
    guard TextEvidence.isAtMost(text, ParserLimits.datelineLength),
      text.opensWithOne(of: TextEvidence.openingParentheses),
      text.closesWithOne(of: TextEvidence.closingParentheses)
    else { return nil }
    let inner = String(text.dropFirst().dropLast())
    guard let opening = datelineOpening(inner, whole: true), opening.from == nil,
      opening.people == nil
    else { return nil }
    return Byline(
      text: text, agency: String(inner[opening.agency]),
      place: opening.place.isEmpty ? nil : String(inner[opening.place]),
      date: opening.date.map { String(inner[$0]) })
  }

  /// A `文/… 图/…` credit at the end of a paragraph, and the paragraph without it.
  static func trailingCredit(_ text: String) -> (byline: Byline, rest: String)? {
    guard let start = text.lastIndex(ofAnyOf: TextEvidence.sentenceBoundaryMarks) else {
      return nil
    }
    // A credit is a line's end, not a page of text: a long tail is not read name by name.
    let tailStart = text.index(after: start)
    guard text.unicodeScalars[tailStart...].count <= maxCreditLength else { return nil }
    let tail = String(text[tailStart...]).trimmingSpaces
    // Only the tail is searched for the slash every credit has: most paragraphs end with
    // their last sentence, and their tail is empty.
    guard tail.includes("/") || tail.includes("／"),
      tail.opens(with: "文") || tail.opens(with: "图") || tail.opens(with: "摄"),
      let credits = credits(in: tail, compactNames: false)
    else { return nil }
    var byline = Byline(text: tail)
    read(credits, into: &byline)
    guard !byline.names.isEmpty else { return nil }
    return (byline, String(text[...start]))
  }

  /// The longest `文/… 图/…` tail `trailingCredit` reads, in scalars.
  static let maxCreditLength = 120

  /// The credits of a text made of nothing but `文/… 图/…` credits, each its kind word (文, 图,
  /// 摄影, 摄) and the names after it up to the space before the next kind word; nil when the text
  /// is more than that. Every slash must end a kind word (an optional space between), the text
  /// must start with one, and no names may be empty; `compactNames` also asks that names have
  /// a non-space character and no two spaces in a row (a byline line of its own).
  ///
  /// A linear scan: the regular expressions it replaces read each space two ways and
  /// backtracked for minutes on a line of 24 near-miss credits.
  static func credits(in text: String, compactNames: Bool) -> [(kind: String, names: String)]? {
    let characters = Array(text)
    var markers: [(kind: String, start: Int, end: Int)] = []
    for (slash, character) in characters.enumerated() where character == "/" || character == "／" {
      var word = slash - 1
      if word >= 0 && characters[word].isWhitespace { word -= 1 }
      guard word >= 0 else { return nil }
      switch characters[word] {
      case "文": markers.append(("文", word, slash + 1))
      case "图": markers.append(("图", word, slash + 1))
      case "摄": markers.append(("摄", word, slash + 1))
      case "影" where word > 0 && characters[word - 1] == "摄":
        markers.append(("摄影", word - 1, slash + 1))
      default: return nil
      }
    }
    guard markers.first?.start == 0 else { return nil }
    var credits: [(kind: String, names: String)] = []
    for (index, marker) in markers.enumerated() {
      var end = index + 1 < markers.count ? markers[index + 1].start : characters.count
      guard marker.end < end else { return nil }
      let names = characters[marker.end..<end]
      if compactNames {
        guard names.contains(where: { !$0.isWhitespace }),
          !zip(names, names.dropFirst()).contains(where: { $0.isWhitespace && $1.isWhitespace })
        else { return nil }
      }
      // The space before the next kind word separates; it is not part of the names.
      if end < characters.count, end - 1 > marker.end, characters[end - 1].isWhitespace {
        end -= 1
      }
      credits.append((marker.kind, String(characters[marker.end..<end])))
    }
    return credits
  }

  /// Adds the names of `文/海南日报全媒体记者 刘杰 图/海南日报全媒体记者 王程龙` credits.
  private static func read(_ credits: [(kind: String, names: String)], into byline: inout Byline) {
    for credit in credits {
      let kind: Role = credit.kind == "文" ? .reporter : .photographer
      var scratch = Byline(text: "")
      assignPeople(in: credit.names, to: &scratch, defaultRole: kind)
      let names = scratch.names
      switch kind {
      case .reporter: byline.reporters += names
      default: byline.photographers += names
      }
    }
  }

  /// Reads names and roles from `记者祁洁 通讯员韩振兴`, `海南日报全媒体记者黎鹏 通讯员滕毅飞 李照佳`,
  /// `本报记者 祁洁 本报通讯员 郭丽芹 柴晓宁 摄影报道`.
  static func assignPeople(in text: String, to byline: inout Byline, defaultRole: Role = .reporter)
  {
    var role = defaultRole
    var tokens = text.split(atAnyOf: nameSeparators).map(String.init)
    // `摄影报道`, `北京报道` (reported from): no one's name.
    if let last = tokens.last, last.closes(with: "报道") || last.closes(with: "報道") {
      tokens.removeLast()
    }
    var photographerTail = false
    if tokens.last == "摄" {
      tokens.removeLast()
      photographerTail = true
    } else if let last = tokens.last, last.count > 1, last.closes(with: "摄"),
      !last.closes(with: "拍摄")
    {
      tokens[tokens.count - 1] = String(last.dropLast())
      photographerTail = true
    }
    var named: [(String, Role)] = []
    var spread = false  // the last name so far was built from single characters
    for token in tokens {
      var name = token
      // The role word that ends last names the role (the first such in `roles` on a tie).
      var hit: (end: String.Index, role: Role)?
      for entry in roles {
        guard let range = token.firstByteRange(of: entry.word) else { continue }
        if let best = hit, range.upperBound <= best.end { continue }
        hit = (range.upperBound, entry.role)
      }
      if let hit {
        role = hit.role
        name = String(token[hit.end...])
      }
      guard !name.isEmpty else { continue }
      // `何 燕`, `欧 阳 明`: justified type spreads a name; a Chinese name is never one
      // character, so single characters in a row are one name.
      if name.count == 1, spread, let last = named.last, last.1 == role, last.0.count < 4 {
        named[named.count - 1].0 += name
      } else {
        named.append((name, role))
        spread = name.count == 1
      }
    }
    if photographerTail, let last = named.indices.last {
      named[last].1 = .photographer
    }
    for (name, role) in named {
      switch role {
      case .reporter: byline.reporters.append(name)
      case .correspondent: byline.correspondents.append(name)
      case .photographer: byline.photographers.append(name)
      case .intern: byline.interns.append(name)
      }
    }
  }

  private static func rest(of text: String, after range: Range<String.Index>) -> String {
    String(text[range.upperBound...]).trimmingSpaces
  }
}

extension String {
  /// The text without leading and trailing spaces.
  var trimmingSpaces: String { Substring(self).trimmingSpaces }
}

extension Substring {
  /// The text without leading and trailing spaces (Unicode white space), cut by scalars.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isWhitespaceScalar }),
      let last = scalars.lastIndex(where: { !$0.isWhitespaceScalar })
    else { return "" }
    // A slice of the scalars is copied whole, not rebuilt scalar by scalar.
    return String(scalars[first..<scalars.index(after: last)])
  }
}

extension Substring {
  /// Where the substring stands in its base string.
  fileprivate var bounds: Range<String.Index> { startIndex..<endIndex }
}
