import PaperKit

/// Dubao's own `wcwidth`, exported from the executable (`--export-dynamic-symbol=wcwidth` in
/// Package.swift) so that ncursesw, which advances the cursor by `wcwidth`, binds to it
/// instead of glibc's: the terminal adapter, the layout and search highlighting then use one
/// width table, with the ambiguous setting and characters newer than the C library's.
@_cdecl("wcwidth")
public func dubaoWcwidth(_ character: Int32) -> Int32 {
  CellWidth.wcwidth(character)
}
