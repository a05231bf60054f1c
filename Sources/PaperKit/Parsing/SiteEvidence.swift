/// Evidence for what web and e-paper crawls add around a page's articles: navigation,
/// metadata lines under titles, the HTML title, and source credits. Shapes every site prints,
/// not one site's strings.
enum SiteEvidence {
  /// Link texts of a site's navigation.
  static let navigationLabels: Set<String> = [
    "上一篇", "下一篇", "上一版", "下一版", "上一期", "下一期", "返回", "返回主页", "返回首页", "返回目录", "返回版面",
  ]
  /// Words that label a metadata field: 稿件来源：…, 来源：…, 作者：…, 字数 1234字.
  static let metadataLabels = ["稿件来源", "来源", "作者", "发布时间", "发表时间", "日期", "时间", "字数", "浏览"]

  private static let navigationLabelsLongestFirst = navigationLabels.sorted { $0.count > $1.count }

  /// Labels that open a line of the site's own controls: `当前位置：首页 > …`, `分享到：微信 …`,
  /// `上一篇：某某标题`.
  static let controlLabels = [
    "当前位置", "您的位置", "您现在的位置", "分享到", "上一篇", "下一篇", "字号", "字体", "字級", "字級", "字體", "分享",
  ]
  private static let controlLabelPrefixes = controlLabels.flatMap { [$0 + "：", $0 + ":"] }
  /// The first characters of the control labels, for a cheap test before them.
  private static let controlLabelFirsts = PlainMarks(
    String(String.UnicodeScalarView(controlLabels.compactMap(\.unicodeScalars.first))))
  /// The first characters of 版权声明, 免责声明, 版权所有, 版權所有.
  private static let noticeFirsts = PlainMarks("版免")

  /// True for a navigation line: `<<上一篇`, `下一篇>>`, `返回主页`, `【返回】`, a menu
  /// (`首页 | 要闻 | 宏观`), a breadcrumb (`当前位置：首页 > …`), `分享到：…`, `【打印】 【关闭】`.
  static func isNavigation(_ text: String, length: Int? = nil) -> Bool {
    let length = length ?? TextEvidence.length(text)
    // A copyright notice is a sentence or two, but the site's, not the article's.
    let mayBeNotice = text.mayOpen(withOneOf: noticeFirsts)
    if mayBeNotice,
      text.opens(with: "版权声明") || text.opens(with: "免责声明") || text.opens(with: "版权所有")
    {
      return true
    }
    guard length <= ParserLimits.metadataLength, !text.includes("。") else {
      return false
    }
    if text.mayOpen(withOneOf: controlLabelFirsts),
      controlLabelPrefixes.contains(where: text.opens(with:))
    {
      return true
    }
    if isMenu(text) || isControlButtons(text) || isBreadcrumb(text) { return true }
    if text.includes("ICP")
      || (mayBeNotice && (text.opens(with: "版权所有") || text.opens(with: "版權所有")))
    {
      return true
    }
    guard length <= 24, mayBeNavigationLabels(text) else { return false }
    var rest = Substring(
      String(
        String.UnicodeScalarView(
          text.unicodeScalars.filter { !"<>＜＞«»《》【】[]()（） ".unicodeScalars.contains($0) })))
    // `<< 上一版 下一版 >>`: nothing but navigation labels, one after another.
    guard !rest.isEmpty else { return false }
    while !rest.isEmpty {
      guard let label = navigationLabelsLongestFirst.first(where: { rest.hasPrefix($0) }) else {
        return false
      }
      rest = rest.dropFirst(label.count)
    }
    return true
  }

  /// The scalars of the navigation labels and of the marks around them.
  private static let navigationScalars = Set(
    (navigationLabels.joined() + "<>＜＞«»《》【】[]()（） ").unicodeScalars)

  /// False when a plain scalar that is in no navigation label (nor a mark around one) shows
  /// the text is more than labels: a cheap test before reading it label by label.
  private static func mayBeNavigationLabels(_ text: String) -> Bool {
    !text.unicodeScalars.contains { $0.isPlain && !navigationScalars.contains($0) }
  }

