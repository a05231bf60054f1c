import Foundation

/// Writes the `dubao --json` document of one page read in parts (`PagePartParser`), byte for
/// byte as `JSONOutput.encode` writes the whole page, holding one part at a time.
///
/// The sections come as the parts arrive (`add`); `furniture`, which sorts before them, is
/// known only at the end, so the caller keeps the sections' text aside (a temporary file)
/// and writes `head`, then that text, then `tail`.
public struct JSONPageWriter {
  private let source: String
  private let encoding: String
  private let encoder: JSONEncoder
  private var banner: String?
  private var bannerTaken = false
  private var furniture: [String] = []
  private var sectionsWritten = 0
  /// The open section's name (written when it closes: `name` sorts after `articles`), and
  /// how many articles it has.
  private var openSection: (name: String?, articles: Int)?

  /// A writer for the page read from `source` in `encoding`.
  public init(source: String, encoding: String) {
    self.source = source
    self.encoding = encoding
    encoder = JSONEncoder()
    encoder.outputFormatting = JSONOutput.formatting
  }

  /// The sections' text for `part`.
  public mutating func add(_ part: PagePart) throws -> String {
    if !bannerTaken { banner = part.banner }
    bannerTaken = true
    furniture += part.furniture
    var out = ""
    for (section, opens) in part.sectionsAdded(pageHasSections: sectionsWritten > 0) {
      if opens {
        out += closeSection()
        out += (sectionsWritten == 0 ? "\n" : ",\n") + "        {\n          \"articles\" : ["
        sectionsWritten += 1
        openSection = (section.name, 0)
      }
      for article in section.articles {
        let first = openSection?.articles == 0
        var json = PrettyJSON(text: (first ? "\n" : ",\n") + "            ")
        json.write(article, indent: 12)
        out += json.text
        openSection?.articles += 1
      }
    }
    return out
  }

  /// The document up to the sections' text: call once every part has been added.
  public func head() throws -> String {
    var fields: [String] = []
    if let banner { fields.append(try field("banner", banner)) }
    fields.append(try field("encoding", encoding))
    fields.append(try field("furniture", furniture))
    return "{\n  \"pages\" : [\n    {\n" + fields.joined(separator: ",\n")
      + ",\n      \"sections\" : ["
  }

  /// The document after the sections' text, with the page's `warnings`.
  public mutating func tail(warnings: [String]) throws -> String {
    let end = closeSection() + (sectionsWritten == 0 ? "\n\n" : "\n") + "      ]"
    return end + ",\n" + (try field("source", source)) + ",\n" + (try field("warnings", warnings))
      + "\n    }\n  ]\n}\n"
  }

  /// Closes the open section, if any.
  private mutating func closeSection() -> String {
    guard let (name, articles) = openSection else { return "" }
    openSection = nil
    var out = (articles == 0 ? "\n\n" : "\n") + "          ]"
    if let name, let text = try? encoded(name) { out += ",\n          \"name\" : " + text }
    return out + "\n        }"
  }

  /// `"key" : value` as a page's field (indented six spaces).
  private func field(_ key: String, _ value: some Encodable) throws -> String {
    "      \"\(key)\" : " + indent(try encoded(value), by: 6, first: false)
  }

  private func encoded(_ value: some Encodable) throws -> String {
    String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// `text` with its lines indented by `count` spaces (the first too when `first`); empty
  /// lines stay empty, as the encoder writes them.
  private func indent(_ text: String, by count: Int, first: Bool) -> String {
    let pad = String(repeating: " ", count: count)
    var out = ""
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      if index > 0 { out += "\n" }
      if !line.isEmpty, index > 0 || first { out += pad }
      out += line
    }
    return out
  }
}
