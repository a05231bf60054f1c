import Foundation
import PDFText

/// `dubao --explain`: what the parser made of each line of one page text, and why.
public enum PageExplainer {
  /// The explanation of the page text at `path` (`-` for standard input), one row per
  /// non-blank line: `NUMBER<TAB>KIND<TAB>RULES<TAB>TEXT`, control characters never printed.
  public static func rows(at path: PagePath, encoding: String? = nil) throws(PageLoadingError)
    -> [String]
  {
    let bytes =
      path.isStandardInput
      ? try PageFile.readAll(STDIN_FILENO, name: "-") : try PageFile.contents(of: path)
    // A PDF: each line's region, role, heading rank and size (format.md, PDF input).
    if PDFTextReader.looksLikePDF(bytes) {
      return try PDFExplainer.rows(of: bytes, source: path.shown)
    }
    let decoded: DecodedText
    do {
      decoded = try PageDecoder.decode(bytes, encoding: encoding)
    } catch {
      switch error {
      case .notText: throw PageLoadingError("\(path.shown): not a text file")
      case .unknownEncoding(let name):
        throw PageLoadingError("unknown encoding '\(PageLoader.shownName(name))'")
      }
    }
    // The decoder has removed control characters; a tab inside a line would break the
    // columns, and the parser has already folded whitespace to single spaces.
    return PageParser.explain(decoded.text).map { $0.row() }
  }
}
