import Testing

@testable import PaperKit

/// One rule per test, with the characters written out.
@Suite struct LayoutRuleTests {
  /// The texts of `text` broken at `width` cells per line.
  private func broken(_ text: String, width: Int, first: Int? = nil) -> [String] {
    var breaker = LineBreaker()
    return breaker.lines(of: text, firstWidth: first ?? width, width: width).map { line in
      let scalars = Array(text.unicodeScalars)[line.scalars]
      return String(String.UnicodeScalarView(scalars))
    }
  }

  static let lineStartForbidden = Array("，。、：；！？）》」』】〕〗〉”’,.:;!?)]}｡､｣»›·・％℃")
  static let lineEndForbidden = Array("“‘（《「『【〔〖〈([{｢«‹")

  @Test(arguments: lineStartForbidden)
  func neverAtLineStart(mark: Character) {
    // 一二三四 fill 8 cells; the mark would start line 2, so 四 goes down with it.
    let lines = broken("一二三四\(mark)五六", width: 8)
    #expect(lines == ["一二三", "四\(mark)五六"])
  }

  @Test(arguments: lineEndForbidden)
  func neverAtLineEnd(mark: Character) {
    // The opener fits after 一二三 but would end the line: it moves down with 四.
    let lines = broken("一二三\(mark)四五六", width: 8)
    #expect(lines == ["一二三", "\(mark)四五六"])
  }

  @Test(arguments: ["——", "……"])
  func dashAndEllipsisAreOneUnit(pair: String) {
    // The first half fits in the 7th cell, the second would start line 2.
    #expect(broken("一二三\(pair)四五", width: 7) == ["一二三", "\(pair)四五"])
    #expect(broken("一二三\(pair)四五", width: 8) == ["一二三\(pair)", "四五"])
  }

  @Test(arguments: ["1215", "3.5", "12.5%", "2023", "dubao", "1,215", "v2.1"])
  func numbersAndWordsAreNotSplit(word: String) {
    // One cell too few for 一二 + the word: the whole word goes down.
    let lines = broken("一二\(word)米", width: word.count + 3)
    #expect(lines == ["一二", "\(word)米"])
  }

  @Test func overlongRunsAreHardBroken() {
    var breaker = LineBreaker()
    let url = "https://example.com/a/b/c"
    let lines = breaker.lines(of: "见\(url)。", firstWidth: 10, width: 10)
    #expect(lines.map(\.width).allSatisfy { $0 <= 10 })
    #expect(lines.first?.forced == false)  // 见 | https… is an allowed break
    #expect(lines.dropFirst().dropLast().allSatisfy { $0.forced })
    #expect(broken("见\(url)。", width: 10) == ["见", "https://ex", "ample.com/", "a/b/c。"])
  }

  @Test func wideCharacterNeverTakesALastSingleCell() {
    #expect(broken("abc中", width: 4) == ["abc", "中"])
    #expect(broken("一二三a四五", width: 8) == ["一二三a", "四五"])
  }

  @Test func closersStackWithTheirNeighbour() {
    // 。” both refuse the line start: 说 goes down with them.
    #expect(broken("一二三说。”好", width: 8) == ["一二三", "说。”好"])
    // （“ both refuse the line end.
    #expect(broken("一二三（“好”）", width: 9) == ["一二三", "（“好”）"])
  }

  @Test func breaksAfterSpacesAndDropsThem() {
    #expect(broken("Hello world again", width: 11) == ["Hello world", "again"])
    #expect(broken("我运动 我快乐", width: 6) == ["我运动", "我快乐"])
    #expect(broken("我运动\u{3000}我快乐", width: 7) == ["我运动", "我快乐"])
  }

  @Test func edgeCases() {
    var breaker = LineBreaker()
    let empty = breaker.lines(of: "", firstWidth: 10, width: 10)
    #expect(empty == [LineBreaker.Line(scalars: 0..<0, utf8: 0..<0, width: 0, forced: false)])
    var out = breaker.lines(of: "一二", firstWidth: 10, width: 10)
    breaker.lines(of: "", firstWidth: 10, width: 10, into: &out)
    #expect(out.count == 2)
    // Width 1 cannot hold a wide character: it stands alone on its line.
    #expect(broken("一二", width: 1) == ["一", "二"])
    #expect(broken("\u{3000}一", width: 1) == ["一"])  // the space that cannot fit is dropped
    // Trailing spaces at the end of a field are dropped with the break that would follow.
    #expect(broken("一二 ", width: 10) == ["一二"])
  }

  @Test func middleDotStaysWithTheName() {
    #expect(broken("一二阿卜·杜勒", width: 8) == ["一二阿", "卜·杜勒"])
  }

