import Foundation

/// Where each setting of a TOML text is, by its dotted path (`keys.quit`): TOMLKit reports
/// positions for syntax errors only, and a warning names the line of the setting it is about.
struct ConfigLines: Sendable {
  private var lines: [String: Int] = [:]

  /// The lines of `text`: `[table]` headers and `key = value` lines, with bare, quoted and
  /// dotted keys.
  init(_ text: String) {
    var table: [String] = []
    var depth = 0  // open brackets of a multi-line array, whose lines hold no keys
    for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if depth > 0 {
        depth += Self.bracketBalance(line)
        continue
      }
      if line.hasPrefix("[") {
        let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
        table = Self.keyPath(String(inner))
        lines[table.joined(separator: "."), default: number + 1] = number + 1
        continue
      }
      guard let equals = Self.assignment(in: line) else { continue }
      let path = table + Self.keyPath(String(line[..<equals]))
      lines[path.joined(separator: "."), default: number + 1] = number + 1
      depth = max(0, Self.bracketBalance(String(line[line.index(after: equals)...])))
    }
  }

  /// The line of the setting at `path`, else of its nearest enclosing table, else 1.
  func line(of path: [String]) -> Int {
    var path = path
    while !path.isEmpty {
      if let line = lines[path.joined(separator: ".")] { return line }
      path.removeLast()
    }
    return 1
  }

  /// The `=` of a `key = value` line: the first one outside quotes.
  private static func assignment(in line: String) -> String.Index? {
    var quote: Character?
    for index in line.indices {
      let c = line[index]
      if let open = quote {
        if c == open { quote = nil }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == "#" {
        return nil
      } else if c == "=" {
        return index
      }
    }
    return nil
  }

  /// The parts of a dotted key, unquoted: `a."b.c"` is `a`, `b.c`.
  private static func keyPath(_ key: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var quote: Character?
    for c in key {
      if let open = quote {
        if c == open { quote = nil } else { current.append(c) }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == "." {
        parts.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
      } else {
        current.append(c)
      }
    }
    parts.append(current.trimmingCharacters(in: .whitespaces))
    return parts
  }

  /// Opening minus closing brackets outside strings and comments.
  private static func bracketBalance(_ text: String) -> Int {
    var balance = 0
    var quote: Character?
    for c in text {
      if let open = quote {
        if c == open { quote = nil }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == "#" {
        break
      } else if c == "[" {
        balance += 1
      } else if c == "]" {
        balance -= 1
      }
    }
    return balance
  }
}
