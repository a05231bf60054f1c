/// The model's types in the form `JSONOutput` writes them (`JSONEncoder`, pretty-printed, keys
/// sorted, slashes as they are), written by hand: the streamed `--json` writes tens of
/// thousands of articles, and the encoder's own machinery was most of its time.
/// `PartWriterTests` keep the two equal.
struct PrettyJSON {
  /// The text written so far.
  var text = ""

  /// Writes `article` as an object whose closing brace is indented by `indent` spaces.
  mutating func write(_ article: Article, indent: Int) {
    var fields = Fields(indent: indent + 2)
    text += "{"
    fields.key("blocks", &text)
    array(article.blocks, indent: indent + 2) { json, block, indent in
      var fields = Fields(indent: indent + 2)
      json.text += "{"
      fields.key("kind", &json.text)
      json.string(block.kind.rawValue)
      fields.key("text", &json.text)
      json.string(block.text)
      json.close(indent)
    }
    if let byline = article.byline {
      fields.key("byline", &text)
      write(byline, indent: indent + 2)
    }
    if let location = article.continuation {
      fields.key("continuation", &text)
      var inner = Fields(indent: indent + 4)
      text += "{"
      inner.key("article", &text)
      text += String(location.article)
      inner.key("page", &text)
      text += String(location.page)
      close(indent + 2)
    }
    optional("continuedFrom", article.continuedFrom, &fields)
    optional("continuedTo", article.continuedTo, &fields)
    fields.key("continues", &text)
    text += article.continues ? "true" : "false"
    optional("kicker", article.kicker, &fields)
    fields.key("metadata", &text)
    strings(article.metadata, indent: indent + 2)
    optional("sourceCredit", article.sourceCredit, &fields)
    optional("subtitle", article.subtitle, &fields)
    optional("teaserFor", article.teaserFor, &fields)
    fields.key("title", &text)
    string(article.title)
    close(indent)
  }

  private mutating func write(_ byline: Byline, indent: Int) {
    var fields = Fields(indent: indent + 2)
    text += "{"
    optional("agency", byline.agency, &fields)
    fields.key("authors", &text)
    strings(byline.authors, indent: indent + 2)
    fields.key("correspondents", &text)
    strings(byline.correspondents, indent: indent + 2)
    optional("date", byline.date, &fields)
    fields.key("interns", &text)
    strings(byline.interns, indent: indent + 2)
    fields.key("photographers", &text)
    strings(byline.photographers, indent: indent + 2)
    optional("place", byline.place, &fields)
    fields.key("reporters", &text)
    strings(byline.reporters, indent: indent + 2)
    fields.key("text", &text)
    string(byline.text)
    close(indent)
  }

  /// The keys of one object: each after a comma but the first, on its own line.
  private struct Fields {
    let indent: Int
    var first = true

    mutating func key(_ name: String, _ text: inout String) {
      text += first ? "\n" : ",\n"
      first = false
      text += String(repeating: " ", count: indent) + "\"" + name + "\" : "
    }
  }

  private mutating func optional(_ name: String, _ value: String?, _ fields: inout Fields) {
    guard let value else { return }
    fields.key(name, &text)
    string(value)
  }

  private mutating func close(_ indent: Int) {
    text += "\n" + String(repeating: " ", count: indent) + "}"
  }

  private mutating func strings(_ values: [String], indent: Int) {
    array(values, indent: indent) { json, value, _ in json.string(value) }
  }

  /// `[` items `]`, each on its own line `indent + 2` in; an empty array as the encoder
  /// writes it (an empty line between the brackets).
  private mutating func array<Element>(
    _ items: [Element], indent: Int, _ item: (inout PrettyJSON, Element, Int) -> Void
  ) {
    let pad = String(repeating: " ", count: indent + 2)
    text += "["
    for (index, element) in items.enumerated() {
      text += (index == 0 ? "\n" : ",\n") + pad
      item(&self, element, indent + 2)
    }
    text += (items.isEmpty ? "\n\n" : "\n") + String(repeating: " ", count: indent) + "]"
  }

  /// A string with `"`, `\` and control characters escaped as the encoder escapes them.
  mutating func string(_ value: String) {
    text += "\""
    var clean = value.utf8.startIndex
    let utf8 = value.utf8
    for index in utf8.indices {
      let byte = utf8[index]
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
      text += value[clean..<index]
      switch byte {
      case 0x22: text += "\\\""
      case 0x5C: text += "\\\\"
      case 0x08: text += "\\b"
      case 0x09: text += "\\t"
      case 0x0A: text += "\\n"
      case 0x0C: text += "\\f"
      case 0x0D: text += "\\r"
      default:
        let hex = String(byte, radix: 16)
        text += "\\u00" + (hex.count == 1 ? "0" + hex : hex)
      }
      clean = utf8.index(after: index)
    }
    text += value[clean...]
    text += "\""
  }
}