  /// The metadata a site prints with an article, and the author's name when one comes first:
  /// a bare date (`2026-03-28`), `（ 2026-05-06 ） 稿件来源：某某报 某版`, `字数 1234字`,
  /// `《 某某报 》（ 2026年05月06日 第 3 版 ）`, `尹双红 《人民日报》（…第 05 版）`.
  static func metadata(_ text: String) -> MetadataLine? {
    guard TextEvidence.isAtMost(text, ParserLimits.metadataLength), !text.includes("。") else {
      return nil
    }
    if mayOpenWithDate(text), text.wholeMatch(of: bareDate) != nil { return MetadataLine() }
    if metadataLabels.contains(where: { labelled(text, $0) }) {
      return MetadataLine(authors: authors(in: text))
    }
    if text.includes("版"), let match = text.wholeMatch(of: paperAndPage) {
      let name = String(match.output.author).trimmingSpaces
      guard !name.isEmpty else { return MetadataLine() }
      // Only a name may stand before the paper: 2–4 characters, perhaps spread by a space.
      let letters = name.filter { $0 != " " }
      guard (2...4).contains(letters.count), letters.allSatisfy(\.isCJKIdeograph) else {
        return nil
      }
      return MetadataLine(authors: [letters])
    }
    return nil
  }

  /// False when the text's first scalar is plain and no bracket, space or digit, as a bare
  /// date opens: a cheap test before its expression.
  private static func mayOpenWithDate(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return !first.isPlain || dateOpenings.contains(first)
  }

  private static let dateOpenings = PlainMarks("（( \u{3000}0123456789")
  /// What separates a site's name from a title in an HTML title.
  private static let titleSeparators = PlainMarks("_-|｜")

  /// `首页 | 要闻 | 宏观 | 金融`: three or more short items between bars.
  private static func isMenu(_ text: String) -> Bool {
    guard text.includes("|") || text.includes("｜") else { return false }
    let items = text.split(whereSeparator: { $0 == "|" || $0 == "｜" }).map { $0.trimmingSpaces }
    return items.count >= 3 && items.allSatisfy { !$0.isEmpty && $0.count <= 6 }
  }

  /// `首頁 > 生活 > 臺北市`: short items between `>`, the first the site's home.
  private static func isBreadcrumb(_ text: String) -> Bool {
    guard text.includes(">") || text.includes("＞") || text.includes("›") else { return false }
    let items = text.split(whereSeparator: { ">＞›»".contains($0) }).map { $0.trimmingSpaces }
    return items.count >= 3 && items.allSatisfy { !$0.isEmpty && $0.count <= 10 }
  }

  /// `【字号：大 中 小】 【打印】 【关闭】`: nothing but two or more bracketed controls.
  private static func isControlButtons(_ text: String) -> Bool {
    guard text.first == "【", text.last == "】" else { return false }
    let items = text.split(separator: "】").map { $0.trimmingSpaces }
    return items.count >= 2 && items.allSatisfy { $0.hasPrefix("【") && $0.count <= 12 }
  }

  /// The people a metadata line's `作者：` field names: `作者：本报记者 钱文 李想` → 钱文, 李想.
  private static func authors(in text: String) -> [String] {
    guard let range = text.firstByteRange(of: "作者") else { return [] }
    var field = text[range.upperBound...].drop { $0 == "：" || $0 == ":" || $0 == " " }
    // The next field's label ends this one: `作者：张三 字数：…`.
    if let next = field.firstIndex(where: { $0 == "：" || $0 == ":" }),
      let space = field[..<next].lastIndex(of: " ")
    {
      field = field[..<space]
    }
    var byline = Byline(text: "")
    BylineParser.assignPeople(in: String(field), to: &byline)
    let names = byline.names
    guard names.allSatisfy({ (2...4).contains($0.count) && $0.allSatisfy(\.isCJKIdeograph) })
    else { return [] }
    return names
  }

  /// True when the text opens with `label` (after a date, perhaps) and a colon or a number
  /// follows it, as a field label is.
  private static func labelled(_ text: String, _ label: String) -> Bool {
    // Only a date may stand before the label: a text that cannot open with one must open
    // with the label (a byte test, not a search).
    guard mayOpenWithDate(text) || text.utf8.starts(with: label.utf8),
      let range = text.firstByteRange(of: label)
    else { return false }
    let before = String(text[..<range.lowerBound]).trimmingSpaces
    guard before.isEmpty || before.wholeMatch(of: bareDate) != nil else { return false }
    guard let next = text[range.upperBound...].first(where: { $0 != " " }) else { return false }
    return next == "：" || next == ":" || (next.isASCII && next.isNumber)
  }

