import Foundation
import Testing

@testable import PaperKit

/// One small test per bug that hostile inputs found (docs/robustness.md).
@Suite struct RobustnessRegressionTests {
  /// U+0897 (Unicode 16) joins the cluster before it in Swift but glibc rates it -1, so the
  /// layout shows it as U+FFFD, a cell of its own. Measuring the cluster as one unit made a line
  /// wider than the width, and 300 such marks overflowed the unit's width byte (a crash).
  @Test(arguments: [1, 2, 3, 8])
  func marksUnknownToTheCLibraryNeitherOverflowNorCrash(width: Int) {
    for text in [
      "婷\u{327}\u{897}", "a" + String(repeating: "\u{897}", count: 300) + "中文",
      "\u{897}\u{301}x\u{1ACF}",
    ] {
      let article = Article(title: text, blocks: [Block(.paragraph, text)])
      let lines = ArticleLayout.lines(for: article, width: width)
      var shown = 0
      for line in lines where line.source != nil {
        #expect(CellWidth.of(line.text) <= max(width, 2), "\(line.text.debugDescription)")
        #expect(line.text.unicodeScalars.count == line.source!.range.count)
        shown += line.source!.range.count
      }
      #expect(shown == 2 * text.unicodeScalars.count)
    }
  }

  /// The `* * *` between articles was 5 cells at every width.
  @Test(arguments: 1...5)
  func dumpSeparatorFitsNarrowWidths(width: Int) {
    let page = Page(
      source: "p", encoding: "UTF-8",
      sections: [Section(name: nil, articles: [Article(title: "甲"), Article(title: "乙")])])
    let dump = PlainTextDump.text(of: [page], width: width)
    #expect(dump.contains("*"))
    for line in dump.split(separator: "\n") {
      #expect(CellWidth.of(line) <= max(width, 2), "\(line)")
    }
  }

  /// A paragraph cut into thousands of lines is mended into one, in order (the mender used to
  /// copy the growing paragraph at every join: quadratic, minutes for 400k lines).
  @Test func aParagraphCutIntoManyLinesIsMendedWhole() {
    let pieces = (0..<3000).map { String(Unicode.Scalar(0x4E00 + UInt32($0 % 500))!) }
    let text = "标题\n\n本报记者 张三\n\n" + pieces.joined(separator: "\n") + "。\n"
    let page = PageParser.parse(text, source: "t")
    let paragraphs = page.articles.flatMap(\.blocks).filter { $0.kind == .paragraph }
    #expect(paragraphs.map(\.text) == [pieces.joined() + "。"])
  }

  /// A long run of closing marks is not a sentence end, and reading it stays cheap.
  @Test func longRunsOfClosersOrMarksDoNotEndSentences() {
    #expect(TextEvidence.endsSentence("好。" + String(repeating: "”", count: 5)))
    #expect(!TextEvidence.endsSentence(String(repeating: "）", count: 10_000)))
    #expect(!TextEvidence.endsSentence("a" + String(repeating: "\u{301}", count: 10_000)))
    let text = String(repeating: "）\n", count: 3000)
    let page = PageParser.parse(text, source: "t")
    #expect(ParserInvariantTests.modelScalars(page) == ParserInvariantTests.counts(text))
  }

  /// A paragraph ending in many `文/… ` credits that fail to match at the very end: the credit
  /// pattern could read every space two ways, so the failing match backtracked exponentially
  /// (24 credits: over a minute; 40: forever). It must now answer at once.
  @Test func aLongFailingCreditDoesNotBacktrackExponentially() {
    let tail = String(repeating: "文/a ", count: 40) + "文/"
    #expect(BylineParser.trailingCredit("正文。" + tail) == nil)
    let credit = BylineParser.trailingCredit("正文。文/李四 图/王五")
    #expect(credit?.byline.reporters == ["李四"])
    #expect(credit?.byline.photographers == ["王五"])
    #expect(credit?.rest == "正文。")
    let page = PageParser.parse("标题\n\n正文。" + tail + "\n", source: "t")
    #expect(page.articles.first?.blocks.first?.text == "正文。" + tail.trimmingSpaces)
  }

  /// Thousands of byline lines in a row are one byline, extended in place (it was copied at
  /// every line: quadratic); after the text they are notes.
  @Test func longRunsOfBylineLinesKeepEveryName() {
    let names = (0..<2000).map { "张" + String(Unicode.Scalar(0x4E00 + UInt32($0 % 900))!) }
    let text = "标题\n\n" + names.map { "记者 " + $0 }.joined(separator: "\n") + "\n\n正文。\n"
    let page = PageParser.parse(text, source: "t")
    let article = page.articles.first
    #expect(article?.byline?.reporters == names)
    #expect(article?.paragraphCount == 1)
    #expect(ParserInvariantTests.modelScalars(page) == ParserInvariantTests.counts(text))
  }

