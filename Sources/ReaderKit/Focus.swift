/// The two screens the reader has under any overlay.
enum Pane: Sendable, Equatable {
  case list, article
}

/// What the reader's prompt line is asking for.
enum PromptPurpose: Sendable, Equatable {
  /// A search query, searched as it is typed.
  case search
  /// The file to save the article to.
  case save
  /// A shell command to pipe the article to.
  case pipe
  /// Whether to overwrite this existing file (one key, y or n).
  case overwrite(path: String)
}

/// An open prompt: what it asks, the line being edited, and the view to go back to on Esc.
struct PromptSession: Sendable {
  var purpose: PromptPurpose
  var editor: LineEditor
  /// The view when the prompt opened; Esc returns to it and a search starts from it.
  var origin: SavedView
  /// The search before `/`; Esc brings it back.
  var savedSearch: SearchSession?
}

/// Which part of the reader takes keys: a pane, or help or the prompt over a pane. The one
/// place the reader's mode lives.
enum Focus: Sendable {
  case pane(Pane)
  case help(top: Int, over: Pane)
  case prompt(PromptSession, over: Pane)
  case pageList(PageListSession, over: Pane)

  /// The pane shown (under help or the prompt).
  var pane: Pane {
    switch self {
    case .pane(let pane), .help(_, let pane), .prompt(_, let pane), .pageList(_, let pane): pane
    }
  }

  /// True when `pane` has the keys, with no help, prompt or page list over it.
  func isOnly(_ pane: Pane) -> Bool {
    if case .pane(let shown) = self { return shown == pane }
    return false
  }

  /// The open prompt, if any.
  var prompt: PromptSession? {
    if case .prompt(let session, _) = self { return session }
    return nil
  }

  /// The open page list, if any.
  var pageList: PageListSession? {
    if case .pageList(let session, _) = self { return session }
    return nil
  }

  /// The first help line shown, when help is open.
  var helpTop: Int? {
    if case .help(let top, _) = self { return top }
    return nil
  }

  /// The keymap contexts that answer keys, in the order they are searched.
  var contexts: [KeyContext] {
    switch self {
    case .prompt: [.prompt]
    case .pageList: [.pageList]
    case .help(_, let pane): [.helpScreen, .general, .text, .search, .pages, pane.context, .mouse]
    case .pane(let pane): [pane.context, .general, .text, .search, .pages, .mouse]
    }
  }
}

extension Pane {
  /// The keymap context of the pane's own keys.
  var context: KeyContext { self == .list ? .list : .article }
}