  /// The suffix of an HTML title, `…_都市快报`, `…-华夏商报数字报`: the site's name after the last
  /// underscore, dash or bar.
  static func siteTitleSuffix(_ text: String) -> Substring? {
    // The site's name is short: look for the separator among the last characters only.
    let scalars = text.unicodeScalars
    var index = scalars.endIndex
    var seen = 0
    var separator: String.Index?
    while index > scalars.startIndex, seen <= 13 {
      index = scalars.index(before: index)
      if titleSeparators.contains(scalars[index]) {
        separator = index
        break
      }
      seen += 1
    }
    guard let underscore = separator else { return nil }
    let suffix = text[text.index(after: underscore)...].drop { $0 == " " }
    // A site's name is words (`都市快报`, `news.example`), after a title: not `2026-03-28`.
    guard (2...12).contains(suffix.count), !suffix.contains(" "),
      suffix.count(where: { $0.isCJKIdeograph || ($0.isASCII && $0.isLetter) }) >= 2,
      scalars.index(scalars.startIndex, offsetBy: 2, limitedBy: underscore) != nil
    else { return nil }
    return suffix
  }

  /// The site's name leading an HTML title, `南湖晨报数字报-第A08版：…-标题`: the text before the
  /// first dash, underscore or bar, when a title follows it.
  static func siteTitlePrefix(_ text: String) -> Substring? {
    guard let separator = text.firstIndex(ofAnyOf: titleSeparators) else { return nil }
    let prefix = text[..<separator].trimmingSpaces
    let rest = text[text.index(after: separator)...]
    // At least four characters after it: counted no further than that.
    guard (2...16).contains(prefix.count), !prefix.contains(" "), !rest.dropFirst(3).isEmpty,
      prefix.count(where: { $0.isCJKIdeograph || ($0.isASCII && $0.isLetter) }) >= 2
    else { return nil }
    return Substring(prefix)
  }

  /// A source credit on its own line: `据新华社`, `据央视新闻`, `综合新华社、央视新闻`.
  static func isSourceCredit(_ text: String) -> Bool {
    let compiled = text.opens(with: "综合")
    guard compiled || text.first == "据" || text.first == "據" else { return false }
    let body = text.dropFirst(compiled ? 2 : 1)
    // `综合新闻` names a page; `综合央视新闻`, `综合新华社、北京日报` name sources.
    let shortest = compiled ? 3 : 2
    guard (shortest...ParserLimits.sourceCreditLength).contains(body.count) else { return false }
    return !body.contains { "，。！？；“”（）电讯".contains($0) }
  }

  /// A source credit glued after a paragraph's last sentence (`…。据央视新闻`): the paragraph
  /// and the credit.
  static func trailingSourceCredit(_ text: String) -> (credit: String, rest: String)? {
    trailingSourceCredit(after: TextEvidence.afterLastSentence(text))
  }

  /// `trailingSourceCredit` from the paragraph's `afterLastSentence`, when that is known.
  static func trailingSourceCredit(after lastSentence: (sentences: String, tail: String)?) -> (
    credit: String, rest: String
  )? {
    guard let (sentences, tail) = lastSentence, isSourceCredit(tail) else { return nil }
    return (tail, sentences)
  }

  private nonisolated(unsafe) static let bareDate =
    #/[（(]?\s?[0-9]{4}\s?(?:[-./]|年)\s?[0-9]{1,2}\s?(?:[-./]|月)\s?[0-9]{1,2}\s?日?(?:\s?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s?[）)]?/#
  // nonisolated(unsafe): Regex is not Sendable, but a compiled regex is never mutated.
  private nonisolated(unsafe) static let paperAndPage =
    #/(?<author>[^《》（）]{0,8}?)\s?《\s?[^《》]{2,12}\s?》\s?[（(][^（）()]{0,30}第\s?[A-Za-z]?[0-9]{1,3}\s?版\s?[）)]/#
}

/// A site metadata line, and the authors it names.
struct MetadataLine: Sendable, Equatable {
  /// The name before `《某某报》（…版）`, or the people of a `作者：` field.
  var authors: [String] = []
}

extension Character {
  /// True for a CJK unified ideograph (the letters of a Chinese name).
  var isCJKIdeograph: Bool {
    unicodeScalars.count == 1
      && unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } == true
  }
}
