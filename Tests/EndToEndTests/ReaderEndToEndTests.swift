import Foundation
import Testing

/// The walk through the bundled seed page, on the real binary in tmux.
@Suite("Reading in a terminal", .serialized)
struct ReaderEndToEndTests {
  /// The section-list screen (not the article view): other articles' titles are listed.
  private static func isList(_ rows: [String]) -> Bool {
    let flat = TmuxSession.flatten(rows)
    return flat.contains("沧县：观摩学先进") && flat.contains("新华区") && !flat.contains("通讯员刘明宇")
  }

  @Test("open the seed page, read an article, resize, help, quit")
  func walkThroughTheSeedPage() throws {
    let run = try DubaoRun()
    let tmux = run.tmux
    expectFits(try run.waitForSeedList(), width: 80, height: 24)

    // Tab to 新闻速递; its first article is 沧州经济开发区：公园绿地开放共享.
    try tmux.send("Tab")
    try tmux.send("Enter")
    let article = try tmux.waitFor("沧州经济开发区：公园绿地开放共享", "通讯员刘明宇")
    expectFits(article, width: 80, height: 24)

    try tmux.send("G")
    expectFits(try tmux.waitFor("大大提升居民的获得感和幸福感。"), width: 80, height: 24)

    try tmux.send("q")
    expectFits(try tmux.waitUntil("the section list again", Self.isList), width: 80, height: 24)

    try tmux.resize(width: 41, height: 12)
    // Redrawn for the new size (not just cut by tmux): the status line, which says the
    // selection is in section 2 of 7, is on the last row.
    let narrow = try tmux.waitUntil("a 41×12 redraw keeping the selection") { rows in
      try tmux.paneSize() == (41, 12) && fits(rows, width: 41) && rows.count == 12
        && rows[11].contains("2/7") && TmuxSession.flatten(rows).contains("沧州经济开发区")
    }
    expectFits(narrow, width: 41, height: 12)

    try tmux.resize(width: 20, height: 6)
    let tiny = try tmux.waitUntil("a 20×6 redraw") { rows in
      try tmux.paneSize() == (20, 6) && fits(rows, width: 20) && rows.count == 6
        && rows[5].contains("2/7")
    }
    expectFits(tiny, width: 20, height: 6)
    #expect(!DubaoRun.exited(tiny), "dubao exited at 20×6\n\(TmuxSession.show(tiny))")

    try tmux.send("?")
    try tmux.waitUntil("help at 20×6") { rows in fits(rows, width: 20) && rows != tiny }

    try tmux.resize(width: 80, height: 24)
    let help = try tmux.waitFor("Tab", "Enter")
    expectFits(help, width: 80, height: 24)

    try run.quitWithQ()
    try run.expectExit(status: 0)
  }

  @Test("below 20×6 a single line says the terminal is too small, and it recovers")
  func tooSmall() throws {
    let run = try DubaoRun()
    let tmux = run.tmux
    try run.waitForSeedList()
    try tmux.resize(width: 15, height: 4)
    let small = try tmux.waitUntil("a one-line screen at 15×4") { rows in
      try tmux.paneSize() == (15, 4)
        && rows.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count == 1
    }
    expectFits(small, width: 15, height: 4)
    try tmux.resize(width: 80, height: 24)
    expectFits(try run.waitForSeedList(), width: 80, height: 24)
    try tmux.send("Q")
    try run.expectExit(status: 0)
  }

  @Test("after shrinking to 20×6 and below and growing back, the screen is as before")
  func redrawAfterResizes() throws {
    let run = try DubaoRun()
    let tmux = run.tmux
    try run.waitForSeedList()
    try tmux.send("Tab")
    // The selection (reverse video) is on 沧州经济开发区 before the frame is kept.
    try tmux.waitUntil("the selection on 沧州经济开发区") { _ in
      let row = try tmux.captureCells().first { $0.contains("沧州经济开发区") } ?? ""
      return sgrParameters(row).contains(7)
    }
    var before = try tmux.captureCells()
    try tmux.waitUntil("the frame to be drawn completely") { _ in
      let again = try tmux.captureCells()
      defer { before = again }
      return again == before
    }
    for (width, height) in [(41, 12), (20, 6), (15, 4), (33, 7), (80, 24)] {
      try tmux.resize(width: width, height: height)
      try tmux.waitUntil("the pane to be \(width)×\(height)") { rows in
        try tmux.paneSize() == (width, height) && fits(rows, width: width)
      }
    }
    let after = try tmux.waitUntil("the 80×24 frame again") { _ in
      try tmux.captureCells() == before
    }
    expectFits(after, width: 80, height: 24)
    try tmux.send("Q")
    try run.expectExit(status: 0)
  }

