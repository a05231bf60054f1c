import Foundation

/// The `dubao --json` document: `{"pages": [page, ...]}`, UTF-8, keys in a stable order.
public enum JSONOutput {
  private struct Document: Encodable {
    var pages: [Page]
  }

  /// How the document is written: pretty-printed, keys sorted, slashes as they are.
  static let formatting: JSONEncoder.OutputFormatting = [
    .prettyPrinted, .sortedKeys, .withoutEscapingSlashes,
  ]

  /// The pages as a pretty-printed JSON document with sorted keys, ending in a newline; each
  /// continued article links to its other part (`continuation`) when that page is among them.
  public static func encode(_ pages: [Page]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = formatting
    let data = try encoder.encode(Document(pages: ContinuationLinks.linked(pages)))
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