  /// A long run of caption lines: each used to look past all the captions after it
  /// (quadratic); they are all kept, in order.
  @Test func longRunsOfCaptionsAreAllKept() {
    let captions = (0..<3000).map { String(Unicode.Scalar(0x4E00 + UInt32($0 % 900))!) + " 摄" }
    let text = "标题\n\n本报记者 张三\n\n正文，\n" + captions.joined(separator: "\n") + "\n"
    let page = PageParser.parse(text, source: "t")
    let kept = page.articles.flatMap(\.blocks).filter { $0.kind == .caption }.map(\.text)
    #expect(kept == captions)
  }

  /// File names reach the outline, the warnings and the error messages: an ESC or a newline in
  /// one drove the terminal or broke the one-line message. They are shown as U+FFFD.
  @Test func controlCharactersInFileNamesAreNeverShown() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("dubao-robust-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for name in ["a\u{1B}[31mred.txt", "b\nline.txt"] {
      try Data("标题\n\n正文。\n".utf8).write(to: directory.appendingPathComponent(name))
    }
    let pages = try PageLoader.pages(at: [directory.path])
    #expect(pages.count == 2)
    let outline = OutlineFormatter.outline(of: pages)
    #expect(outline.contains("a\u{FFFD}[31mred.txt"))
    #expect(outline.contains("b\u{FFFD}line.txt"))
    #expect(!PipelineRobustnessTests.hasControl(outline, allowingNewline: true))
    #expect(
      !pages.contains { PipelineRobustnessTests.hasControl($0.source, allowingNewline: false) })

    let missing = directory.appendingPathComponent("x\u{1B}]0;title\u{7}").path
    #expect(throws: PageLoadingError("\(PageLoader.shownName(missing)): no such file or directory"))
    {
      try PageLoader.pages(at: [missing])
    }
    #expect(
      !PipelineRobustnessTests.hasControl(PageLoader.shownName(missing), allowingNewline: false))
    #expect(throws: PageLoadingError("unknown encoding 'x\u{FFFD}[2J'")) {
      try PageLoader.page(from: Array("a".utf8), source: "s", encoding: "x\u{1B}[2J")
    }
  }

  /// In a directory only regular `.txt` files are pages: a FIFO named `b.txt` blocked the read
  /// forever, a directory named `sub.txt` failed the whole issue with "read error".
  @Test func directoriesSkipFifosAndSubdirectories() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("dubao-robust-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("sub.txt"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("标题\n\n正文。\n".utf8).write(to: directory.appendingPathComponent("a.txt"))
    try #require(mkfifo(directory.appendingPathComponent("b.txt").path, 0o600) == 0)
    let pages = try PageLoader.pages(at: [directory.path])
    #expect(pages.map { ($0.source as NSString).lastPathComponent } == ["a.txt"])
  }

  /// The linear credit reader agrees with the regular expressions it replaced (kept here as
  /// the oracle) on every short text over the characters that matter.
  @Test func creditReaderAgreesWithTheOldPatterns() {
    let alphabet: [String] = ["文", "图", "摄", "影", "/", "／", " ", "a", "张", "记者"]
    var rng = SeededGenerator(seed: 1516)
    var credits = 0
    for _ in 0..<3000 {
      // Most texts start like a credit, so that many are one.
      let start = ["文/", "图 /", "摄影/", ""].randomElement(using: &rng)!
      let text =
        start
        + (0..<Int.random(in: 1...12, using: &rng)).map { _ in
          alphabet.randomElement(using: &rng)!
        }.joined()
      for compact in [true, false] {
        let mine = BylineParser.credits(in: text, compactNames: compact)?.map {
          [$0.kind, $0.names]
        }
        #expect(mine == Self.oldCredits(text, compact: compact), "\(text.debugDescription)")
        if mine != nil { credits += 1 }
      }
    }
    #expect(credits > 500)
  }

  static func oldCredits(_ text: String, compact: Bool) -> [[String]]? {
    let whole =
      compact
      ? text.wholeMatch(of: #/((文|图|摄影|摄)\s?[/／]\s?[^/／\s]+(\s[^/／\s]+)*\s?)+/#) != nil
      : text.wholeMatch(of: #/((文|图|摄影|摄)\s?[/／][^/／]+?\s?)+/#) != nil
    guard whole else { return nil }
    return text.matches(
      of: #/(?<kind>文|图|摄影|摄)\s?[/／](?<who>[^/／]+?)(?=\s?(?:文|图|摄影|摄)\s?[/／]|$)/#
    ).map { [String($0.output.kind), String($0.output.who)] }
  }
}

/// Issue 12, item 10: errors say what the system said.
@Suite struct PageFileMessageTests {
  /// A file that vanished between the folder's listing and its reading said "permission
  /// denied or unreadable".
  @Test func aFileThatVanishedIsMissingNotForbidden() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("dubao-vanished-\(UInt32.random(in: 0...UInt32.max)).txt").path
    #expect(throws: PageLoadingError("\(path): no such file or directory")) {
      try PageFile.contents(of: PagePath(path))
    }
  }

  @Test func readingAFolderAsAFileSaysSo() throws {
    let folder = FileManager.default.temporaryDirectory.path
    #expect(throws: PageLoadingError("\(folder): is a directory")) {
      try PageFile.contents(of: PagePath(folder))
    }
  }
}
