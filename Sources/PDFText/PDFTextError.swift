/// Why a PDF could not be read; `description` is a short phrase for a one-line message.
public enum PDFTextError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The document needs a password.
  case encrypted
  /// The bytes are not a PDF the library can open (truncated, damaged, not a PDF).
  case broken
  /// The document opened but has no pages.
  case noPages

  /// The phrase shown after the file name.
  public var description: String {
    switch self {
    case .encrypted: "encrypted PDF (needs a password); decrypt it first"
    case .broken: "broken PDF (damaged or truncated file)"
    case .noPages: "PDF has no pages"
    }
  }
}
