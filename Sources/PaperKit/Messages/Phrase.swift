/// Every sentence, label and hint the interface shows, each once, in English and Chinese
/// (`Language.text(_:_:)` picks one; `{1}`, `{2}`… are filled in).
public enum Phrase: String, Sendable, CaseIterable {
  // Screens and placeholders.
  case terminalTooSmall, standardInput, noPage, unnamedSection, untitled, noArticles
  case paragraphCountShort, paragraphCountOne, paragraphCountMany, continuesElsewhere
  case photoItem, teaserItem, headlineOnly, noTextItem
  case continuedTo, continuedUnknown, continuedFrom, sourceCredit
  case pageOfPages, namedPageOfPages, outlinePageHeader, readMark, captionMark
  // Status hints.
  case hintOpen, hintSearch, hintHelp, hintQuit, hintBack, hintClose, helpTitle, helpLabel
  // Messages.
  case unknownKey, noSection, onlyOnePage, lastPage, firstPage, lastArticle, firstArticle
  case noSubheadBelow, noSubheadAbove, noSearchYet, notFoundQuery, notFound
  case wrappedToFirst, wrappedToLast, matchCountOne, matchCountMany, allPagesScope
  case readOnNextPage, readOnPreviousPage, endOfLastArticle, startOfFirstArticle
  case highlightsCleared, noHighlights, countPending, keyDoesNothingHere
  case atArticleEnd, atArticleTop, atListEnd, atListStart
  case twoPanesOn, twoPanesOff, twoPanesTooNarrow, noArticleOpen
  case copied, savePrompt, saved, overwriteQuestion, notSaved, saveFailed
  case pipePrompt, pipeFinished, pipeFailed, pipeReturn, placeRestored
  // Help groups.
  case contextGeneral, contextList, contextArticle, contextSearch, contextPrompt, contextPages
  case contextMouse, contextHelp, contextText
  // Key help.
  case keyNextSection, keyPreviousSection, keyCount, keyHelp, keyQuitNow, keyTogglePanes
  case keyListDown, keyListUp, keyPageRowDown, keyPageRowUp, keyListPageDown, keyListPageUp,
    keyListHalfDown, keyListHalfUp
  case keyListFirst, keyListLast, keyOpen, keyQuit
  case keyLineDown, keyLineUp, keyReadOn, keyPageDown, keyPageUp, keyHalfDown, keyHalfUp
  case keyTop, keyBottom, keyNextArticle, keyPreviousArticle, keyNextSubhead, keyPreviousSubhead
  case keyBack, keyCopy, keySave, keyPipe
  case keySearch, keyNextMatch, keyPreviousMatch, keySearchAllPages, keyClearHighlights
  case keyType, keyConfirm, keyCancel, keyBackspace, keyDelete, keyClear, keyLeft, keyRight
  case keyStart, keyEnd, keyOlder, keyNewer
  case keyNextPage, keyPreviousPage, keyWheel, keyClick, keyCloseHelp
  // Pages read in the background, the page list, continuations followed.
  case readingPages, readingPage, pageBeingRead, pageListCount, pageListNoMatch, pageListReading
  case contextPageList, keyPageList, keyPageListOpen, keyPageListClose, keyFollowContinuation
  case hintEscClose, noContinuation, continuationPageNotRead, followedContinuation, returnedFromJump