  @Test("at 41×12 the article's end shows only after G")
  func endOfArticleAtNarrowWidth() throws {
    let run = try DubaoRun(width: 41, height: 12)
    let tmux = run.tmux
    let top = try run.openFirstNewsBrief()
    expectFits(top, width: 41, height: 12)
    #expect(!TmuxSession.flatten(top).contains("大大提升居民的获得感和幸福感。"))
    try tmux.send("G")
    let bottom = try tmux.waitFor("大大提升居民的获得感和幸福感。")
    expectFits(bottom, width: 41, height: 12)
    try tmux.send("g")
    try tmux.waitFor("通讯员刘明宇")
    try tmux.send("Q")
    try run.expectExit(status: 0)
  }

  @Test("search: a visible cursor in the prompt, Chinese typed, the match highlighted")
  func search() throws {
    let run = try DubaoRun()
    let tmux = run.tmux
    try run.waitForSeedList()
    try tmux.send("/")
    try tmux.type("幸福感")
    try tmux.waitUntil("the query in the prompt with the cursor after it") { rows in
      let cursor = try tmux.format("#{cursor_flag} #{cursor_y} #{cursor_x}")
      return rows.last?.contains("幸福感") == true && cursor == "1 23 \(1 + 3 * 2)"
    }
    try tmux.send("Enter")
    try tmux.waitFor("大大提升居民的获得感和幸福感。")
    try tmux.waitUntil("the current match highlighted and the cursor hidden") { _ in
      let row = try tmux.captureCells().first { $0.contains("幸福感") } ?? ""
      let cursorFlag = try tmux.format("#{cursor_flag}")
      return !sgrParameters(row).isDisjoint(with: [43, 46]) && cursorFlag == "0"
    }
    try tmux.send("Q")
    try run.expectExit(status: 0)
  }

  @Test("colours by default")
  func colourByDefault() throws {
    let coloured = try DubaoRun()
    try coloured.waitForSeedList()
    let colourCodes = sgrParameters(try coloured.tmux.captureWithEscapes())
    #expect(
      !colourCodes.isDisjoint(with: Self.colourParameters),
      "no colour in \(colourCodes.sorted())")
    try coloured.tmux.send("Q")
    try coloured.expectExit(status: 0)
  }

  @Test(
    "attributes only with NO_COLOR or on a terminal without colours (vt100)",
    arguments: [["NO_COLOR": "1"], ["TERM": "vt100"]])
  func attributesOnly(environment: [String: String]) throws {
    let plain = try DubaoRun(environment: environment)
    try plain.waitForSeedList()
    let plainCodes = sgrParameters(try plain.tmux.captureWithEscapes())
    #expect(
      plainCodes.isDisjoint(with: Self.colourParameters),
      "colour with \(environment): \(plainCodes.sorted())")
    #expect(
      !plainCodes.isDisjoint(with: [1, 2, 4, 7]),
      "no attributes at all with \(environment): \(plainCodes.sorted())")
    try plain.tmux.send("Q")
    try plain.expectExit(status: 0)
  }

  /// SGR parameters that set a colour.
  private static let colourParameters = Set(30...38).union(40...48).union(90...97).union(100...107)
}

/// Every SGR parameter used in text captured with `capture-pane -e`.
func sgrParameters(_ text: String) -> Set<Int> {
  var result = Set<Int>()
  var rest = Substring(text)
  while let start = rest.range(of: "\u{1B}[") {
    rest = rest[start.upperBound...]
    guard let end = rest.firstIndex(where: { !("0"..."9").contains($0) && $0 != ";" }) else {
      break
    }
    if rest[end] == "m" {
      var parameters = rest[..<end].split(separator: ";", omittingEmptySubsequences: false).map {
        Int($0) ?? 0
      }
      // 38;5;n and 48;5;n: keep 38/48, skip the index.
      var index = 0
      while index < parameters.count {
        result.insert(parameters[index])
        if parameters[index] == 38 || parameters[index] == 48 { index += 2 }
        index += 1
      }
      parameters.removeAll()
    }
    rest = rest[end...]
  }
  return result
}