  @Test func clustersAreMeasuredAsDrawnAndNeverSplit() {
    // 👍🏽 and 👨‍👩‍👧 take 2 cells each (first scalar), 🇨🇳 1, é 1.
    #expect(broken("一二👍🏽三四", width: 6) == ["一二👍🏽", "三四"])
    #expect(broken("一👨\u{200D}👩\u{200D}👧二三", width: 6) == ["一👨\u{200D}👩\u{200D}👧二", "三"])
    #expect(broken("ab🇨🇳cd", width: 3) == ["ab🇨🇳", "cd"])
    #expect(broken("一e\u{0301}二三", width: 5) == ["一e\u{0301}二", "三"])
    // Plain-path text: a zero-width mark stays with the character before it.
    #expect(broken("一二か\u{3099}三", width: 6) == ["一二か\u{3099}", "三"])
  }

  @Test func paragraphsAreIndentedByTwoIdeographicSpaces() {
    let article = Article(title: "标题", blocks: [Block(.paragraph, "一二三四五六七八九十一二三四五六七八九十")])
    let lines = ArticleLayout.lines(for: article, width: 20)
    let body = lines.filter { $0.style == .paragraph }
    #expect(body.map(\.text) == ["\u{3000}\u{3000}一二三四五六七八", "九十一二三四五六七八", "九十"])
    #expect(body.first?.source?.column == 4)
    #expect(body.dropFirst().allSatisfy { $0.source?.column == 0 })
    let plain = ArticleLayout.lines(
      for: article, width: 20, options: LayoutOptions(indentParagraphs: false))
    #expect(plain.filter { $0.style == .paragraph }.first?.text == "一二三四五六七八九十")
    // Too narrow for an indent.
    let narrow = ArticleLayout.lines(for: article, width: 12)
    #expect(narrow.filter { $0.style == .paragraph }.first?.text == "一二三四五六")
  }

  @Test func headerThenBlocksWithStylesAndSpans() {
    let article = Article(
      kicker: "引题", title: "主题", subtitle: "副题", byline: Byline(text: "本报记者 甲"),
      blocks: [
        Block(.lead, "导语。"), Block(.paragraph, "第一段。"), Block(.paragraph, "第二段。"),
        Block(.subheading, "小标题"), Block(.paragraph, "第三段。"), Block(.caption, "图为某地。"),
        Block(.note, "（A04）"),
      ])
    let lines = ArticleLayout.lines(for: article, width: 40)
    #expect(
      lines.map(\.style) == [
        .kicker, .title, .subtitle, .byline, .blank, .lead, .blank, .paragraph, .paragraph,
        .blank, .subheading, .blank, .paragraph, .blank, .caption, .blank, .note,
      ])
    #expect(lines[1].source == SourceSpan(field: .title, range: 0..<2, column: 0))
    #expect(lines[8].source == SourceSpan(field: .block(2), range: 0..<4, column: 4))
    #expect(lines.filter { $0.style != .blank }.allSatisfy { $0.source != nil })
    #expect(lines.filter { $0.style == .blank }.allSatisfy { $0.source == nil && $0.text.isEmpty })
  }

  @Test func undisplayableScalarsBecomeReplacementCharacters() {
    let article = Article(title: "", blocks: [Block(.note, "甲\u{7}乙")])
    let lines = ArticleLayout.lines(for: article, width: 20)
    #expect(lines.map(\.text) == ["甲\u{FFFD}乙"])
  }

  @Test func columnsForSourceRanges() throws {
    let article = Article(title: "", blocks: [Block(.paragraph, "今年68岁的唐康林是一名铁人三项爱好者")])
    let lines = ArticleLayout.lines(for: article, width: 20)
    let first = try #require(lines.first)
    // "\u{3000}\u{3000}今年68岁的唐康林" fills 20 cells: 68 is scalars 2..<4 at columns 4+4 ..< 4+6.
    #expect(first.columns(forSourceRange: 2..<4) == 8..<10)
    #expect(first.columns(forSourceRange: 0..<1) == 4..<6)
    let second = try #require(lines.dropFirst().first)
    let start = try #require(second.source?.range.lowerBound)
    #expect(second.columns(forSourceRange: start..<(start + 2)) == 0..<4)
    #expect(second.columns(forSourceRange: 0..<1) == nil)
    // A hit spanning the break is clipped to each line.
    #expect(first.columns(forSourceRange: (start - 1)..<(start + 1)) == 18..<20)
  }

  @Test func columnsCountClustersAsDrawn() throws {
    let line = try #require(
      ArticleLayout.lines(
        for: Article(title: "a👍🏽b中"), width: 20
      ).first)
    // a(1) 👍🏽(2, two scalars) b(1) 中(2)
    #expect(line.columns(forSourceRange: 1..<3) == 1..<3)
    #expect(line.columns(forSourceRange: 2..<3) == 1..<3)
    #expect(line.columns(forSourceRange: 3..<5) == 3..<6)
  }
}
