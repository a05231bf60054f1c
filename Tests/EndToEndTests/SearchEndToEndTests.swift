import Foundation
import Testing

/// Issue 5's end-to-end check, on the real binary in tmux with the bundled seed page.
@Suite("Searching in a terminal", .serialized)
struct SearchEndToEndTests {
  /// The status line (the last row) shows `k/N` for the current match.
  private static func status(_ rows: [String], shows position: String) -> Bool {
    (rows.last ?? "").split(separator: " ").contains { $0 == position }
  }

  /// The SGR parameters in force on the first `text` of the pane, if the attributes change
  /// right where it starts and right after it ends (so the highlight covers exactly `text`,
  /// not the text around it). Nil when `text` is not on the pane so delimited.
  private static func highlight(of text: String, in tmux: TmuxSession) throws -> Set<Int>? {
    let captured = try tmux.captureWithEscapes()
    let pattern =
      "((?:\u{1B}\\[[0-9;]*m)+)\(NSRegularExpression.escapedPattern(for: text))\u{1B}\\["
    let expression = try NSRegularExpression(pattern: pattern)
    let whole = NSRange(captured.startIndex..., in: captured)
    guard let match = expression.firstMatch(in: captured, range: whole),
      let escapes = Range(match.range(at: 1), in: captured)
    else { return nil }
    return sgrParameters(String(captured[escapes]))
  }

  /// Background colours of a highlighted match: yellow (any match) or cyan (the current one).
  private static let matchBackgrounds: Set<Int> = [43, 46]
  /// The background colour of the current match.
  private static let currentMatchBackground = 46

  @Test(
    "/获得感 shows 1/3 highlighted; n goes to 2/3 in another article; n n wraps to 1/3; ６月 finds 6月")
  func issueFiveSearchWalk() throws {
    let run = try DubaoRun()
    let tmux = run.tmux
    try run.waitForSeedList()

    try tmux.send("/")
    try tmux.type("获得感")
    try tmux.send("Enter")
    // 1/3: the first match is in 沧州经济开发区：公园绿地开放共享, highlighted as the current match.
    let first = try tmux.waitUntil("1/3 and 获得感 highlighted as the current match") { rows in
      let look = try Self.highlight(of: "获得感", in: tmux)
      return Self.status(rows, shows: "1/3") && look?.contains(Self.currentMatchBackground) == true
    }
    #expect(TmuxSession.flatten(first).contains("沧州经济开发区：公园绿地开放共享"))
    // The highlight is not the text's own look: the rest of the paragraph has no background.
    let paragraphRow = try tmux.captureWithEscapes().components(separatedBy: "\n").first {
      $0.contains("获得感")
    }
    // The row up to the match, without the escape sequences that start the highlight.
    let rowBeforeMatch = (paragraphRow.map { String($0.prefix { $0 != "获" }) } ?? "")
      .replacingOccurrences(of: "(\u{1B}\\[[0-9;]*m)+$", with: "", options: .regularExpression)
    #expect(
      sgrParameters(rowBeforeMatch).isDisjoint(with: Self.matchBackgrounds),
      "the text before the match is highlighted too: \(rowBeforeMatch.debugDescription)")

    try tmux.send("n")
    let second = try tmux.waitUntil("2/3 in another article") { rows in
      Self.status(rows, shows: "2/3")
    }
    let secondText = TmuxSession.flatten(second)
    #expect(secondText.contains("新华区：“税管家”入企“问诊把脉”"), "\(TmuxSession.show(second))")
    #expect(!secondText.contains("沧州经济开发区：公园绿地开放共享"), "\(TmuxSession.show(second))")

    try tmux.send("n")
    try tmux.waitUntil("3/3") { rows in Self.status(rows, shows: "3/3") }
    try tmux.send("n")
    let wrapped = try tmux.waitUntil("the wrap back to 1/3, and a message saying so") { rows in
      Self.status(rows, shows: "1/3") && (rows.last ?? "").contains("wrapped")
    }
    #expect(TmuxSession.flatten(wrapped).contains("沧州经济开发区：公园绿地开放共享"))

    // A full-width query finds the half-width text: ６月 → 6月 (自今年6月以来).
    try tmux.send("/")
    try tmux.type("６月")
    try tmux.send("Enter")
    try tmux.waitUntil("1/N for ６月 and 6月 highlighted") { rows in
      let status = rows.last ?? ""
      let look = try Self.highlight(of: "6月", in: tmux)
      return status.range(of: " 1/[1-9][0-9]* ", options: .regularExpression) != nil
        && look?.contains(Self.currentMatchBackground) == true
    }
    try tmux.send("Q")
    try run.expectExit(status: 0)
  }
}
