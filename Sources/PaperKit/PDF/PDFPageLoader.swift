import PDFText

/// PDF input for `PageLoader`: the text layer through `PDFTextReader`, each page assembled
/// by geometry (`PDFPageAssembler`).
enum PDFPageLoader {
  /// The pages of the PDF in `bytes`, one per PDF page; `source` is the shown file name.
  static func pages(from bytes: [UInt8], source: String) throws(PageLoadingError) -> [Page] {
    let texts = try textPages(of: bytes, source: source)
    return texts.enumerated().map { index, text in
      let name = texts.count == 1 ? source : "\(source)#\(index + 1)"
      var page = PDFPageAssembler.page(from: text, source: name)
      if page.articles.isEmpty && !text.glyphs.isEmpty { page.warnings.append("no articles found") }
      return page
    }
  }

  /// The text layer of every page, or the one-line error a person sees: a broken or encrypted
  /// file, or one with no text at all (a scan).
  static func textPages(of bytes: [UInt8], source: String) throws(PageLoadingError)
    -> [PDFTextPage]
  {
    let texts: [PDFTextPage]
    do {
      texts = try PDFTextReader.pages(of: bytes)
    } catch {
      throw PageLoadingError(source: source, reason: "\(error)")
    }
    if texts.allSatisfy(\.glyphs.isEmpty) {
      throw PageLoadingError(source: source, reason: "no text layer (scanned image); OCR it first")
    }
    return texts
  }
}
