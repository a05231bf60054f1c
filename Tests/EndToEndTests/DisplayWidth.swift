import Foundation

#if canImport(Glibc)
  import Glibc
#endif

@_silgen_name("wcwidth")
private func glibcWcwidth(_ scalar: Int32) -> Int32

/// A UTF-8 character-type locale, so `wcwidth` rates CJK as 2 whatever the test's environment.
nonisolated(unsafe) private let utf8Locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)

/// Terminal display width of text as glibc's `wcwidth` rates it under C.UTF-8 (non-printable
/// scalars count 0).
func displayWidth(_ text: String) -> Int {
  let previous = uselocale(utf8Locale)
  defer { uselocale(previous) }
  return text.unicodeScalars.reduce(0) { sum, scalar in
    sum + max(Int(glibcWcwidth(Int32(bitPattern: scalar.value))), 0)
  }
}
