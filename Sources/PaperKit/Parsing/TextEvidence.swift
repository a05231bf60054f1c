/// Facts about a line's punctuation and shape that tell headings, captions and notes from body.
enum TextEvidence {
  /// Punctuation that ends a sentence (full- and half-width).
  static let sentenceEnders: Set<Character> = ["。", "！", "？", "!", "?", "；", ";", "…", "."]
  /// Closing marks that may follow a sentence ender: 。” ！） …
  static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "》", "】", "\"", "'"]
  /// How many scalars at the end of a text `endsSentence` looks at.
  static let maxTailScalars = 32
  /// Where a sentence ends inside a paragraph, for finding what is glued after the last one
  /// (a credit, a dateline): full stop, question and exclamation marks, a closing quote.
  static let sentenceBoundaries: Set<Character> = ["。", "！", "？", "”"]
  /// `sentenceBoundaries` as plain marks, for `lastIndex(ofAnyOf:)`.
  static let sentenceBoundaryMarks = PlainMarks("。！？”")
  /// What stands after a paragraph's last sentence (a credit, a dateline glued there), trimmed,
  /// and the paragraph up to that sentence's end; nil when the paragraph ends with it. Most
  /// paragraphs do, so the end is looked at first.
  static func afterLastSentence(_ text: String) -> (sentences: String, tail: String)? {
    guard let end = text.lastIndex(ofAnyOf: sentenceBoundaryMarks),
      end < text.index(before: text.endIndex)
    else { return nil }
    let tail = String(text[text.index(after: end)...]).trimmingSpaces
    return tail.isEmpty ? nil : (String(text[...end]), tail)
  }

  /// Bullets that open a brief (简讯) of its own.
  static let briefBullets: Set<Character> = ["■", "●", "◆", "▲", "□", "◇"]
  /// `briefBullets` as plain marks.
  static let briefBulletMarks = PlainMarks("■●◆▲□◇")
  /// Pauses inside a sentence; headings rarely have more than one.
  static let pauses: Set<Character> = ["，", ",", "、", "；", ";"]

  /// True when the text ends a sentence: its last character, skipping closing marks, is a
  /// sentence ender.
  static func endsSentence(_ text: String) -> Bool {
    // Only the end is read: a long run of closers or of combining marks would otherwise be
    // rescanned each time the mender joins another piece to the paragraph.
    plainEndsSentence(text)
      ?? endsSentenceByCharacters(String(text.unicodeScalars.suffix(maxTailScalars)))
  }

  /// `endsSentence` read by scalars, nil when a scalar that is not plain is met before the
  /// answer (a mark could join two scalars into one Character there).
  private static func plainEndsSentence(_ text: String) -> Bool? {
    let scalars = text.unicodeScalars
    var index = scalars.endIndex
    // The last `maxTailScalars` scalars, the first of them read as if it began the text.
    for seen in 1...maxTailScalars where index > scalars.startIndex {
      index = scalars.index(before: index)
      let scalar = scalars[index]
      let windowStart = seen == maxTailScalars || index == scalars.startIndex
      let before = windowStart ? nil : scalars[scalars.index(before: index)]
      guard scalar.isPlain, before?.isPlain ?? true else { return nil }
      if closerMarks.contains(scalar) { continue }
      return sentenceEnderMarks.contains(scalar)
    }
    return false
  }

  /// `text.last(where: { !closers.contains($0) })`, read by scalars while they are plain.
  private static func lastBeforeClosers(_ text: String) -> Character? {
    let scalars = text.unicodeScalars
    var index = scalars.endIndex
    while index > scalars.startIndex {
      index = scalars.index(before: index)
      let scalar = scalars[index]
      let before = index > scalars.startIndex ? scalars[scalars.index(before: index)] : nil
      guard scalar.isPlain, before?.isPlain ?? true else {
        return text.last(where: { !closers.contains($0) })
      }
      if closerMarks.contains(scalar) { continue }
      return Character(scalar)
    }
    return nil
  }

  /// The pauses that, ending a line, show it cut from a paragraph (not ；, which may end a
  /// heading's clause).
  private static let cuttingPauses = PlainMarks("，,、")

  /// `endsSentence` read by Characters, for text that is not plain.
  private static func endsSentenceByCharacters(_ tail: String) -> Bool {
    for character in tail.reversed() {
      if closers.contains(character) { continue }
      return sentenceEnders.contains(character)
    }
    return false
  }

  /// `sentenceEnders` and `closers` as plain marks, for reading plain text.
  private static let sentenceEnderMarks = PlainMarks("。！？!?；;….")
  private static let closerMarks = PlainMarks("”’」』）)》】\"'")

  /// The number of characters, not counting spaces.
  static func length(_ text: String) -> Int {
    length(text, stoppingAfter: .max)
  }

  /// `length(text)`, or a number above `limit` as soon as the count passes it: a long line
  /// is not counted to its end to learn that it is long.
  private static func length(_ text: String, stoppingAfter limit: Int) -> Int {
    // Lines arrive with whitespace folded to ASCII spaces; count the UTF-8 lead bytes that are
    // not spaces (U+3000 is E3 80 80).
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      var index = 0
      while index < bytes.count, count <= limit {
        let byte = bytes[index]
        if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80
        {
          index += 3
          continue
        }
        if byte & 0xC0 != 0x80 && byte != 0x20 { count += 1 }
        index += 1
      }
      return count
    }
  }

  /// True when the text has at most `limit` characters (not counting spaces); decided from
  /// the byte count alone when that suffices.
  static func isAtMost(_ text: String, _ limit: Int) -> Bool {
    text.utf8.count <= limit || length(text, stoppingAfter: limit) <= limit
  }

  /// True for a line shaped like a title, kicker, column name or subhead: short, at most one
  /// pause, and not ending a sentence (a short question or exclamation may).
  /// `length` is the text's `length`, when the caller has counted it.
  static func looksLikeHeading(_ text: String, length: Int? = nil) -> Bool {
    let length = length ?? self.length(text)
    guard length > 0, length <= ParserLimits.headingLength else { return false }
    let pauses = pauseCount(text)
    if pauses >= 2 || (pauses == 1 && length > ParserLimits.headingWithPauseLength) { return false }
    if text.includes("。") { return false }
    // A line ending in a pause is a line of a paragraph cut by the layout, never a title.
    if text.closesWithOne(of: cuttingPauses) { return false }
    if let last = lastBeforeClosers(text), sentenceEnders.contains(last) {
      return (last == "？" || last == "！" || last == "?" || last == "!")
        && length <= ParserLimits.questionHeadingLength && pauses == 0
    }
    return true
  }

  /// The number of pauses in the text, read by scalars while it is plain.
  static func pauseCount(_ text: String) -> Int {
    var count = 0
    for scalar in text.unicodeScalars {
      guard scalar.isPlain else { return text.count { pauses.contains($0) } }
      if pauseMarks.contains(scalar) { count += 1 }
    }
    return count
  }

  /// `pauses` as plain marks.
  private static let pauseMarks = PlainMarks("，,、；;")

  /// The first sentence's length (up to and including its ender), or nil if the text has none.
  static func firstSentenceLength(_ text: String) -> Int? {
    let scalars = text.unicodeScalars
    var count = 0
    var index = scalars.startIndex
    while index < scalars.endIndex {
      // Read by scalars while each is a Character of its own; by Characters otherwise.
      let scalar = scalars[index]
      guard scalar.isPlain else { return firstSentenceLengthByCharacters(text) }
      count += 1
      index = scalars.index(after: index)
      if scalar == "。" || scalar == "！" || scalar == "？" {
        guard index == scalars.endIndex || scalars[index].isPlain else {
          return firstSentenceLengthByCharacters(text)
        }
        return count
      }
    }
    return nil
  }

  /// `firstSentenceLength` read by Characters, for text that is not plain.
  private static func firstSentenceLengthByCharacters(_ text: String) -> Int? {
    var count = 0
    for character in text {
      count += 1
      if character == "。" || character == "！" || character == "？" { return count }
    }
    return nil
  }

  /// True for a line that says it is a photo caption or credit: （资料片）, 图为…, …摄,
  /// （新华社发）, （人民视觉）.
  /// `length` is the text's `length`, when the caller has counted it.
  static func looksLikeCaption(_ text: String, length: Int? = nil) -> Bool {
    if hasCaptionMarker(text) { return true }
    if text.mayOpen(withOneOf: captionOpenings),
      text.opens(with: "图为") || text.opens(with: "图①") || text.opens(with: "上图")
        || text.opens(with: "下图")
    {
      return true
    }
    let isShort = { (limit: Int) in length.map { $0 <= limit } ?? isAtMost(text, limit) }
    guard isShort(ParserLimits.captionLength), !endsSentence(text) else { return false }
    if text.closes(with: "供图") || text.closes(with: "供圖") { return true }
    return text.closes(with: " 摄") || text.closes(with: "摄影") || text.closes(with: " 攝")
      || ((text.closes(with: "摄") || text.closes(with: "攝"))
        && isShort(ParserLimits.compactCreditLength))
  }

  /// The markers of a caption or credit, all in full-width parentheses: those that open at
  /// a （ and those that close at a ）.
  private static let captionMarkersOpening = [
    "（资料片）", "（资料图）", "（资料图片）", "（人民视觉）", "（新华社发）", "（图片来源", "（漫画）", "（插图）", "（資料圖）",
    "（資料片）",
  ].map { Array($0.utf8) }
  private static let captionMarkersClosing = ["摄）", "供图）", "攝）"].map { Array($0.utf8) }

  /// True when the text has a （ and one of the caption markers: one pass over its bytes,
  /// testing the markers only where a （ or ） stands.
  static func hasCaptionMarker(_ text: String) -> Bool {
    let open: [UInt8] = [0xEF, 0xBC, 0x88]  // （
    let close: [UInt8] = [0xEF, 0xBC, 0x89]  // ）
    var text = text
    return text.withUTF8 { bytes in
      var hasOpen = false
      var hasMarker = false
      var index = 0
      // Both parentheses are EF BC 88/89; any other byte moves on.
      while index + 3 <= bytes.count {
        guard bytes[index] == 0xEF else {
          index += 1
          continue
        }
        if bytes.has(open, at: index) {
          hasOpen = true
          hasMarker = hasMarker || captionMarkersOpening.contains { bytes.has($0, at: index) }
        } else if bytes.has(close, at: index) {
          hasMarker =
            hasMarker || captionMarkersClosing.contains { bytes.has($0, at: index + 3 - $0.count) }
        }
        if hasOpen && hasMarker { return true }
        index += 1
      }
      return false
    }
  }

  /// Box heads that open a summary or editor's box.
  static let boxHeads: Set<String> = [
    "核心阅读", "开栏的话", "编者按", "编后", "阅读提示", "短评", "延伸阅读", "相关链接", "记者手记",
    "相关阅读", "相关新闻", "相关报道", "核心提示", "延伸閱讀", "相關連結", "相關閱讀", "相關新聞", "相關報導",
  ]
  /// Box heads over a list of links to other articles: the titles under them are not articles.
  static let linkListHeads: Set<String> = [
    "延伸阅读", "相关链接", "相关阅读", "相关新闻", "相关报道", "延伸閱讀", "相關連結", "相關閱讀", "相關新聞", "相關報導",
  ]

  /// True for the page's own furniture: a masthead (the first line, a short name ending in 报),
  /// a line of Latin letters only (`CANGHAI DAILY`), a date line with its weekday, the issue
  /// number and serial codes (总第…期, 出版物号, 邮发代号), a hotline, the editors' credits
  /// (本版责编：…, 编辑：…). Labels every Chinese paper prints, not one paper's strings.
  /// `length` is the text's `length`, when the caller has counted it.
  static func looksLikeFurniture(_ text: String, atPageTop: Bool, length: Int? = nil) -> Bool {
    let length = length ?? self.length(text)
    guard length <= ParserLimits.furnitureLength, !text.includes("。"), !text.includes("，") else {
      return false
    }
    if atPageTop, length <= ParserLimits.mastheadLength, text.closes(with: "报") { return true }
    // `本版图片除署名外均为资料图片`, `本版邮箱：…`: the page's own notes.
    if text.opens(with: "本版"), length >= 6 { return true }
    if length >= 3,
      text.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == " ") })
    {
      return true
    }
    if text.includes("星期"), text.includes("年"), text.includes("月"), text.includes("日") {
      return true
    }
    // `2025年09月10日 第08版：人物`: the date and the page's name.
    if text.includes("版"), text.includes("年"), mayOpen(text, withOneOf: asciiDigits),
      text.prefixMatch(of: datedPageName) != nil
    {
      return true
    }
    if text.includes("出版物号") || text.includes("邮发代号") || text.includes("新闻热线")
      || text.includes("热线电话")
    {
      return true
    }
    if text.includes("第"), text.includes("期"), text.wholeMatch(of: issueNumber) != nil {
      return true
    }
    // `责编 苏 芮 美编 程一舟 校对 刘 畅`: the credits set with spaces, two labels or more.
    let editorLabelFirst = mayOpen(text, withOneOf: editorLabelOpenings)
    if editorLabelFirst, text.prefixMatch(of: spacedEditorCredit) != nil,
      text.matches(of: editorLabel).count >= 2
    {
      return true
    }
    guard editorLabelFirst, text.includes("：") || text.includes(":") else { return false }
    return text.prefixMatch(of: editorCredit) != nil
  }

  /// False when the text's first scalar is plain and none of `firsts`: no expression that
  /// must start with one of them can match (a cheap test before the expression).
  private static func mayOpen(_ text: String, withOneOf firsts: PlainMarks) -> Bool {
    text.mayOpen(withOneOf: firsts)
  }

  private static let asciiDigits = PlainMarks("0123456789")
  /// The first characters of 图为, 图①, 上图, 下图.
  private static let captionOpenings = PlainMarks("图上下")
  /// The first characters of the editors' labels (责编, 编辑, 美编, 校对, 版式, 审校, 组版, 本版).
  private static let editorLabelOpenings = PlainMarks("本责编美校版审组")
  /// The words of a cross-page marker (上接, 下转, 转下, 续见).
  private static let crossPageWords = PlainMarks("接转轉续續")

  private nonisolated(unsafe) static let datedPageName =
    #/[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\s?第\s?[A-Za-z]?[0-9]{1,3}\s?版/#
  private nonisolated(unsafe) static let editorLabel = #/责编|责任编辑|编辑|美编|校对|版式|审校|组版/#
  private nonisolated(unsafe) static let spacedEditorCredit =
    #/(本版)?(责编|责任编辑|编辑|美编|校对|版式|审校|组版)\s/#
  private nonisolated(unsafe) static let issueNumber = #/(?:.*总)?第[0-9]+期(?:\s.{0,12})?/#
  private nonisolated(unsafe) static let editorCredit =
    #/(本版)?(责编|责任编辑|编辑|美编|校对|版式|审校|组版)[：:]|本版[^：:\s]{1,6}[：:]/#

  /// True for page furniture inside an article: 上接/下转 markers, （A04）, 广告, box heads.
  static func looksLikeNote(_ text: String) -> Bool {
    guard isAtMost(text, ParserLimits.noteLength) else { return false }
    if text.mayOpen(withOneOf: noteWordFirsts),
      boxHeads.contains(boxHeadName(text)) || text == "广告"
    {
      return true
    }
    // Cheap tests first: the expressions are slow, and most short lines are headings.
    if text.unicodeScalars.contains(where: crossPageWords.contains),
      text.wholeMatch(of: crossPage) != nil
    {
      return true
    }
    return isPageReference(text)
  }

  /// The first characters of the box heads and of 广告, for a cheap test before them.
  private static let noteWordFirsts = PlainMarks(
    String(String.UnicodeScalarView(Set(boxHeads.compactMap(\.unicodeScalars.first) + ["广"]))))

  /// True for a page reference standing for a teaser's text: `（A04）`, `(3版)`.
  static func isPageReference(_ text: String) -> Bool {
    guard let first = text.first else { return false }
    if first == "（" || first == "(" { return text.wholeMatch(of: pageReference) != nil }
    // `详见A04版`, `见第5版`, or a bare `A03` under a teaser's title.
    return (first == "详" || first == "见" || first.isASCII)
      && text.wholeMatch(of: barePageReference) != nil
  }

  /// True for a marker saying the article goes on on another page: `下转第二版`, `（转下版）`.
  static func isForwardMarker(_ text: String) -> Bool {
    (text.includes("下转") || text.includes("转下") || text.includes("下轉") || text.includes("轉下")
      || text.includes("续见") || text.includes("續見") || text.includes("转第") || text.includes("轉第"))
      && text.wholeMatch(of: crossPage) != nil
  }

  /// A `（下转6版）` marker glued to the end of a paragraph: the marker, its page, the text before.
  static func trailingForwardMarker(_ text: String) -> ForwardMarker? {
    guard text.closesWithOne(of: closingParentheses),
      let open = text.lastIndex(ofAnyOf: openingParentheses), open > text.startIndex
    else { return nil }
    let marker = String(text[open...])
    guard length(marker) <= ParserLimits.noteLength, isForwardMarker(marker) else { return nil }
    return ForwardMarker(
      marker: marker, page: pageName(in: marker), rest: String(text[..<open]).trimmingSpaces)
  }

  /// True for a marker saying the article comes from another page: `上接A01版`, `（接上版）`.
  static func isBackwardMarker(_ text: String) -> Bool {
    (text.includes("上接") || text.includes("接上")) && text.wholeMatch(of: crossPage) != nil
  }

  /// What a note line says about the page around it.
  static func noteRole(_ text: String) -> Unit.NoteRole {
    if linkListHeads.contains(boxHeadName(text)) { return .linkList }
    if boxHeads.contains(boxHeadName(text)) { return .boxHead }
    if isForwardMarker(text) { return .forward(page: pageName(in: text)) }
    if isBackwardMarker(text) { return .backward(page: pageName(in: text)) }
    if isPageReference(text), let page = pageName(in: text) { return .pageReference(page: page) }
    return .other
  }

  /// The page a marker names: `下转第6版` → `6`, `（下转A04版）` → `A04`, `（A04）` → `A04`,
  /// `上接第一版` → `一`.
  static func pageName(in text: String) -> String? {
    guard let match = text.firstMatch(of: pageNamePattern) else { return nil }
    return String(match.output.page)
  }

  /// A short parenthesized trailer glued after a paragraph's last sentence — `…。（据新华社）`,
  /// `…。（记者 田甜）`, `…。（交运 宣）` — and the paragraph without it.
  static func trailingParenthesized(_ text: String) -> (trailer: String, rest: String)? {
    guard text.closesWithOne(of: closingParentheses),
      let open = text.lastIndex(ofAnyOf: openingParentheses), open > text.startIndex,
      sentenceBoundaries.contains(text[text.index(before: open)])
    else { return nil }
    let trailer = String(text[open...])
    guard length(trailer) <= ParserLimits.trailerLength,
      !trailer.dropFirst().dropLast().contains(where: { sentenceEnders.contains($0) || $0 == "，" })
    else { return nil }
    return (trailer, String(text[..<open]))
  }

  /// True when the text opens a bracket or quotation that it does not close: `为推动海南自贸港“人`.
  static func hasOpenBracket(_ text: String) -> Bool {
    // Read by scalars when all are plain (each a Character of its own); by Characters otherwise.
    var depth = 0
    for scalar in text.unicodeScalars {
      guard scalar.isPlain else { return hasOpenBracketByCharacters(text) }
      if openingBrackets.contains(scalar) {
        depth += 1
      } else if closingBrackets.contains(scalar) {
        depth = max(0, depth - 1)
      }
    }
    return depth > 0
  }

  private static let openingBrackets = PlainMarks("“（《(「『【")
  private static let closingBrackets = PlainMarks("”）》)」』】")

  /// `hasOpenBracket` read by Characters, for text that is not plain.
  private static func hasOpenBracketByCharacters(_ text: String) -> Bool {
    var depth = 0
    for character in text {
      switch character {
      case "“", "（", "《", "(", "「", "『", "【": depth += 1
      case "”", "）", "》", ")", "」", "』", "】": depth = max(0, depth - 1)
      default: continue
      }
    }
    return depth > 0
  }

  /// A box head's name without the colon it may carry: `相关阅读：` → `相关阅读`.
  static func boxHeadName(_ text: String) -> String {
    text.last == "：" || text.last == ":" ? String(text.dropLast()) : text
  }

  /// A box head that opens a paragraph, set off by a space or a colon: `编者按 预付式消费…`,
  /// `核心提示：…`; the head and the text after it.
  static func leadingBoxHead(_ text: String) -> (head: String, rest: String)? {
    guard text.opensWithOne(of: summaryHeadFirsts) else { return nil }
    for head in summaryHeads where text.hasPrefix(head) {
      let after = text.dropFirst(head.count)
      guard let separator = after.first, separator == " " || separator == "：" || separator == ":"
      else { continue }
      // The colon stays with the head, as printed; a space is layout.
      return (separator == " " ? head : head + String(separator), after.dropFirst().trimmingSpaces)
    }
    return nil
  }

  /// The first characters of the summary heads.
  private static let summaryHeadFirsts = PlainMarks("编核阅开")
  /// Full- and half-width parentheses.
  static let openingParentheses = PlainMarks("（(")
  static let closingParentheses = PlainMarks("）)")

  /// Box heads that introduce a summary of the article under them.
  static let summaryHeads = ["编者按", "编者的话", "核心阅读", "核心提示", "阅读提示", "开栏的话"]

  /// A `（上接第一版）` marker glued to a paragraph's start: the marker, its page, the text after.
  static func leadingBackwardMarker(_ text: String) -> (
    marker: String, page: String?, rest: String
  )? {
    guard text.opensWithOne(of: openingParentheses), text.includes("接"),
      let close = text.firstIndex(where: { $0 == "）" || $0 == ")" })
    else { return nil }
    let marker = String(text[...close])
    guard isBackwardMarker(marker) else { return nil }
    return (marker, pageName(in: marker), String(text[text.index(after: close)...]).trimmingSpaces)
  }

  /// True for a note about the author or the text, a whole line in brackets: `（作者系…）`,
  /// `【作者系…阶段性研究成果】`, `（本文系…）`, `（作者单位：…）`.
  static func isAuthorNote(_ text: String) -> Bool {
    guard text.opensWithOne(of: noteOpenings), text.closesWithOne(of: noteClosings) else {
      return false
    }
    let inner = text.dropFirst()
    return authorNoteOpenings.contains { inner.hasPrefix($0) }
  }

  private static let noteOpenings = PlainMarks("（【(")
  private static let noteClosings = PlainMarks("）】)")

  /// How notes about the author or the text begin.
  static let authorNoteOpenings = ["作者系", "作者为", "作者单位", "本文系", "本文为", "作者是"]

  /// True for a whole line in parentheses: `（李文）`, `(完)`.
  static func isParenthesized(_ text: String) -> Bool {
    text.opensWithOne(of: openingParentheses) && text.closesWithOne(of: closingParentheses)
  }

  // nonisolated(unsafe): Regex is not Sendable, but a compiled regex is never mutated and
  // matching only reads it, so sharing these between threads is safe.
  private nonisolated(unsafe) static let crossPage =
    #/[（(]?(上接|下转|下轉|接上|转下|轉下|紧接|緊接|续见|續見|转第|轉第|接第)[^）)]{0,14}[）)]?/#
  private nonisolated(unsafe) static let pageReference = #/[（(][A-Za-z]?[0-9]{1,3}版?[）)]/#
  private nonisolated(unsafe) static let barePageReference =
    #/(?:详见|见)?第?\s?(?:[A-Za-z]?[0-9]{1,3}|[一二三四五六七八九十]{1,3})\s?版|[A-Za-z][0-9]{1,3}(?:版)?/#
  private nonisolated(unsafe) static let pageNamePattern =
    #/(?<page>[A-Za-z]?[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?:版|[）)]|$)/#
}

