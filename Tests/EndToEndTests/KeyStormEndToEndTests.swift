import Foundation
import Testing

/// A seeded storm of keys, bytes, clicks and resizes: dubao must stay up, keep every row
/// inside the pane, and still quit cleanly.
@Suite("Key storm", .serialized)
struct KeyStormEndToEndTests {
  /// tmux key names and literal text the storm picks from (not `q`, which quits from the
  /// list, nor `Q`).
  private static let keys = [
    "j", "k", "Down", "Up", "Left", "Right", "PageDown", "PageUp", "Home", "End", "Space",
    "b", "d", "u", "f", "g", "G", "]", "[", "}", "{", "Tab", "BTab", "Enter", "l", "h",
    "Escape", "?", "F1", "1", "2", "3", "9", "n", "N", "/", "BSpace", "DC", "C-u", "C-a", "C-e",
    "F5", "IC", "M-x", "C-g",
  ]
  private static let texts = ["文明", "幸福感", "读报", "a", "é", "🙂"]
  private static let sizes = [(80, 24), (41, 12), (20, 6), (15, 4), (120, 40), (33, 9)]

  @Test("seeded random input with resizes", arguments: [UInt64(1), 2, 3])
  func storm(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let run = try DubaoRun()
    let tmux = run.tmux
    try run.waitForSeedList()
    var size = (width: 80, height: 24)
    for round in 0..<60 {
      switch random.next() % 10 {
      case 0:
        size = Self.sizes[Int(random.next() % UInt64(Self.sizes.count))]
        try tmux.resize(width: size.width, height: size.height)
      case 1:
        try tmux.type(Self.texts[Int(random.next() % UInt64(Self.texts.count))])
      case 2:
        let row = Int(random.next() % UInt64(size.height)) + 1
        let button = [0, 64, 65][Int(random.next() % 3)]
        try tmux.sendBytes(Array("\u{1B}[<\(button);5;\(row)M\u{1B}[<\(button);5;\(row)m".utf8))
      default:
        let count = Int(random.next() % 8) + 1
        let batch = (0..<count).map { _ in Self.keys[Int(random.next() % UInt64(Self.keys.count))] }
        try tmux.send(batch)
      }
      // Right after a resize the pane can briefly show a frame drawn for the old size (the
      // terminal wraps it) until dubao handles SIGWINCH; what must hold is that it settles.
      let rows = try tmux.waitUntil("round \(round) to settle inside the pane") { rows in
        DubaoRun.exited(rows) || (fits(rows, width: size.width) && rows.count <= size.height)
      }
      try #require(
        !DubaoRun.exited(rows), "dubao exited in round \(round)\n\(TmuxSession.show(rows))")
    }
    // Leave any prompt (Esc, after the Esc delay), then Q quits from anywhere else.
    try tmux.send("Escape")
    Thread.sleep(forTimeInterval: 0.1)
    try tmux.send("Escape")
    Thread.sleep(forTimeInterval: 0.1)
    try tmux.send("Q")
    try run.expectExit(status: 0)
  }
}

/// A small seeded generator, so a failing storm can be replayed.
struct SplitMix64 {
  private var state: UInt64

  /// A generator starting from `seed`.
  init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
