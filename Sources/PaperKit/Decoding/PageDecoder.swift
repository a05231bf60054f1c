// STUB — to be replaced by the decoding work (issue 2). Interface is fixed; see docs/architecture.md.

/// Text decoded from a page file's bytes, cleaned so that it can never drive a terminal.
public struct DecodedText: Sendable, Equatable {
  /// The text, with LF line endings and control characters/escape sequences removed.
  public var text: String
  /// The encoding used: `UTF-8`, `UTF-16LE`, `UTF-16BE` or `GB18030` (or the forced name).
  public var encoding: String
  /// How many invalid byte sequences became U+FFFD.
  public var invalidSequences: Int
  /// How many control characters (including whole escape sequences, counted once each) were removed.
  public var removedControls: Int

  /// Creates a decoded text.
  public init(text: String, encoding: String, invalidSequences: Int = 0, removedControls: Int = 0) {
    self.text = text
    self.encoding = encoding
    self.invalidSequences = invalidSequences
    self.removedControls = removedControls
  }
}

/// Why a page's bytes could not be decoded.
public enum PageDecodingError: Error, Equatable, Sendable {
  /// NUL bytes or mostly non-text bytes.
  case notText
  /// `--encoding` named an encoding iconv does not know.
  case unknownEncoding(String)
}

/// Turns a page file's bytes into clean text.
public enum PageDecoder {
  /// Decodes bytes: BOM (UTF-8/UTF-16), else UTF-8 if valid, else GB18030; `encoding` forces one.
  public static func decode(_ bytes: [UInt8], encoding: String? = nil) throws(PageDecodingError)
    -> DecodedText
  {
    if bytes.contains(0) { throw .notText }
    var text = String(decoding: bytes, as: UTF8.self)
    text = text.replacingOccurrences(of: "\r\n", with: "\n")
    return DecodedText(text: text, encoding: "UTF-8")
  }
}