/// A `（下转6版）` marker at a paragraph's end: the marker, the page it names, the text before.
struct ForwardMarker: Sendable {
  var marker: String
  var page: String?
  var rest: String
}

extension String {
  /// True when `other` occurs in the text: a plain byte search, without Foundation's
  /// locale-aware comparison, which is slow on a hot path.
  func includes(_ other: String) -> Bool {
    firstByteOffset(of: other) != nil
  }

  /// The first occurrence of `other`, found by bytes like `includes` (Foundation's
  /// `range(of:)` cost 70 µs per byline line).
  func firstByteRange(of other: String) -> Range<String.Index>? {
    guard !other.isEmpty, let start = firstByteOffset(of: other) else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: start)
    return lower..<utf8.index(lower, offsetBy: other.utf8.count)
  }

  /// The byte offset where `other` first occurs in the text (0 for an empty `other`), read
  /// in place: no copy of either string's bytes.
  private func firstByteOffset(of other: String) -> Int? {
    var haystack = self
    var needle = other
    return haystack.withUTF8 { hay in
      needle.withUTF8 { pin -> Int? in
        guard let last = pin.last else { return 0 }
        guard pin.count <= hay.count, let base = hay.baseAddress else { return nil }
        // The needle's last byte is tested first: in Chinese text it is a continuation byte,
        // which rules out far more places than a lead byte (E4–E9 start most ideographs).
        let lastOffset = pin.count - 1
        let lasts = SIMD16<UInt8>(repeating: last)
        var start = 0
        while start <= hay.count - pin.count {
          // Sixteen places whose last byte would fall in a block without it are skipped.
          let probe = start + lastOffset
          if probe + 16 <= hay.count {
            let block = UnsafeRawPointer(base + probe).loadUnaligned(as: SIMD16<UInt8>.self)
            if !any(block .== lasts) {
              start += 16
              continue
            }
          }
          if hay[probe] == last {
            var offset = 0
            while offset < lastOffset, hay[start + offset] == pin[offset] { offset += 1 }
            if offset == lastOffset { return start }
          }
          start += 1
        }
        return nil
      }
    }
  }
}
