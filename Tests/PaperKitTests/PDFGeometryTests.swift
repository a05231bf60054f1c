import PDFText
import Testing

@testable import PaperKit

/// The PDF geometry on hand-made glyph layouts: columns, reading order, paragraphs across
/// column ends, heading ranks, captions, header and footer bands.
@Suite struct PDFGeometryTests {
  func read(_ layout: GlyphLayout) -> Page {
    PDFPageAssembler.page(from: layout.page, source: "test.pdf")
  }

  func paragraphs(_ article: Article) -> [String] {
    article.blocks.filter { $0.kind == .paragraph }.map(\.text)
  }

  @Test func twoColumnsUnderASpanningTitleReadColumnByColumn() {
    var layout = GlyphLayout()
    layout.set("两栏文章的标题", x: 60, y: 30, size: 18)
    layout.column(["　　第一段第一行文字", "第一段第二行文字很", "长的一段文字继续往"], x: 30, y: 60)
    layout.column(["下写到第二栏结束。", "　　第二段开始于第", "二栏中间的位置。"], x: 150, y: 60)
    let page = read(layout)
    #expect(page.articles.count == 1)
    #expect(page.articles.first?.title == "两栏文章的标题")
    #expect(
      page.articles.first.map(paragraphs) == [
        "第一段第一行文字第一段第二行文字很长的一段文字继续往下写到第二栏结束。", "第二段开始于第二栏中间的位置。",
      ])
  }

  @Test func aNarrowTitleOwnsEveryColumnBeneathIt() {
    var layout = GlyphLayout()
    layout.set("窄的标题", x: 170, y: 30, size: 18)
    layout.column(["　　一栏的文字写在", "最左边的一栏里面，"], x: 30, y: 60)
    layout.column(["接着写到中间一栏", "里去，还没有写完"], x: 150, y: 60)
    layout.column(["，最后写到右边。"], x: 270, y: 60)
    layout.set("下一篇的标题", x: 120, y: 120, size: 18)
    layout.column(["　　下一篇的正文。"], x: 30, y: 150)
    let page = read(layout)
    #expect(page.articles.map(\.title) == ["窄的标题", "下一篇的标题"])
    #expect(
      page.articles.first.map(paragraphs) == [
        "一栏的文字写在最左边的一栏里面，接着写到中间一栏里去，还没有写完，最后写到右边。"
      ])
    #expect(page.articles.last.map(paragraphs) == ["下一篇的正文。"])
  }

  @Test func aPhotoCuttingAColumnLeavesTheParagraphWholeAndItsCaptionAfterIt() {
    var layout = GlyphLayout()
    layout.set("有图片的文章", x: 30, y: 20, size: 18)
    layout.column(["　　图片上面的一句", "话还没有说完，就"], x: 30, y: 50)
    // The photo takes y 80…160; its caption is set small under it.
    layout.set("图为现场。新华社发", x: 30, y: 164, size: 7)
    layout.column(["接着图片下面说完。", "　　第二段。"], x: 30, y: 180)
    let page = read(layout)
    let article = page.articles.first
    #expect(
      article?.blocks == [
        Block(.paragraph, "图片上面的一句话还没有说完，就接着图片下面说完。"), Block(.caption, "图为现场。新华社发"),
        Block(.paragraph, "第二段。"),
      ])
  }

  @Test func headerAndFooterBandsAreFurnitureNotArticleText() {
    var layout = GlyphLayout()
    layout.set("某某日报", x: 30, y: 5, size: 7)
    layout.set("2026年7月23日", x: 200, y: 5, size: 7)
    layout.set("文章标题", x: 60, y: 30, size: 18)
    layout.column(["　　正文第一行文字", "正文第二行，正文是", "这一页上字最多的。"], x: 30, y: 60)
    layout.set("第3版", x: 30, y: 120, size: 7)
    layout.set("责任编辑：张三", x: 200, y: 120, size: 7)
    let page = read(layout)
    #expect(page.furniture == ["某某日报", "2026年7月23日", "第3版", "责任编辑：张三"])
    #expect(page.articles.count == 1)
    #expect(
      page.articles.first?.blocks == [Block(.paragraph, "正文第一行文字正文第二行，正文是这一页上字最多的。")])
  }

  @Test func sideBySideArticlesWithAlignedHeadingsStaySeparate() {
    var layout = GlyphLayout()
    layout.set("左边文章的标题", x: 40, y: 30, size: 18)
    layout.set("右边的标题", x: 280, y: 30, size: 18)
    layout.column(["　　左边第一栏的字", "继续写下去，写到"], x: 30, y: 60)
    layout.column(["第二栏才结束。"], x: 150, y: 60)
    layout.column(["　　右边文章只有一", "栏，也写完了。"], x: 280, y: 60)
    let page = read(layout)
    #expect(page.articles.map(\.title) == ["左边文章的标题", "右边的标题"])
    #expect(page.articles.map(paragraphs) == [["左边第一栏的字继续写下去，写到第二栏才结束。"], ["右边文章只有一栏，也写完了。"]])
  }

  @Test func headingOnlyItemsSideBySideAreSeparateArticles() {
    var layout = GlyphLayout()
    layout.set("开奖公告", x: 30, y: 30, size: 18)
    layout.set("开奖公告", x: 150, y: 30, size: 18)
    layout.set("开奖公告", x: 270, y: 30, size: 18)
    layout.column(["　　下面是另一篇文章的正文，", "写得很长很长。"], x: 30, y: 80)
    let page = read(layout)
    #expect(page.articles.map(\.title) == ["开奖公告", "开奖公告", "开奖公告"])
  }

  @Test func aWideSpaceInATitleDoesNotSplitIt() {
    var layout = GlyphLayout()
    layout.set("加快推进水网建设　全面提升综合效益", x: 30, y: 30, size: 18)
    layout.column(["　　正文一行写满了整整四十个字的宽度，正文一行写满了整整四十个字的宽度，", "第二行。"], x: 30, y: 60)
    let page = read(layout)
    #expect(page.articles.map(\.title) == ["加快推进水网建设 全面提升综合效益"])
  }

  @Test func aTitlesWideSpaceOverAGutterStillDoesNotSplitIt() {
    var layout = GlyphLayout()
    // The U+3000 falls right above the gutter between the two columns (x 120…150).
    layout.set("标题前半部分　后半", x: 12, y: 30, size: 18)
    layout.column(["　　左栏的正文文字", "左栏的正文文字写"], x: 30, y: 60)
    layout.column(["右栏的正文文字写", "完了。"], x: 150, y: 60)
    let page = read(layout)
    #expect(page.articles.map(\.title) == ["标题前半部分 后半"])
    #expect(page.articles.first.map(paragraphs) == ["左栏的正文文字左栏的正文文字写右栏的正文文字写完了。"])
  }

  @Test func aPoemInAColumnOfItsOwnIsALineAParagraph() {
    var layout = GlyphLayout()
    layout.set("有诗的文章", x: 60, y: 20, size: 18)
    layout.column(["　　正文写满了一整行", "正文写满了一整行的", "字。这正是："], x: 30, y: 50)
    layout.column(["交通往来，", "金融活水。"], x: 150, y: 50)
    let page = read(layout)
    #expect(
      page.articles.first.map(paragraphs) == [
        "正文写满了一整行正文写满了一整行的字。这正是：", "交通往来，", "金融活水。",
      ])
  }

  @Test func stackedHeadingOnlyItemsAreSeparateArticles() {
    var layout = GlyphLayout()
    layout.set("前一篇", x: 30, y: 20, size: 18)
    layout.column(["　　前一篇文章的正文，", "正文比标题长得多。"], x: 30, y: 50)
    layout.set("开奖公告", x: 60, y: 100, size: 18)
    layout.set("开奖公告", x: 60, y: 150, size: 18)
    let page = read(layout)
    #expect(page.articles.map(\.title) == ["前一篇", "开奖公告", "开奖公告"])
  }

  @Test func aShortLineJustifiedWideStaysOneLine() {
    var layout = GlyphLayout()
    layout.set("来稿", x: 30, y: 20, size: 18)
    layout.set("本版邮箱：", x: 48, y: 50, tracking: 14)
    layout.set("abc@example.cn（请注明栏目名）", x: 30, y: 63.5)
    let page = read(layout)
    #expect(page.articles.first.map(paragraphs) == ["本版邮箱：abc@example.cn（请注明栏目名）"])
  }

  @Test func headingSizesRankKickerTitleAndSubtitle() {
    var layout = GlyphLayout()
    layout.set("引题比主题小", x: 60, y: 20, size: 12)
    layout.set("主题最大", x: 60, y: 40, size: 18)
    layout.set("副题也比主题小", x: 60, y: 66, size: 12)
    layout.column(["　　正文的字比标题多，", "正文的字比标题多。"], x: 30, y: 90)
    let article = read(layout).articles.first
    #expect(article?.kicker == "引题比主题小")
    #expect(article?.title == "主题最大")
    #expect(article?.subtitle == "副题也比主题小")
    let readings = PDFPageAssembler.readings(of: layout.page)
    #expect(readings.map(\.role) == [.heading, .heading, .heading, .body, .body])
    #expect(readings[1].sizeRatio == 2)
  }

  @Test func justificationSpacesBetweenChineseCharactersAreDropped() {
    var layout = GlyphLayout()
    layout.set("两端对齐的中文", x: 30, y: 30, tracking: 1.5)
    layout.set("Swift 6 语言", x: 30, y: 43.5)
    let lines = PDFLineBuilder.lines(of: layout.glyphs)
    #expect(lines.map(\.text) == ["两端对齐的中文", "Swift 6 语言"])
  }

  @Test func controlCharactersInTheTextLayerNeverReachTheModel() {
    var layout = GlyphLayout()
    layout.set("标题\u{1B}[2J", x: 30, y: 20, size: 18)
    layout.column(["　　正文\u{9B}31m里的字，正文里的字，", "正文里的字。"], x: 30, y: 50)
    let page = read(layout)
    #expect(page.articles.first?.title == "标题 [2J")
    #expect(page.articles.first.map(paragraphs) == ["正文 31m里的字，正文里的字，正文里的字。"])
  }

  @Test func explainRowsShowRegionRoleRankAndSize() {
    var layout = GlyphLayout()
    layout.set("引题", x: 60, y: 20, size: 12)
    layout.set("主题", x: 60, y: 40, size: 18)
    layout.column(["　　正文的字比标题多，", "正文的字比标题多。"], x: 30, y: 70)
    let rows = PDFExplainer.rows(of: PDFPageAssembler.readings(of: layout.page))
    #expect(rows.count == 4)
    #expect(
      rows[0].hasPrefix("1\theading:kicker\tregion 0, size ×1.33 (12.00 pt), x 60–84, y 20\t引题"))
    #expect(rows[1].hasPrefix("2\theading:title\tregion 0, size ×2.00 (18.00 pt)"))
    #expect(rows[2].hasPrefix("3\tbody\tregion 1, size ×1.00 (9.00 pt), x 48–"))
  }

  @Test func aPageWithoutGlyphsSaysItHasNoTextLayer() {
    let page = read(GlyphLayout())
    #expect(page.articles.isEmpty)
    #expect(page.warnings == ["no text layer (scanned image); OCR it first"])
  }
}