  /// The phrase in both languages.
  var pair: (english: String, chinese: String) {
    switch self {
    case .terminalTooSmall: ("terminal too small", "终端太小")
    case .standardInput: ("standard input", "标准输入")
    case .noPage: ("(no page)", "（无版面）")
    case .unnamedSection: ("(unnamed section)", "（未命名栏目）")
    case .untitled: ("(untitled)", "（无标题）")
    case .noArticles: ("(this page has no articles)", "（本版没有文章）")
    case .paragraphCountShort: ("{1} ¶", "{1}段")
    case .paragraphCountOne: ("1 paragraph", "1段")
    case .paragraphCountMany: ("{1} paragraphs", "{1}段")
    case .continuesElsewhere: (", continues on another page", "，转他版")
    case .photoItem: ("photo", "图片")
    case .teaserItem: ("teaser → {1}", "导读 → {1}")
    case .headlineOnly: ("headline only", "仅标题")
    case .noTextItem: ("no text", "无正文")
    case .continuedTo: ("(continued on page {1})", "（未完，转第{1}版）")
    case .continuedUnknown: ("(continued elsewhere)", "（未完）")
    case .continuedFrom: ("(continued from page {1})", "（上接第{1}版）")
    case .sourceCredit: ("source: {1}", "来源：{1}")
    case .pageOfPages: ("page {1}/{2}", "第{1}版 {1}/{2}")
    case .namedPageOfPages: ("{3} {1}/{2}", "{3} {1}/{2}")
    case .outlinePageHeader: ("== {1} (page {2} of {3})", "== {1}（第{2}版，共{3}版）")
    case .readMark: ("✓", "✓")
    case .captionMark: ("Photo: ", "图：")
    case .hintOpen: ("Enter open", "Enter 打开")
    case .hintSearch: ("/ search", "/ 搜索")
    case .hintHelp: ("? help", "? 帮助")
    case .hintQuit: ("q quit", "q 退出")
    case .hintBack: ("q back", "q 返回")
    case .hintClose: ("q close", "q 关闭")
    case .helpTitle: ("Dubao keys", "读报 按键")
    case .helpLabel: ("help", "帮助")
    case .unknownKey: ("unknown key {1}, ? for help", "未知按键 {1}，按 ? 看帮助")
    case .noSection: ("no section {1}", "没有第{1}栏")
    case .onlyOnePage: ("only one page", "只有一版")
    case .lastPage: ("last page", "已是最后一版")
    case .firstPage: ("first page", "已是第一版")
    case .lastArticle: ("last article of the page", "已是本版最后一篇")
    case .firstArticle: ("first article of the page", "已是本版第一篇")
    case .noSubheadBelow: ("no subhead below", "下面没有小标题")
    case .noSubheadAbove: ("no subhead above", "上面没有小标题")
    case .noSearchYet: ("no search yet: / to search", "还没有搜索：按 / 搜索")
    case .notFoundQuery: ("not found: {1}", "找不到：{1}")
    case .notFound: ("not found", "找不到")
    case .wrappedToFirst: ("wrapped to first match", "已回到第一处")
    case .wrappedToLast: ("wrapped to last match", "已回到最后一处")
    case .matchCountOne: ("1 match", "1处")
    case .matchCountMany: ("{1} matches", "{1}处")
    case .allPagesScope: ("all pages", "全部版面")
    case .readOnNextPage: ("on to page {1}", "转到第{1}版")
    case .readOnPreviousPage: ("back to page {1}", "回到第{1}版")
    case .endOfLastArticle: ("end of the last article", "已读完最后一篇")
    case .startOfFirstArticle: ("first article of the first page", "已是第一版第一篇")
    case .highlightsCleared: ("highlights cleared", "已清除高亮")
    case .noHighlights: ("no highlights to clear", "没有要清除的高亮")
    case .countPending: ("count {1}", "计数 {1}")
    case .keyDoesNothingHere: ("{1} does nothing here", "{1} 在这里不起作用")
    case .atArticleEnd: ("end of the article: Space reads on", "已到文章末尾：按 Space 读下一篇")
    case .atArticleTop: ("top of the article", "已到文章开头")
    case .atListEnd: ("last article", "已是最后一篇")
    case .atListStart: ("first article", "已是第一篇")
    case .twoPanesOn: ("two panes", "双栏")
    case .twoPanesOff: ("one pane", "单栏")
    case .twoPanesTooNarrow: ("two panes need 120 columns", "双栏需要至少 120 列")
    case .noArticleOpen: ("no article to take text from", "没有可取文字的文章")
    case .copied: ("copied {1} characters", "已复制 {1} 字")
    case .savePrompt: ("save as: ", "保存为：")
    case .saved: ("saved {1}", "已保存 {1}")
    case .overwriteQuestion: ("{1} exists: overwrite? (y/n)", "{1} 已存在：覆盖吗？(y/n)")
    case .notSaved: ("not saved", "未保存")
    case .saveFailed: ("cannot save {1}: {2}", "无法保存 {1}：{2}")
    case .pipePrompt: ("pipe to: ", "管道到：")
    case .pipeFinished: ("{1}: exit status {2}", "{1}：退出状态 {2}")
    case .pipeFailed: ("cannot run {1}: {2}", "无法运行 {1}：{2}")
    case .pipeReturn: ("[press Enter to return to dubao]", "[按 Enter 回到读报]")
    case .placeRestored: ("back where you left off", "已回到上次读到的地方")
    case .contextGeneral: ("Everywhere", "任何时候")
    case .contextList: ("Section list", "栏目列表")
    case .contextArticle: ("Article view", "文章")
    case .contextSearch: ("Search", "搜索")
    case .contextPrompt: ("Prompt", "输入行")
    case .contextPages: ("Several pages", "多个版面")
    case .contextMouse: ("Mouse", "鼠标")
    case .contextHelp: ("Help screen", "帮助页")
    case .contextText: ("Taking text out", "取出文字")
    case .keyNextSection: ("next section (reading: open its first article)", "下一栏（阅读时打开其第一篇）")
    case .keyPreviousSection:
      ("previous section (reading: open its first article)", "上一栏（阅读时打开其第一篇）")
    case .keyCount:
      (
        "section N (reading: open its first article); before j k G g ] [ n N Space f b and Ctrl keys: a count",
        "第N栏（阅读时打开其第一篇）；在 j k G g ] [ n N Space f b 和 Ctrl 键之前：次数"
      )
    case .keyHelp: ("help", "帮助")
    case .keyQuitNow: ("quit at once", "立即退出")
    case .keyTogglePanes: ("two panes on wide terminals: on or off", "宽终端双栏：开或关")
    case .keyListDown: ("next article", "下一篇")
    case .keyListUp: ("previous article", "上一篇")
    case .keyPageRowDown: ("next page in the list", "列表中的下一版")
    case .keyPageRowUp: ("previous page in the list", "列表中的上一版")
    case .keyListPageDown: ("page down", "下翻一页")
    case .keyListPageUp: ("page up", "上翻一页")
    case .keyListHalfDown: ("half page down", "下翻半页")
    case .keyListHalfUp: ("half page up", "上翻半页")
    case .keyListFirst: ("first article (N: article N)", "第一篇（N：第N篇）")
    case .keyListLast: ("last article (N: article N)", "最后一篇（N：第N篇）")
    case .keyOpen: ("open the article", "打开文章")
    case .keyQuit: ("quit", "退出")
    case .keyLineDown: ("line down", "下移一行")
    case .keyLineUp: ("line up", "上移一行")
    case .keyReadOn: ("page down; at the end, the next article", "下翻一页；到底后打开下一篇")
    case .keyPageDown: ("page down", "下翻一页")
    case .keyPageUp: ("page up", "上翻一页")
    case .keyHalfDown: ("half page down", "下翻半页")
    case .keyHalfUp: ("half page up", "上翻半页")
    case .keyTop: ("top (N: line N)", "开头（N：第N行）")
    case .keyBottom: ("bottom (N: line N)", "末尾（N：第N行）")
    case .keyNextArticle:
      ("next article; after the page's last, the next page's first", "下一篇；本版最后一篇之后转下一版第一篇")
    case .keyPreviousArticle:
      ("previous article; before the page's first, the previous page's last", "上一篇；本版第一篇之前回上一版最后一篇")
    case .keyNextSubhead: ("next subhead", "下一个小标题")
    case .keyPreviousSubhead: ("previous subhead", "上一个小标题")
    case .keyBack: ("back to the section list", "回到栏目列表")
    case .keyCopy: ("copy the article to the clipboard (OSC 52)", "把文章复制到剪贴板（OSC 52）")
    case .keySave: ("save the article to a file", "把文章保存为文件")
    case .keyPipe: ("pipe the article to a shell command", "把文章交给一条 shell 命令")
    case .keySearch: ("search this page", "在本版搜索")
    case .keyNextMatch: ("next match", "下一处")
    case .keyPreviousMatch: ("previous match", "上一处")
    case .keySearchAllPages: ("repeat the search across all pages", "在全部版面重新搜索")
    case .keyClearHighlights: ("clear the search highlights", "清除搜索高亮")
    case .keyType: ("type", "输入")
    case .keyConfirm: ("confirm (search: an empty prompt repeats the last)", "确定（搜索：空行重复上次）")
    case .keyCancel: ("cancel, back to where you were", "取消，回到原处")
    case .keyBackspace: ("delete the character before the cursor", "删除光标前的字")
    case .keyDelete: ("delete the character under the cursor", "删除光标处的字")
    case .keyClear: ("clear", "清空")
    case .keyLeft: ("cursor left", "光标左移")
    case .keyRight: ("cursor right", "光标右移")
    case .keyStart: ("cursor to the start", "光标到行首")
    case .keyEnd: ("cursor to the end", "光标到行尾")
    case .keyOlder: ("earlier query", "上一条查询")
    case .keyNewer: ("later query", "下一条查询")
    case .keyNextPage: ("next page", "下一版")
    case .keyPreviousPage: ("previous page", "上一版")
    case .keyWheel: ("scroll", "滚动")
    case .keyClick: ("open the article clicked", "打开点中的文章")
    case .keyCloseHelp: ("close help", "关闭帮助")
    case .readingPages: ("reading {1}%", "解析中 {1}%")
    case .readingPage: ("reading…", "解析中……")
    case .pageBeingRead: ("(this page is being read…)", "（本版解析中……）")
    case .pageListCount: ("{1} of {2} pages", "{2} 版中的 {1} 版")
    case .pageListNoMatch: ("no page matches “{1}”", "没有版面符合“{1}”")
    case .pageListReading: ("(being read)", "（解析中）")
    case .contextPageList: ("Page list", "版面列表")
    case .keyPageList: ("list of pages: type to filter, Enter opens", "版面列表：输入以筛选，回车打开")
    case .keyPageListOpen: ("open the page", "打开该版")
    case .keyPageListClose: ("close the page list", "关闭版面列表")
    case .keyFollowContinuation:
      ("follow a continued article to its other part; q comes back", "跳到文章的另一部分（下转/上接）；q 返回")
    case .hintEscClose: ("Esc close", "Esc 关闭")
    case .noContinuation: ("no continuation of this article on the pages open", "打开的版面中没有本文的续篇")
    case .continuationPageNotRead: ("page {1} is still being read; try again", "{1}还在解析，请稍后再试")
    case .followedContinuation: ("part on page {1}; q goes back", "转至{1}；q 返回")
    case .returnedFromJump: ("back where you jumped from", "已回到跳转前的位置")
    }
  }
}
