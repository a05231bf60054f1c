import PaperKit

extension ReaderState {
  /// Composes the screen from the views, each drawing its own area.
  func draw(into screen: inout Screen) {
    if let top = focus.helpTop {
      drawHelp(top: top, into: &screen)
    } else if let session = focus.pageList {
      drawPageList(session, into: &screen)
    } else {
      let layout = layout(screen.size)
      if let header = layout.header { drawHeader(in: header, into: &screen) }
      if let area = layout.list { drawList(in: area, into: &screen) }
      if let column = layout.divider, let area = layout.article {
        for row in area.rows { screen.put("│", row: row, column: column, style: .dim) }
      }
      if layout.article != nil { drawArticle(layout, into: &screen) }
      if focus.pane == .article {
        drawArticleStatus(layout, into: &screen)
      } else {
        drawListStatus(in: layout.status, into: &screen)
      }
    }
    if let session = focus.prompt { drawPrompt(session, into: &screen) }
  }
}
