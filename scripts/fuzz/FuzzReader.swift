// libFuzzer target "reader": the reader (ReaderKit) on one or two pages made from the input,
// driven by keys and screen sizes the input chooses (scripts/fuzz.sh). Every frame is checked:
// the grid has the screen's size, no row is wider than the screen, a wide character is a
// width-2 cell followed by a width-0 one and never straddles the edge, and no cell holds a
// control character.

/// The keys the fuzzer presses: every key the keymap names, plus typed text and the mouse.
let fuzzKeys: [Key] =
  Keymap.bindings.flatMap { binding in
    binding.keys.compactMap { pattern -> Key? in
      if case .key(let key) = pattern { return key }
      return nil
    }
  } + [
    .character("1"), .character("9"), .character("中"), .character("记"), .character("a"),
    .character("é"), .character("👍🏽"), .control("x"), .function(5), .unknown, .resize,
    .enter, .escape, .backspace, .delete, .character("/"), .character("n"), .character("N"),
  ]

/// Screen sizes, tiny ones included.
let fuzzSizes = [
  ScreenSize(width: 0, height: 0), ScreenSize(width: 1, height: 1),
  ScreenSize(width: 19, height: 6), ScreenSize(width: 20, height: 6),
  ScreenSize(width: 21, height: 7), ScreenSize(width: 41, height: 12),
  ScreenSize(width: 80, height: 24), ScreenSize(width: 137, height: 40),
  ScreenSize(width: 200, height: 3),
]

/// Checks one frame.
func checkFrame(_ screen: Screen, size: ScreenSize) {
  require(screen.cells.count == size.width * size.height, "grid of the wrong size")
  for row in 0..<size.height {
    var cells = 0
    for column in 0..<size.width {
      let cell = screen[row, column]
      cells += Int(cell.width)
      require(!hasControl(cell.text, newline: false), "control character in a cell")
      if cell.width == 2 {
        require(column + 1 < size.width, "wide character straddles the right edge")
        require(screen[row, column + 1].width == 0, "wide character without its continuation")
      }
      if cell.width == 0 {
        require(column > 0 && screen[row, column - 1].width == 2, "stray continuation cell")
      }
    }
    require(cells <= size.width, "row \(row) wider than the screen")
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let half = bytes.count / 2
  let pages = [fuzzPage(bytes), bytes.count > 64 ? fuzzPage(Array(bytes[half...])) : nil]
    .compactMap { $0 }
  var random = InputRandom(bytes)
  var state = ReaderState(pages: pages)
  var screenSize = fuzzSizes[random.next(fuzzSizes.count)]
  for step in 0..<120 {
    var key = fuzzKeys[random.next(fuzzKeys.count)]
    if random.next(10) == 0 {
      screenSize = fuzzSizes[random.next(fuzzSizes.count)]
      key = .resize
    } else if random.next(12) == 0 {
      let kind: MouseEvent.Kind = [.wheelUp, .wheelDown, .click][random.next(3)]
      key = .mouse(MouseEvent(kind: kind, row: random.next(50) - 2, column: random.next(220) - 5))
    } else if step < bytes.count, random.next(8) == 0 {
      // A character of the input, typed (e.g. into the search prompt).
      key = .character(Character(Unicode.Scalar(bytes[step])))
    }
    if state.handle(key, size: screenSize) == .quit { state = ReaderState(pages: pages) }
    checkFrame(state.render(size: screenSize), size: screenSize)
  }
  return 0
}
