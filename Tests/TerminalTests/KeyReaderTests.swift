import CNcursesw
import ReaderKit
import Testing

@testable import Terminal

/// Every key `KeyReader` makes of `codes`, read until they are used up.
private func keys(_ codes: [Int32]) -> [Key] {
  let input = ScriptedKeyInput(codes)
  let reader = KeyReader(input: input)
  var result: [Key] = []
  while !input.isEmpty, result.count <= codes.count {
    guard let key = reader.next() else { break }
    result.append(key)
  }
  return result
}

/// The bytes of `text` as `wgetch` returns them.
private func bytes(_ text: String) -> [Int32] {
  text.utf8.map { Int32($0) }
}

@Suite("Key reading: bytes and key codes to keys")
struct KeyReaderTests {
  @Test("ASCII letters and Chinese typed through an input method are characters")
  func characters() {
    #expect(keys(bytes("j获得感６月")) == "j获得感６月".map { .character($0) })
  }

  @Test("a 4-byte UTF-8 character (outside the BMP) is one key")
  func supplementaryCharacter() {
    #expect(keys(bytes("𠀀x")) == [.character("𠀀"), .character("x")])
  }

  @Test("stray bytes are unknown keys each and do not swallow the next key")
  func invalidBytes() {
    #expect(
      keys([0xFF, 0xFE, 0x80] + bytes("j")) == [.unknown, .unknown, .unknown, .character("j")])
  }

  @Test("a cut-short UTF-8 sequence is unknown and the byte that broke it is read again")
  func cutShortSequence() {
    // 获 is E8 8E B7: its first two bytes, then q.
    #expect(keys([0xE8, 0x8E] + bytes("q")) == [.unknown, .character("q")])
    // A lead byte at the very end of the input (the rest never came).
    #expect(keys([0xE8]) == [.unknown])
  }

  @Test("overlong and surrogate encodings are rejected")
  func malformedSequences() {
    // C0 80 (overlong NUL) and ED A0 80 (a UTF-16 surrogate) are not UTF-8.
    #expect(keys([0xC0, 0x80]) == [.unknown, .unknown])
    #expect(keys([0xED, 0xA0, 0x80]) == [.unknown])
  }

  @Test("C1 controls, even when validly encoded, are unknown")
  func c1Controls() {
    #expect(keys([0xC2, 0x85]) == [.unknown])
  }

  @Test("Ctrl letters, Tab, Enter and both Backspace bytes")
  func controlBytes() {
    #expect(keys([1, 21, 26]) == [.control("a"), .control("u"), .control("z")])
    #expect(keys([9, 13, 10]) == [.tab, .enter, .enter])
    #expect(keys([127, 8]) == [.backspace, .backspace])
    #expect(keys([0, 28, 31]) == [.unknown, .unknown, .unknown])
  }

  @Test("a lone Esc is Escape; Esc then a key is Escape and that key")
  func escape() {
    #expect(keys([27]) == [.escape])
    #expect(keys([27] + bytes("j")) == [.escape, .character("j")])
    #expect(keys([27, 27]) == [.escape, .escape])
  }

  @Test("escape sequences curses did not know are swallowed whole")
  func unknownEscapeSequences() {
    // CSI 1;5X (parameters, then a final byte), SS3 R, each followed by a real key.
    #expect(keys([27] + bytes("[1;5Xj")) == [.unknown, .character("j")])
    #expect(keys([27] + bytes("ORk")) == [.unknown, .character("k")])
  }

  @Test("key codes: arrows, paging, Home/End and their aliases, Enter, Backspace, Delete")
  func keyCodes() {
    let expected: [(Int32, Key)] = [
      (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
      (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
      (KEY_FIND, .home), (KEY_SELECT, .end), (KEY_A1, .home), (KEY_C1, .end),
      (KEY_A3, .pageUp), (KEY_C3, .pageDown), (KEY_ENTER, .enter),
      (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_BTAB, .backTab),
      (KEY_RESIZE, .resize), (KEY_IC, .unknown),
    ]
    #expect(keys(expected.map(\.0)) == expected.map(\.1))
  }

  @Test("F1 to F12 are function keys; F13 is unknown")
  func functionKeys() {
    let codes = (1...13).map { dubao_key_f(Int32($0)) }
    #expect(keys(codes) == (1...12).map { Key.function($0) } + [.unknown])
  }

  @Test("mouse: wheel up and down, a left press or click; other buttons are unknown")
  func mouse() {
    let cases: [(mmask_t, MouseEvent.Kind?)] = [
      (dubao_wheel_up(), .wheelUp), (dubao_wheel_down(), .wheelDown),
      (dubao_button1_pressed(), .click), (dubao_button1_clicked(), .click), (0, nil),
    ]
    for (mask, kind) in cases {
      let input = ScriptedKeyInput([KEY_MOUSE], mouse: (mask, 3, 7))
      let expected = kind.map { Key.mouse(MouseEvent(kind: $0, row: 3, column: 7)) } ?? .unknown
      #expect(KeyReader(input: input).next() == expected, "mask \(mask)")
    }
    // KEY_MOUSE without an event to read.
    #expect(KeyReader(input: ScriptedKeyInput([KEY_MOUSE])).next() == .unknown)
  }

  @Test("an interrupted wait (ERR) gives no key")
  func interrupted() {
    #expect(KeyReader(input: ScriptedKeyInput([])).next() == nil)
  }
}

/// Issue 12, items 5 and 11: how the reader's wait for a key ends.
@Suite struct KeyWaitTests {
  @Test func aTerminalThatHungUpEndsTheWait() {
    let input = ScriptedKeyInput([], waits: [.gone])
    #expect(KeyReader(input: input).nextEvent() == .inputGone)
  }

  @Test func aReadableTerminalThatGivesNothingIsAtItsEnd() {
    // poll says ready, but every read gives nothing (read returned 0): end of file.
    let input = ScriptedKeyInput([], waits: [.ready])
    #expect(KeyReader(input: input).nextEvent() == .inputGone)
  }

  @Test func aSignalEndsTheWaitAndAResizeIsReadAfterIt() {
    #expect(
      KeyReader(input: ScriptedKeyInput([], waits: [.interrupted])).nextEvent() == .interrupted)
    // SIGWINCH: curses reports KEY_RESIZE once asked again.
    let resized = ScriptedKeyInput([ERR, KEY_RESIZE], waits: [.interrupted])
    #expect(KeyReader(input: resized).nextEvent() == .key(.resize))
  }

  @Test func keysAlreadyBufferedAreReadWithoutWaiting() {
    // A wait that would report the terminal gone is never asked while a key is there.
    let input = ScriptedKeyInput([Int32(UInt8(ascii: "j"))], waits: [.gone])
    #expect(KeyReader(input: input).nextEvent() == .key(.character("j")))
  }
}
