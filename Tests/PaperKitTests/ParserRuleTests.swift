import Foundation
import Testing

@testable import PaperKit

/// One table test per parser rule: a few lines in, the kind and the deciding rule of one line
/// out; and the rule table in docs/format.md kept equal to the rules in the code.
@Suite struct ParserRuleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    /// The rule whose decision is checked (the last rule recorded on the line).
    var rule: String
    /// The page text.
    var text: String
    /// The 1-based line checked.
    var line: Int
    /// Its kind as `--explain` prints it (with the heading role after `:`).
    var kind: String
    var testDescription: String { rule }
  }

  static let cases: [Case] = [
    Case(rule: "page-furniture", text: "沧海日报\n2026年3月4日 星期三\n", line: 2, kind: "furniture"),
    Case(rule: "site-navigation", text: "标题\n下一篇>>\n", line: 2, kind: "furniture"),
    Case(
      rule: "site-metadata", text: "零关税开放之诺\n（ 2026-05-02 ） 稿件来源：新华每日电讯 要闻\n　　正文第一段。\n", line: 2,
      kind: "metadata"),
    Case(rule: "note", text: "正文的一段话。\n\n下转第6版\n", line: 3, kind: "note"),
    Case(
      rule: "author-note", text: "正文的一段话。\n【本文系江南省社科基金项目“新时代基层治理现代化路径研究”的阶段性成果】\n", line: 2,
      kind: "note"),
    Case(
      rule: "dateline-bracketed", text: "正文的一段话。\n（本报永兴岛7月22日电）\n", line: 2, kind: "dateline"),
    Case(rule: "dateline-line", text: "正文的一段话。\n新华社北京4月26日电\n", line: 2, kind: "dateline"),
    Case(rule: "source-credit", text: "正文的一段话。\n据央视新闻\n", line: 2, kind: "credit"),
    Case(rule: "byline-line", text: "标题在这里\n新华社记者\n正文的一段话。\n", line: 2, kind: "byline"),
    Case(rule: "caption-marker", text: "图为村民在田间劳作。\n", line: 1, kind: "caption"),
    Case(
      rule: "heading-indented", text: "标题\n　　正文的一段话。\n　　小标题\n　　正文的一段话。\n", line: 3,
      kind: "heading:subhead"),
    Case(
      rule: "heading-unindented", text: "一个不缩进的标题行\n　　正文的一段话。\n　　正文的一段话。\n", line: 1,
      kind: "heading:title"),
    Case(rule: "heading-shape", text: "短标题\n\n正文的一段话。\n", line: 1, kind: "heading:title"),
    Case(rule: "body", text: "正文的一段话，很长很长。\n", line: 1, kind: "body"),
    Case(
      rule: "site-title", text: "一文讲清_某某快报\n\n\n\n\n\n\n\n\n\n\n\n标题\n2026-03-28\n　　正文。\n", line: 1,
      kind: "furniture"),
    Case(
      rule: "repeated-metadata",
      text:
        "甲标题\n2026.05.06 10:23 阅读1200\n　　正文。\n乙标题\n2026.05.07 09:01 阅读980\n　　正文。\n丙标题\n2026.05.08 11:45 阅读3021\n　　正文。\n",
      line: 5, kind: "metadata"),
    Case(
      rule: "cut-byline", text: "标题很短\n\n本报海口7月22日讯（海南\n\n日报记者易宗平）7月22日，会议召开。\n", line: 5,
      kind: "body"),
    Case(
      rule: "narrow-column-run", text: "这 个 时\n节的忙碌都\n写在了农\n民的脸上\n田间地头\n", line: 2, kind: "body"),
    Case(
      rule: "masthead-above-furniture", text: "沧海晚刊\n2026年3月4日 星期三\n", line: 1, kind: "furniture"),
    Case(rule: "bare-author", text: "标题\n王 宁\n正文的一段话。\n", line: 2, kind: "byline"),
    Case(
      rule: "signature-after-text",
      text: "老屋檐下的燕子\n\n燕子又回来了，在老屋檐下筑巢。\n\n林晚秋\n\n下一篇的标题\n\n本报讯（记者张三）正文。\n",
      line: 5, kind: "byline"),
    Case(
      rule: "author-after-metadata",
      text: "一树花果两相依\n（ 2026-05-02 ） 稿件来源：某某电讯 某版\n　　刘军\n　　正文的一段话。\n",
      line: 3, kind: "byline"),
    Case(
      rule: "long-title", text: "要全力组织抢险救援、伤员救治、群众安置 扎实做好防灾救灾各项工作\n本报讯（记者张三）正文。\n", line: 1,
      kind: "heading:title"),
    Case(
      rule: "quoted-kicker", text: "“我心脏不舒服，开不了车……”\n突发心梗\n\n记者 董吕平\n\n正文。\n", line: 1,
      kind: "heading:kicker"),
    Case(
      rule: "subhead-second-line",
      text: "标题\n　　本报讯（记者张三）正文。\n　　满怀热忱补短板\n　　下定决心拿出魄力，挖掘创新潜力，激发创新活力\n　　集体拒签？\n　　几年前，企业参加了一场招标。\n",
      line: 4, kind: "heading:subhead"),
    Case(
      rule: "caption-before-credit", text: "夏 日 荷 塘\n\n6月9日，游客在湿地公园赏荷拍照。\n\n特约摄影 周磊\n\n另一个标题\n",
      line: 3,
      kind: "caption"),
    Case(
      rule: "caption-after-credit",
      text: "标题\n\n本报讯（记者张三）正文。\n\n本报记者 赵阳 摄\n\n工坊内，村民正在组装电子元件。\n", line: 7, kind: "caption"),
    Case(rule: "text-after-byline", text: "标题\n\n本报记者 张三\n\n短短一行\n", line: 5, kind: "body"),
    Case(
      rule: "trailer-in-parentheses", text: "标题\n\n正文的一段话。\n\n（李文）\n", line: 5, kind: "note"),
    Case(
      rule: "cut-paragraph-half", text: "标题\n\n正文的一段话。\n\n为推动海南自贸港“人\n\n口红利”转型，会议召开。\n", line: 5,
      kind: "body"),
    Case(
      rule: "cut-paragraph", text: "标题\n\n居民的事，大家的事，要靠居民主\n\n动维\n\n护。居民有问题就来。\n", line: 5,
      kind: "body"),
  ]

  @Test(arguments: cases) func ruleDecidesLine(_ test: Case) throws {
    let rows = PageParser.explain(test.text)
    let row = try #require(rows.first { $0.lineNumber == test.line }, "no line \(test.line)")
    #expect(row.rules.last == test.rule, "\(row.rules)")
    #expect(row.kind == test.kind)
  }

  @Test func everyRuleHasATableTest() {
    #expect(Set(Self.cases.map(\.rule)) == Set(PageParser.ruleNames))
  }

  /// The rule table in docs/format.md lists the rules in the code, in their order.
  @Test func ruleTableMatchesTheCode() throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../docs/format.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    let section = try #require(text.components(separatedBy: "## Rules").dropFirst().first)
    let table = section.components(separatedBy: "\n## ").first ?? ""
    let names = table.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("| `") else { return nil }
      return line.dropFirst(3).split(separator: "`").first.map(String.init)
    }
    #expect(names == PageParser.ruleNames)
  }

  @Test func explainRowIsTabSeparatedAndCut() {
    let row = LineExplanation(lineNumber: 3, kind: "body", rules: ["body"], text: "一二三四五")
    #expect(row.row(textLength: 3) == "3\tbody\tbody\t一二三…")
  }
}
