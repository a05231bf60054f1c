import Foundation
import Testing

/// Test fixtures: the seed page and the sample pages of other papers.
enum Fixtures {
  /// The raw bytes of a fixture file in `Tests/PaperKitTests/Fixtures`.
  static func bytes(_ name: String) throws -> [UInt8] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    return Array(try Data(contentsOf: url))
  }

  /// A fixture decoded as UTF-8.
  static func text(_ name: String) throws -> String {
    String(decoding: try bytes(name), as: UTF8.self)
  }
}
