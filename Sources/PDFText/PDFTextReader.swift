import CPoppler
import Glibc
import Synchronization

/// Reads the text layer of a PDF with poppler-glib: each page's characters with their boxes,
/// fonts and sizes, and its picture areas. The only code that touches the PDF library.
public enum PDFTextReader {
  /// Whether `bytes` are a PDF: `%PDF-` and a version digit at the start of a line within
  /// the first kilobyte (readers allow a little junk before it; text that merely mentions
  /// the marker mid-line stays text).
  public static func looksLikePDF(_ bytes: [UInt8]) -> Bool {
    let magic = Array("%PDF-".utf8)
    let head = Array(bytes.prefix(1024))
    guard head.count > magic.count else { return false }
    return (0..<(head.count - magic.count)).contains { start in
      (start == 0 || head[start - 1] == 0x0A || head[start - 1] == 0x0D)
        && head[start...].starts(with: magic)
        && (0x30...0x39).contains(head[start + magic.count])
    }
  }

  /// Every page of the PDF in `bytes`, in page order.
  public static func pages(of bytes: [UInt8]) throws(PDFTextError) -> [PDFTextPage] {
    try withStandardErrorSilenced { () throws(PDFTextError) -> [PDFTextPage] in
      let document = try open(bytes)
      defer { g_object_unref(UnsafeMutableRawPointer(document)) }
      let count = poppler_document_get_n_pages(document)
      guard count > 0 else { throw .noPages }
      return (0..<count).map { index in
        guard let page = poppler_document_get_page(document, index) else {
          return PDFTextPage(width: 0, height: 0, glyphs: [])
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return read(page)
      }
    }
  }

  private static func open(_ bytes: [UInt8]) throws(PDFTextError) -> OpaquePointer {
    var error: UnsafeMutablePointer<GError>?
    let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
    defer { g_bytes_unref(data) }
    guard let document = poppler_document_new_from_bytes(data, nil, &error) else {
      let encrypted =
        error.map {
          $0.pointee.domain == poppler_error_quark()
            && $0.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
        } ?? false
      if let error { g_error_free(error) }
      throw encrypted ? .encrypted : .broken
    }
    return document
  }

  private static func read(_ page: OpaquePointer) -> PDFTextPage {
    var width = 0.0
    var height = 0.0
    poppler_page_get_size(page, &width, &height)
    let scalars: [Unicode.Scalar]
    if let text = poppler_page_get_text(page) {
      scalars = Array(String(cString: text).unicodeScalars)
      g_free(text)
    } else {
      scalars = []
    }
    var rectangles: UnsafeMutablePointer<PopplerRectangle>?
    var rectangleCount: guint = 0
    _ = poppler_page_get_text_layout(page, &rectangles, &rectangleCount)
    defer { g_free(rectangles) }
    let fonts = fontRuns(of: page)
    var glyphs: [PDFGlyph] = []
    var run = 0
    for index in 0..<min(scalars.count, Int(rectangleCount)) {
      let scalar = scalars[index]
      if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
        continue
      }
      while run < fonts.count && fonts[run].end < index { run += 1 }
      let font = run < fonts.count && fonts[run].start <= index ? fonts[run] : nil
      guard let r = rectangles?[index] else { continue }
      glyphs.append(
        PDFGlyph(
          Character(scalar),
          box: PDFBox(
            x0: min(r.x1, r.x2), y0: min(r.y1, r.y2), x1: max(r.x1, r.x2), y1: max(r.y1, r.y2)),
          fontSize: font?.size ?? 0, fontName: font?.name ?? "", isBold: font?.isBold ?? false))
    }
    return PDFTextPage(width: width, height: height, glyphs: glyphs, pictures: pictures(of: page))
  }

  /// A run of characters `start...end` (offsets into the page text) in one font and size.
  private struct FontRun {
    var start: Int
    var end: Int
    var size: Double
    var name: String
    var isBold: Bool
  }

  private static func fontRuns(of page: OpaquePointer) -> [FontRun] {
    guard let list = poppler_page_get_text_attributes(page) else { return [] }
    defer { poppler_page_free_text_attributes(list) }
    var runs: [FontRun] = []
    var node: UnsafeMutablePointer<GList>? = list
    while let current = node {
      if let raw = current.pointee.data {
        let attributes = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
        let name = attributes.font_name.map { String(cString: $0) } ?? ""
        runs.append(
          FontRun(
            start: Int(attributes.start_index), end: Int(attributes.end_index),
            size: attributes.font_size, name: withoutSubsetPrefix(name),
            isBold: PDFGlyph.namesBold(name)))
      }
      node = current.pointee.next
    }
    return runs.sorted { $0.start < $1.start }
  }

  private static func pictures(of page: OpaquePointer) -> [PDFBox] {
    guard let list = poppler_page_get_image_mapping(page) else { return [] }
    defer { poppler_page_free_image_mapping(list) }
    var boxes: [PDFBox] = []
    var node: UnsafeMutablePointer<GList>? = list
    while let current = node {
      if let raw = current.pointee.data {
        let area = raw.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
        boxes.append(
          PDFBox(
            x0: min(area.x1, area.x2), y0: min(area.y1, area.y2), x1: max(area.x1, area.x2),
            y1: max(area.y1, area.y2)))
      }
      node = current.pointee.next
    }
    return boxes
  }

  /// `ABCDEF+SimSun` → `SimSun`: subset fonts carry six capital letters and a plus sign.
  static func withoutSubsetPrefix(_ name: String) -> String {
    let parts = name.split(separator: "+", maxSplits: 1)
    guard parts.count == 2, parts[0].count == 6, parts[0].allSatisfy({ $0.isUppercase }) else {
      return name
    }
    return String(parts[1])
  }

  /// Serialises PDF reading: file descriptor 2 is process-wide, and so is poppler's state.
  private static let lock = Mutex(())

  /// Runs `body` with file descriptor 2 pointed at /dev/null: poppler prints its syntax
  /// warnings about damaged files to stderr, which would garble the one-line message.
  private static func withStandardErrorSilenced<T: Sendable>(_ body: () throws(PDFTextError) -> T)
    throws(PDFTextError) -> T
  {
    let result: Result<T, PDFTextError> = lock.withLock { _ in
      Result { () throws(PDFTextError) -> T in try silenced(body) }
    }
    return try result.get()
  }

  private static func silenced<T>(_ body: () throws(PDFTextError) -> T) throws(PDFTextError)
    -> T
  {
    fflush(nil)
    let saved = dup(2)
    let null = Glibc.open("/dev/null", O_WRONLY)
    if saved >= 0 && null >= 0 { dup2(null, 2) }
    if null >= 0 { close(null) }
    defer {
      fflush(nil)
      if saved >= 0 {
        dup2(saved, 2)
        close(saved)
      }
    }
    return try body()
  }
}
