import Foundation
import Testing

/// A folder of many pages on the real binary in tmux: the first page shows while the others
/// are still being parsed, keys answer meanwhile, the page list grows, and continuations are
/// followed.
@Suite("Pages of a folder, in a terminal", .serialized)
struct PagesEndToEndTests {
  /// A folder of `count` copies of the seed page named `p1.txt` … (so that name order and
  /// natural order differ).
  static func folder(pages count: Int) throws -> String {
    let folder = NSTemporaryDirectory() + "dubao-pages-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let seed = try Data(contentsOf: URL(fileURLWithPath: seedPagePath()))
    for n in 1...count {
      try seed.write(to: URL(fileURLWithPath: "\(folder)/p\(n).txt"))
    }
    return folder
  }

  @Test("the first page shows while the rest is parsed; keys answer; the page list grows")
  func firstPageFirst() throws {
    let folder = try Self.folder(pages: 400)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let state = NSTemporaryDirectory() + "dubao-state-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: state) }
    let run = try DubaoRun(
      TmuxSession.quote(folder), width: 100, height: 24, environment: ["XDG_STATE_HOME": state])
    let tmux = run.tmux
    var rows = try tmux.waitUntil("the first page with the reading status") { rows in
      rows.contains { $0.contains("沧州经济开发区") } && rows.last?.contains("reading") == true
    }
    #expect(rows[0].contains("1/400"))
    // A key is answered while pages are still being parsed.
    try tmux.send("j")
    try tmux.waitUntil("the selection to move while reading") { rows in
      rows.last?.contains("2/7") == true && rows.last?.contains("reading") == true
    }
    // The page list: natural order (p2 second, not p10), and a page not yet read says so.
    try tmux.send("p")
    rows = try tmux.waitFor("p2.txt")
    #expect(rows[2].contains("p2.txt"), "\(TmuxSession.show(rows))")
    #expect(rows[10].contains("p10.txt"), "\(TmuxSession.show(rows))")
    try tmux.type("p400.txt")
    rows = try tmux.waitFor("p400.txt", "1of1pages")
    #expect(rows[1].contains("(being read)"), "\(TmuxSession.show(rows))")
    // It fills in when the page arrives, with no key pressed.
    try tmux.waitUntil("page 400's titles in the list", timeout: .seconds(60)) { rows in
      rows[1].contains("p400.txt") && rows[1].contains("沧县")
    }
    try tmux.send("Enter")
    rows = try tmux.waitFor("400/400", "沧州经济开发区")
    try tmux.waitUntil("the reading status to go") { rows in
      rows.last?.contains("reading") == false
    }
    // One q quits the list; saving the places of 400 pages may take a moment.
    try tmux.send("q")
    try run.expectExit(status: 0)
  }

  @Test("J opens the 上接 part of a 下转 article on the page named, q comes back")
  func continuationFollowed() throws {
    let folder = NSTemporaryDirectory() + "dubao-jump-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let front = """
      第1版

      全市春耕生产全面展开

      本报讯（记者王明）连日来，全市各地抢抓农时，春耕生产全面展开，田间地头一派繁忙景象。

      记者在城东镇看到，农机手正驾驶拖拉机来回翻耕土地，村民们忙着育苗、施肥。（下转第2版）

      学校开展读书月活动

      本报讯（记者李华）本月起，全市中小学开展读书月活动，引导学生多读书、读好书。

      """
    let second = """
      第2版

      本地新闻简报

      本报讯 市图书馆新馆本周开放。

      全市春耕生产全面展开

      （上接第1版）今年，全市计划粮食播种面积比去年有所增加，各级农业部门组织技术人员下乡指导。

      农民们表示，有了技术指导，种地心里更有底了。

      """
    try front.write(toFile: "\(folder)/1.txt", atomically: true, encoding: .utf8)
    try second.write(toFile: "\(folder)/2.txt", atomically: true, encoding: .utf8)
    let state = NSTemporaryDirectory() + "dubao-state-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: state) }
    let run = try DubaoRun(
      "--fresh " + TmuxSession.quote(folder), environment: ["XDG_STATE_HOME": state])
    let tmux = run.tmux
    try tmux.waitFor("全市春耕生产全面展开", "1/2")
    try tmux.send("Enter")
    try tmux.waitFor("农机手正驾驶拖拉机")
    try tmux.send("J")
    var rows = try tmux.waitFor("种地心里更有底了", "2/2")
    #expect(TmuxSession.flatten(rows).contains("qgoesback"), "\(TmuxSession.show(rows))")
    try tmux.send("q")
    rows = try tmux.waitFor("农机手正驾驶拖拉机", "backwhereyoujumpedfrom")
    #expect(!TmuxSession.flatten(rows).contains("种地心里更有底了"))
    try run.quitWithQ()
    try run.expectExit(status: 0)
  }

  /// The number of articles the status line counts (` 4/2106 …` → 2106), if it shows one.
  static func articleCount(_ rows: [String]) -> Int? {
    guard let status = rows.last?.split(separator: " ").first, status.contains("/") else {
      return nil
    }
    return status.split(separator: "/").last.flatMap { Int($0) }
  }

  @Test("a large text: the first articles show while the rest is read, keys answer, the list grows")
  func largeText() throws {
    let file = NSTemporaryDirectory() + "dubao-large-\(UUID().uuidString).txt"
    defer { try? FileManager.default.removeItem(atPath: file) }
    let seed = try Data(contentsOf: URL(fileURLWithPath: seedPagePath()))
    var text = Data()
    while text.count < 8 << 20 { text += seed + Data("\n\n".utf8) }
    try text.write(to: URL(fileURLWithPath: file))
    let state = NSTemporaryDirectory() + "dubao-state-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: state) }
    for input in [nil, "cat \(TmuxSession.quote(file))"] {
      let run = try DubaoRun(
        input == nil ? "--fresh " + TmuxSession.quote(file) : "--fresh", input: input,
        environment: ["XDG_STATE_HOME": state])
      let tmux = run.tmux
      var rows = try tmux.waitUntil("the first articles while the rest is read") { rows in
        TmuxSession.flatten(rows).contains("沧州经济开发区")
          && rows.last?.contains("reading") == true && rows.last?.contains("%") == true
      }
      let first = try #require(Self.articleCount(rows), "\(TmuxSession.show(rows))")
      // A key is answered while the text is read, and the list grows meanwhile.
      try tmux.send("j")
      rows = try tmux.waitUntil("the selection to move while reading") { rows in
        rows.last?.hasPrefix(" 2/") == true
      }
      try tmux.waitUntil("more articles in the list") { rows in
        (Self.articleCount(rows) ?? 0) > first
      }
      try tmux.send("?")
      try tmux.waitUntil("help while the text is read") { rows in
        rows[0].contains("Dubao keys")
      }
      try tmux.send("q")
      rows = try tmux.waitUntil("the whole page", timeout: .seconds(180)) { rows in
        rows.last?.contains("reading") == false && Self.articleCount(rows) != nil
      }
      // Every copy of the seed page read: seven articles each.
      let copies = text.count / (seed.count + 2)
      #expect(Self.articleCount(rows) ?? 0 >= copies * 7, "\(TmuxSession.show(rows))")
      #expect(rows.last?.hasPrefix(" 2/") == true, "\(TmuxSession.show(rows))")
      try tmux.send("q")
      try run.expectExit(status: 0)
    }
  }
}
