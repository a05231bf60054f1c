import Synchronization

/// How wide the terminal draws East Asian Ambiguous characters (“ ” … — · ° and others).
public enum AmbiguousWidth: String, Sendable, CaseIterable {
  /// One cell, as glibc's `wcwidth` says (most terminals' default).
  case narrow
  /// Two cells, as terminals set for CJK draw them (xterm -cjk_width, iTerm2, GNOME Terminal…).
  case wide
}

extension CellWidth {
  /// The process's setting; read on every width asked, so set it once, before any layout.
  private static let ambiguousIsWideNow = Atomic<Bool>(false)

  /// How wide ambiguous characters count, for every width of the process (the layout, the
  /// screen grid, and the `wcwidth` the dubao executable exports to ncursesw).
  public static var ambiguousWidth: AmbiguousWidth {
    get { ambiguousIsWide ? .wide : .narrow }
    set { ambiguousIsWideNow.store(newValue == .wide, ordering: .relaxed) }
  }

  /// True while ambiguous characters count two cells.
  @inline(__always)
  static var ambiguousIsWide: Bool { ambiguousIsWideNow.load(ordering: .relaxed) }

  /// True for an East Asian Ambiguous code point that glibc draws one cell wide.
  public static func isAmbiguous(_ value: UInt32) -> Bool {
    AmbiguousWidthTable.starts.withUnsafeBufferPointer { starts in
      var low = 0
      var high = starts.count
      while low < high {
        let mid = (low &+ high) >> 1
        if starts[mid] <= value { low = mid &+ 1 } else { high = mid }
      }
      return low > 0 && value <= AmbiguousWidthTable.ends[low - 1]
    }
  }

  /// `wcwidth` as ncursesw should see it: this code point's width (a `wchar_t`, so negative
  /// values are -1) under the process's ambiguous setting.
  public static func wcwidth(_ character: Int32) -> Int32 {
    Int32(ofCodePoint(UInt32(bitPattern: character)))
  }
}
