import PaperKit

/// How writing a file the reader asked for went.
public enum SaveOutcome: Sendable, Equatable {
  /// Written.
  case saved
  /// Not written: the file exists (the reader then asks whether to overwrite it).
  case exists
  /// Not written, for this reason (errno's meaning).
  case failed(String)
}

/// What a prompt key does to the line, from the prompt's own bindings.
enum PromptEdit: Sendable, Equatable {
  case insert(Character)
  case confirm, cancel, backspace, delete, clear
  case left, right, start, end, older, newer
}

extension ReaderState {
  /// Opens the prompt for `purpose`, remembering the view to return to.
  mutating func openPrompt(_ purpose: PromptPurpose, initial: String = "") {
    if purpose != .search, currentArticle == nil {
      say(.noArticleOpen, error: true)
      return
    }
    let session = PromptSession(
      purpose: purpose, editor: LineEditor(initial), origin: savedView, savedSearch: search)
    focus = .prompt(session, over: focus.pane)
  }

  /// Edits the prompt or leaves it; the prompt's own keys.
  mutating func edit(_ edit: PromptEdit, size: ScreenSize) -> ReaderCommand {
    guard var session = focus.prompt else { return .continue }
    if case .overwrite(let path) = session.purpose {
      focus = .pane(session.origin.pane)
      if edit == .insert("y") || edit == .insert("Y"), let text = currentArticleText {
        return .save(path: path, text: text, overwrite: true)
      }
      say(.notSaved)
      return .continue
    }
    var editor = session.editor
    var edited = true
    switch edit {
    case .insert(let c): editor.insert(c)
    case .backspace:
      if editor.text.isEmpty {
        cancelPrompt()
        return .continue
      }
      edited = editor.backspace()
    case .delete: edited = editor.delete()
    case .clear: editor.clear()
    case .left, .right:
      editor.move(by: edit == .left ? -1 : 1)
      edited = false
    case .start, .end:
      editor.moveToEnd(edit == .end)
      edited = false
    case .older, .newer:
      // Only searches have a history.
      guard session.purpose == .search else { return .continue }
      edited = edit == .older ? editor.older(in: history) : editor.newer(in: history)
    case .cancel:
      cancelPrompt()
      return .continue
    case .confirm:
      return confirmPrompt(size: size)
    }
    session.editor = editor
    focus = .prompt(session, over: focus.pane)
    if edited, session.purpose == .search { searchAsTyped(size: size) }
    return .continue
  }

  /// Esc: back to the view and the search from before the prompt.
  mutating func cancelPrompt() {
    guard let session = focus.prompt else { return }
    restore(session.origin)
    search = session.savedSearch
  }

  /// Incremental search: from the view `/` was pressed in, show the first match at or after it.
  private mutating func searchAsTyped(size: ScreenSize) {
    guard let session = focus.prompt else { return }
    let query = session.editor.string
    restore(session.origin)
    defer { focus = .prompt(session, over: focus.pane) }
    guard !query.isEmpty, !query.allSatisfy(\.isWhitespace) else {
      search = nil
      return
    }
    start(
      SearchSession(query: query, pages: pages, in: [pageNumber], cache: cache),
      open: focus.pane == .article, size: size)
  }

  /// Enter: for a search, keep it (an empty prompt repeats the last one), remember the query
  /// and from the section list open the article of the current match; for a file name or a
  /// command, ask the terminal loop to save or pipe.
  private mutating func confirmPrompt(size: ScreenSize) -> ReaderCommand {
    guard var session = focus.prompt else { return .continue }
    let line = session.editor.string
    switch session.purpose {
    case .search:
      if line.isEmpty {
        guard let last = history.last else {
          cancelPrompt()
          return .continue
        }
        session.editor = LineEditor(last)
        focus = .prompt(session, over: focus.pane)
        searchAsTyped(size: size)
      }
      let query = session.editor.string
      focus = .pane(focus.pane)
      history.removeAll { $0 == query }
      history.append(query)
      if let search, let current = search.current, focus.pane == .list {
        show(hit: current, open: true, size: size)
      }
    case .save, .pipe:
      focus = .pane(session.origin.pane)
      guard !line.allSatisfy(\.isWhitespace), let text = currentArticleText else {
        return .continue
      }
      return session.purpose == .save
        ? .save(path: line, text: text, overwrite: false) : .pipe(command: line, text: text)
    case .overwrite:
      focus = .pane(session.origin.pane)
    }
    return .continue
  }

  /// Tells the reader how a `.save` it asked for went: a message, or the overwrite question.
  public mutating func finishSave(path: String, outcome: SaveOutcome) {
    switch outcome {
    case .saved: say(.saved, path)
    case .exists:
      openPrompt(.overwrite(path: path))
    case .failed(let reason): say(.saveFailed, path, reason, error: true)
    }
  }

  /// Tells the reader how a `.pipe` it asked for went.
  public mutating func finishPipe(command: String, status: Int32?, error: String?) {
    if let error {
      say(.pipeFailed, command, error, error: true)
    } else {
      say(.pipeFinished, command, String(status ?? 0), error: (status ?? 0) != 0)
    }
  }

  /// `y`: the article's text for the terminal's clipboard.
  mutating func copyArticle() -> ReaderCommand {
    guard let text = currentArticleText else {
      say(.noArticleOpen, error: true)
      return .continue
    }
    say(.copied, String(text.count))
    return .copy(text)
  }

  /// The article read, or the one selected in the list.
  var currentArticle: Article? {
    let a = focus.pane == .article ? viewport.article : list.selection
    return index.articles.indices.contains(a) ? index.articles[a] : nil
  }

  /// The current article as plain text.
  var currentArticleText: String? { currentArticle.map { ArticleText.plain($0, language) } }

  /// `TITLE.txt` for the current article, with what a file name cannot hold replaced.
  func defaultFileName() -> String {
    let title = currentArticle?.title ?? ""
    var name = String(
      title.unicodeScalars.map {
        $0 == "/" || $0.value < 0x20 || $0.value == 0x7F ? "_" : Character($0)
      }
      .prefix(60))
    name = name.withoutEndWhitespace
    if name.isEmpty || name.hasPrefix(".") || name.hasPrefix("-") { name = "article" + name }
    return name + ".txt"
  }
}

extension String {
  /// Without white space at either end (a file name typed with spaces around it).
  fileprivate var withoutEndWhitespace: String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
