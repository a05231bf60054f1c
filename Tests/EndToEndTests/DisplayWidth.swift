import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// glibc's own `wcwidth`, looked up in libc itself: the test binary also links the dubao
/// executable's objects, whose exported `wcwidth` (WidthExport.swift) a plain call would reach.
nonisolated(unsafe) private let glibcWcwidth: @convention(c) (Int32) -> Int32 = {
  guard let libc = dlopen("libc.so.6", RTLD_NOW), let symbol = dlsym(libc, "wcwidth") else {
    preconditionFailure("cannot find glibc's wcwidth")
  }
  return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
}()

/// A UTF-8 character-type locale, so `wcwidth` rates CJK as 2 whatever the test's environment.
/// Without it `wcwidth` would rate every CJK character -1 (counted 0) and every width check
/// would pass, so a missing C.UTF-8 stops the tests.
nonisolated(unsafe) private let utf8Locale: locale_t = {
  guard let locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else {
    preconditionFailure("the C.UTF-8 locale is missing: the end-to-end width checks need it")
  }
  return locale
}()

/// Terminal display width of text as glibc's `wcwidth` rates it under C.UTF-8 (non-printable
/// scalars count 0).
func displayWidth(_ text: String) -> Int {
  let previous = uselocale(utf8Locale)
  defer { uselocale(previous) }
  return text.unicodeScalars.reduce(0) { sum, scalar in
    sum + max(Int(glibcWcwidth(Int32(bitPattern: scalar.value))), 0)
  }
}

/// The width checks themselves: they must see CJK as 2 cells, or every `fits` would pass.
@Suite("End-to-end width checks")
struct DisplayWidthTests {
  @Test("CJK is 2 cells, ASCII 1, and a row too wide for the pane does not fit")
  func measuresLikeTheTerminal() throws {
    try #require(displayWidth("获得感") == 6, "wcwidth under C.UTF-8 does not rate CJK as 2")
    #expect(displayWidth("6月 q") == 5)
    #expect(!fits(["沧州经济开发区"], width: 13))
    #expect(fits(["沧州经济开发区"], width: 14))
  }
}
