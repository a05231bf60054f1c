import Foundation
import Testing

/// The reader's second edition on the real binary in tmux: language, places kept through
/// resizes and across runs, reading on, two panes, the clipboard.
@Suite("Reader, second edition, in a terminal", .serialized)
struct ReaderSecondEditionEndToEndTests {
  /// A folder of `count` copies of the seed page, as the pages of one issue.
  static func issueFolder(pages count: Int) throws -> String {
    let folder = NSTemporaryDirectory() + "dubao-issue-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let seed = try String(contentsOfFile: seedPagePath(), encoding: .utf8)
    for n in 1...count {
      try seed.write(toFile: "\(folder)/p\(n).txt", atomically: true, encoding: .utf8)
    }
    return folder
  }

  /// Waits for `condition`, then for the screen to stay the same for a moment (keys typed
  /// together may still be arriving, and a capture can catch a frame half painted).
  static func settled(
    _ tmux: TmuxSession, _ what: String, _ condition: @escaping ([String]) throws -> Bool
  ) throws -> [String] {
    var rows = try tmux.waitUntil(what, condition)
    while true {
      Thread.sleep(forTimeInterval: 0.2)
      let again = try tmux.capture()
      if again == rows, try condition(again) { return rows }
      rows = try tmux.waitUntil(what, condition)
    }
  }

  @Test("LANG=zh_CN.UTF-8 speaks Chinese, C.UTF-8 English")
  func language() throws {
    let chinese = try DubaoRun(environment: ["LANG": "zh_CN.UTF-8"])
    let rows = try chinese.tmux.waitFor("Enter 打开", "/ 搜索")
    #expect(!TmuxSession.flatten(rows).contains("search"))
    try chinese.tmux.send("?")
    try chinese.tmux.waitFor("读报 按键", "任何时候")
    try chinese.tmux.send("q", "x")
    try chinese.tmux.waitFor("未知按键 x")
    try chinese.quitWithQ()
    try chinese.expectExit(status: 0)
    let english = try DubaoRun(environment: ["LANG": "C.UTF-8"])
    try english.tmux.waitFor("Enter open", "/ search")
    try english.quitWithQ()
    try english.expectExit(status: 0)
  }

  @Test("a resize round trip comes back to the same place")
  func resizeRoundTrip() throws {
    let run = try DubaoRun()
    let tmux = run.tmux
    try run.waitForSeedList()
    try tmux.send("3", "Enter")
    try tmux.type("9j")
    let before = try Self.settled(tmux, "scrolled into the long article") { rows in
      rows.last?.hasSuffix("%") == true && rows.last?.hasSuffix("100%") == false
        && rows.last?.contains("5/7") == true && !TmuxSession.flatten(rows).contains("section 9")
        && !TmuxSession.flatten(rows).contains("count") && !rows[0].contains("身边烦难事")
    }
    try tmux.resize(width: 200, height: 50)
    try tmux.waitUntil("a 200×50 redraw") { rows in rows.count == 50 && rows != before }
    try tmux.resize(width: 41, height: 12)
    try tmux.waitUntil("a 41×12 redraw") { rows in rows.count == 12 }
    try tmux.resize(width: 80, height: 24)
    let after = try tmux.waitUntil("back at 80×24") { rows in rows.count == 24 && rows == before }
    #expect(after == before)
    try run.quitWithQ()
    try run.expectExit(status: 0)
  }

  @Test("the place is restored across two runs; --fresh ignores it")
  func placeAcrossRuns() throws {
    let state = NSTemporaryDirectory() + "dubao-state-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: state) }
    let environment = ["XDG_STATE_HOME": state]
    let first = try DubaoRun(environment: environment)
    try first.waitForSeedList()
    try first.tmux.send("3", "Enter")
    try first.tmux.type("6j")
    let reading = try Self.settled(first.tmux, "scrolled") { rows in
      rows.last?.contains("5/7") == true && !TmuxSession.flatten(rows).contains("section")
        && !rows[0].contains("身边烦难事")
    }
    try first.tmux.send("Q")
    try first.expectExit(status: 0)
    #expect(FileManager.default.fileExists(atPath: state + "/dubao/places.json"))

    let second = try DubaoRun(environment: environment)
    let restored = try second.tmux.waitFor("back where you left off")
    #expect(Array(restored.dropLast()) == Array(reading.dropLast()))
    try second.tmux.send("q")
    let list = try second.tmux.waitFor("新闻速递")
    #expect(
      list.contains { $0.hasPrefix(" ✓ ") }, "the article read is marked\n\(TmuxSession.show(list))"
    )
    try second.tmux.send("Q")
    try second.expectExit(status: 0)

