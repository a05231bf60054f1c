import PaperKit

extension ReaderState {
  /// `J`: from an article marked `下转` to its `上接` part on the page named (or back from a
  /// `上接` part to where it starts). The view before the jump is kept; `q` returns to it.
  mutating func followContinuation(size: ScreenSize) {
    let article = focus.pane == .article ? viewport.article : list.selection
    guard index.articles.indices.contains(article) else {
      say(.noArticleOpen, error: true)
      return
    }
    let shown = index.articles[article]
    guard shown.continuedTo != nil || shown.continuedFrom != nil else {
      say(.noContinuation, error: true)
      return
    }
    let target =
      ContinuationLinks.forward(from: pageNumber, article: article, in: pages)
      ?? ContinuationLinks.backward(from: pageNumber, article: article, in: pages)
    guard let target else {
      // The page named may not have arrived yet.
      if let mark = shown.continuedTo ?? shown.continuedFrom, !pending.isEmpty {
        say(.continuationPageNotRead, mark, error: true)
      } else {
        say(.noContinuation, error: true)
      }
      return
    }
    var origin = savedView
    origin.pane = focus.pane
    jumps.append(origin)
    if target.page != pageNumber { switchPage(to: target.page) }
    openArticle(target.article, size: size)
    say(.followedContinuation, pageName(target.page))
  }

  /// `q` after a jump: back to the view the jump left; false when there was no jump.
  mutating func returnFromJump() -> Bool {
    guard let origin = jumps.popLast() else { return false }
    restore(origin)
    say(.returnedFromJump)
    return true
  }
}
