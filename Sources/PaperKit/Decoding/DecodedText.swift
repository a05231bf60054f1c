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
