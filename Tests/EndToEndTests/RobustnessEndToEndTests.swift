import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Ways in and out of the reader other than the happy path: pipes, signals, stray keys.
@Suite("Terminal robustness", .serialized)
struct RobustnessEndToEndTests {
  @Test("cat page | dubao reads the page from the pipe and keys from /dev/tty")
  func pipedPage() throws {
    let run = try DubaoRun(input: "cat \(TmuxSession.quote(seedPagePath()))")
    let tmux = run.tmux
    expectFits(try run.waitForSeedList(), width: 80, height: 24)
    try tmux.send("Tab")
    try tmux.send("Enter")
    try tmux.waitFor("沧州经济开发区：公园绿地开放共享", "通讯员刘明宇")
    // SIGWINCH still reaches curses with keys on /dev/tty.
    try tmux.resize(width: 41, height: 12)
    // Redrawn for 12 rows: the status line (article 2/7) is on the last row, not cut off.
    let narrow = try tmux.waitUntil("a 41×12 article view") { rows in
      try tmux.paneSize() == (41, 12) && fits(rows, width: 41) && rows.count == 12
        && rows[11].contains("2/7") && TmuxSession.flatten(rows).contains("通讯员刘明宇")
    }
    expectFits(narrow, width: 41, height: 12)
    try run.quitWithQ()
    try run.expectExit(status: 0)
  }

  @Test(
    "Q and Ctrl-C quit at once from an article, restoring the terminal, status 0",
    arguments: ["Q", "C-c"])
  func quitFromArticle(key: String) throws {
    let run = try DubaoRun()
    try run.openFirstNewsBrief()
    try run.tmux.send(key)
    try run.expectExit(status: 0)
  }

  @Test(
    "SIGTERM and SIGHUP restore the terminal and end dubao by the signal",
    arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
  func terminationSignal(signal: Int32, status: Int32) throws {
    let run = try DubaoRun()
    try run.waitForSeedList()
    let pids = try run.tmux.commandPIDs()
    try #require(pids.count == 1, "expected one child of the pane's shell, got \(pids)")
    #expect(kill(pids[0], signal) == 0)
    try run.expectExit(status: status)
  }

  @Test(
    "a crash (SIGSEGV, SIGABRT) restores the terminal before the process dies by it",
    arguments: [(SIGSEGV, Int32(139)), (SIGABRT, Int32(134))])
  func crashSignal(signal: Int32, status: Int32) throws {
    // Without the runtime's backtracer, so the default action follows at once.
    let run = try DubaoRun(environment: ["SWIFT_BACKTRACE": "enable=no"])
    try run.waitForSeedList()
    let pids = try run.tmux.commandPIDs()
    try #require(pids.count == 1, "expected one child of the pane's shell, got \(pids)")
    #expect(kill(pids[0], signal) == 0)
    try run.expectExit(status: status)
  }

  @Test("without a UTF-8 locale in the environment, Chinese still shows and can be typed")
  func nonUTF8Locale() throws {
    let run = try DubaoRun(environment: ["LANG": "C", "LC_ALL": "C"])
    let tmux = run.tmux
    try run.waitForSeedList()
    try tmux.type("文明")
    try tmux.send("Tab")
    try tmux.send("Enter")
    try tmux.waitFor("沧州经济开发区：公园绿地开放共享", "通讯员刘明宇")
    try tmux.send("Q")
    try run.expectExit(status: 0)
  }

  @Test("an unknown TERM is one line on standard error and exit status 1")
  func unknownTerminal() throws {
    let run = try DubaoRun(environment: ["TERM": "no-such-terminal"])
    try run.tmux.waitFor("dubao:", "no-such-terminal")
    try run.expectExit(status: 1)
  }

  @Test("a terminal that cannot place the cursor gets the pages as text and one line saying why")
  func terminalWithoutCursorAddressing() throws {
    let term = "dumb"
    let run = try DubaoRun(TmuxSession.quote(seedPagePath()), environment: ["TERM": term])
    try run.tmux.waitFor("EXIT=0")
    try run.tmux.waitFor(
      "dubao:terminaltype'\(term)'cannotplacethecursor;printingthepagesastext(--dump)")
    // The end of the dump (the last article's text) is on the screen, laid out to 80 columns.
    let rows = try run.tmux.waitFor("“四个全民”活动一线掠影", "EXIT=0")
    expectFits(rows, width: 80, height: 24)
    try run.expectExit(status: 0)
  }

  @Test("an unknown TERM holding an OSC sequence is shown with U+FFFD and sets no title")
  func hostileTerminalName() throws {
    let run = try DubaoRun(environment: ["TERM": "x\u{1B}]2;HACKED\u{07}"])
    try run.tmux.waitFor("dubao:cannotuseterminaltype'x\u{FFFD}]2;HACKED\u{FFFD}'")
    try run.expectExit(status: 1)
    #expect(try run.tmux.format("#{pane_title}") != "HACKED")
  }

  @Test("unknown keys, stray escape sequences and typed Chinese neither crash nor hang")
  func strayInput() throws {
    let run = try DubaoRun()
    let tmux = run.tmux
    try run.waitForSeedList()
    try tmux.send("F5", "F12", "IC", "C-x", "C-_", "M-x", "Escape")
    try tmux.sendBytes([0x1B, 0x5B, 0x39, 0x39, 0x7E])  // ESC [ 9 9 ~: no such key
    try tmux.sendBytes([0x1B, 0x5B, 0x3F, 0x31, 0x3B, 0x32, 0x7A])  // ESC [ ? 1 ; 2 z
    try tmux.sendBytes([0x1B, 0x4F, 0x5A])  // ESC O Z
    try tmux.sendBytes([0xFF, 0xFE, 0x80])  // not UTF-8
    try tmux.type("文明")
    try tmux.send("Escape")
    // Still alive and reading keys: the list is still drawn, and Tab, Enter open an article.
    let afterGarbage = try tmux.capture()
    #expect(!DubaoRun.exited(afterGarbage), "dubao died\n\(TmuxSession.show(afterGarbage))")
    try run.openFirstNewsBrief()
    try tmux.type("读报")
    try tmux.send("Escape", "Escape")
    try tmux.send("Q")
    try run.expectExit(status: 0)
  }

  @Test("a mouse wheel scrolls the article, a click on the list opens one")
  func mouse() throws {
    let run = try DubaoRun(width: 41, height: 12)
    let tmux = run.tmux
    let top = try run.openFirstNewsBrief()
    // SGR (1006) mouse reports, as xterm sends them: wheel down (65) five times at 10,5.
    for _ in 0..<5 { try tmux.sendBytes(Array("\u{1B}[<65;10;5M".utf8)) }
    try tmux.waitUntil("the wheel to scroll") { rows in rows != top }
    try tmux.send("Q")
    try run.expectExit(status: 0)

    // A left click (press, release) on 身边烦难事 变成暖心事, row 8 of the list (1-based 9).
    let list = try DubaoRun()
    try list.tmux.waitFor("身边烦难事变成暖心事")
    try list.tmux.sendBytes(Array("\u{1B}[<0;10;9M\u{1B}[<0;10;9m".utf8))
    try list.tmux.waitFor("居民抢着当管理员")
    try list.tmux.send("Q")
    try list.expectExit(status: 0)
  }
}