    let fresh = try DubaoRun("--fresh", environment: environment)
    let start = try fresh.waitForSeedList()
    #expect(!TmuxSession.flatten(start).contains("back where you left off"))
    #expect(start.last?.contains("1/7") == true)
    try fresh.quitWithQ()
    try fresh.expectExit(status: 0)

    // A corrupt state file: one warning, the reader still opens.
    try Data("not json".utf8).write(to: URL(fileURLWithPath: state + "/dubao/places.json"))
    let corrupt = try DubaoRun("2>" + state + "/err.txt", environment: environment)
    try corrupt.waitForSeedList()
    try corrupt.quitWithQ()
    try corrupt.expectExit(status: 0)
    let warning = try String(contentsOfFile: state + "/err.txt", encoding: .utf8)
    #expect(warning.split(separator: "\n").count == 1)
    #expect(warning.hasPrefix("dubao: warning: reading place not restored: "))

    // A state folder that cannot be made (XDG_STATE_HOME is a file): one warning, no stop.
    let blocked = state + "/blocked"
    try Data().write(to: URL(fileURLWithPath: blocked))
    let unwritable = try DubaoRun(
      "--fresh 2>" + state + "/err2.txt", environment: ["XDG_STATE_HOME": blocked])
    try unwritable.waitForSeedList()
    try unwritable.tmux.send("Enter", "Q")
    try unwritable.expectExit(status: 0)
    let notSaved = try String(contentsOfFile: state + "/err2.txt", encoding: .utf8)
    #expect(notSaved.split(separator: "\n").count == 1, "\(notSaved)")
    #expect(notSaved.hasPrefix("dubao: warning: reading place not saved: "))
  }

  @Test("Space reads on across an article and a page")
  func spaceReadsOn() throws {
    let folder = try Self.issueFolder(pages: 2)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try DubaoRun(TmuxSession.quote(folder))
    let tmux = run.tmux
    try run.waitForSeedList()
    try tmux.send("Enter", "Space")
    try tmux.waitUntil("the second article") { $0.last?.hasPrefix(" 2/7") == true }
    try tmux.send("q", "G", "Enter")  // the last article of page 1
    try tmux.waitUntil("the last article") { $0.last?.hasPrefix(" 7/7") == true }
    // It is a headline alone: Space goes on at once.
    try tmux.send("Space")
    let next = try tmux.waitUntil("page 2's first article") { rows in
      rows.last?.hasPrefix(" 1/7  on to page 2") == true
    }
    #expect(TmuxSession.flatten(next).contains("沧县：观摩学先进"))
    try run.quitWithQ()
    try run.expectExit(status: 0)
  }

  @Test("two panes at 160×40")
  func twoPanes() throws {
    let run = try DubaoRun(width: 160, height: 40)
    let tmux = run.tmux
    let rows = try tmux.waitFor("新闻速递", "│")
    expectFits(rows, width: 160, height: 40)
    try tmux.send("Tab", "Enter")
    let reading = try tmux.waitFor("通讯员刘明宇", "新闻速递", "│")
    expectFits(reading, width: 160, height: 40)
    try tmux.send("w")
    try tmux.waitUntil("one pane") { !TmuxSession.flatten($0).contains("│") }
    try run.quitWithQ()
    try run.expectExit(status: 0)
  }

  @Test("y puts the article on the clipboard with one OSC 52 sequence")
  func copy() throws {
    let run = try DubaoRun()
    let tmux = run.tmux
    _ = try tmux.run(["set-option", "-s", "set-clipboard", "on"])
    try run.openFirstNewsBrief()
    try tmux.send("y")
    try tmux.waitFor("copied ")
    var buffer = ""
    for _ in 0..<50 where buffer.isEmpty {
      buffer = (try? tmux.run(["show-buffer"])) ?? ""
      if buffer.isEmpty { Thread.sleep(forTimeInterval: 0.1) }
    }
    #expect(buffer.hasPrefix("沧州经济开发区：公园绿地开放共享\n本报讯（记者祁洁 通讯员刘明宇）\n\n"))
    #expect(buffer.contains("大大提升居民的获得感和幸福感。"))
    // Exactly one buffer: one sequence.
    let buffers = try tmux.run(["list-buffers", "-F", "#{buffer_name}"])
    #expect(buffers.split(separator: "\n").count == 1, "buffers: \(buffers)")
    try run.quitWithQ()
    try run.expectExit(status: 0)
  }

  @Test("s saves the article, asking before it overwrites; | pipes it to a command")
  func saveAndPipe() throws {
    let folder = NSTemporaryDirectory() + "dubao-save-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try DubaoRun(environment: ["D": folder])
    let tmux = run.tmux
    try run.openFirstNewsBrief()
    try tmux.send("s")
    try tmux.waitFor("save as: 沧州经济开发区：公园绿地开放共享.txt")
    try tmux.send("C-u")
    try tmux.type("\(folder)/a.txt")
    try tmux.send("Enter")
    try tmux.waitFor("saved \(folder)/a.txt")
    let saved = try String(contentsOfFile: "\(folder)/a.txt", encoding: .utf8)
    #expect(saved.hasPrefix("沧州经济开发区：公园绿地开放共享\n"))
    try tmux.send("s", "C-u")
    try tmux.type("\(folder)/a.txt")
    try tmux.send("Enter")
    try tmux.waitFor("exists: overwrite? (y/n)")
    try tmux.send("n")
    try tmux.waitFor("not saved")
    try tmux.send("|")
    try tmux.type("wc -c > \"$D/count.txt\"")
    try tmux.send("Enter")
    try tmux.waitFor("[press Enter to return to dubao]")
    try tmux.send("Enter")
    try tmux.waitFor("exit status 0", "通讯员刘明宇")
    let count = try String(contentsOfFile: "\(folder)/count.txt", encoding: .utf8)
    #expect(Int(count.trimmingCharacters(in: .whitespacesAndNewlines)) == saved.utf8.count)
    try run.quitWithQ()
    try run.expectExit(status: 0)
  }

  @Test("--theme light and dark colour titles apart; mono has no colour")
  func themes() throws {
    func titleRow(_ arguments: String, _ environment: [String: String] = [:]) throws -> String {
      let run = try DubaoRun(arguments, environment: environment)
      try run.openFirstNewsBrief()
      let rows = try run.tmux.captureWithEscapes().components(separatedBy: "\n")
      try run.tmux.send("Q")
      try run.expectExit(status: 0)
      return rows.first { $0.contains("沧州经济开发区") } ?? ""
    }
    let dark = try titleRow("--theme dark")
    let light = try titleRow("--theme light")
    let mono = try titleRow("--theme mono")
    #expect(
      dark.contains("\u{1B}[1m\u{1B}[33m") || dark.contains("33m"), "dark: \(dark.debugDescription)"
    )
    #expect(light.contains("34m"), "light: \(light.debugDescription)")
    #expect(!mono.contains("33m") && !mono.contains("34m") && mono.contains("\u{1B}[1m"))
    // COLORFGBG chooses when --theme is not given: a white background gets the light theme.
    #expect(try titleRow("", ["COLORFGBG": "0;15"]).contains("34m"))
  }

  @Test("--no-mouse leaves the mouse to the terminal")
  func noMouse() throws {
    // A left press at column 5, row 5 (SGR encoding): the row of 沧州经济开发区 in the list.
    let press: [UInt8] = [0x1B, 0x5B, 0x3C, 0x30, 0x3B, 0x35, 0x3B, 0x35, 0x4D]
    let mouse = try DubaoRun()
    try mouse.waitForSeedList()
    #expect(try mouse.tmux.format("#{mouse_any_flag}") == "1")
    try mouse.tmux.sendBytes(press)
    try mouse.tmux.waitFor("通讯员刘明宇")
    try mouse.tmux.send("Q")
    try mouse.expectExit(status: 0)

    let none = try DubaoRun("--no-mouse")
    try none.waitForSeedList()
    #expect(try none.tmux.format("#{mouse_any_flag}") == "0")
    try none.tmux.sendBytes(press)
    try none.tmux.send("j")
    let rows = try none.tmux.waitUntil("j after the press") { $0.last?.hasPrefix(" 2/7") == true }
    #expect(!TmuxSession.flatten(rows).contains("通讯员刘明宇"), "the press opened nothing")
    try none.tmux.send("Q")
    try none.expectExit(status: 0)
  }
}
