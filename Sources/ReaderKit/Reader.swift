// STUB — to be replaced by the reader work (issue 4). Interface is fixed; see docs/architecture.md.
import PaperKit

/// What the terminal loop should do after a key.
public enum ReaderCommand: Sendable, Equatable {
  /// Keep going: draw `render(size:)` and read the next key.
  case `continue`
  /// Restore the terminal and exit 0.
  case quit
}

/// The whole reader as a value: pages, screen, selection, scroll, search.
public struct ReaderState: Sendable {
  /// The pages open, in order (several for a directory).
  public private(set) var pages: [Page]

  /// A reader opened on the section list of the first page.
  public init(pages: [Page], options: LayoutOptions = .init()) {
    self.pages = pages
  }

  /// Applies one key for a screen of `size`; returns whether to go on or quit.
  public mutating func handle(_ key: Key, size: ScreenSize) -> ReaderCommand {
    switch key {
    case .character("q"), .character("Q"): return .quit
    default: return .continue
    }
  }

  /// The screen for this state at `size`.
  public func render(size: ScreenSize) -> Screen {
    var screen = Screen(size: size)
    screen.put(pages.first?.banner ?? "", row: 0, column: 0, style: .banner)
    return screen
  }
}
