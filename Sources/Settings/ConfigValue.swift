import TOMLKit

/// A value of `config.toml`, copied out of TOMLKit's tree so that it is a plain Sendable value.
enum ConfigValue: Sendable, Equatable {
  case bool(Bool)
  case integer(Int)
  case string(String)
  case array([ConfigValue])
  case table([(key: String, value: ConfigValue)])
  /// Any other TOML type (float, date, time), by the name a warning uses.
  case other(String)

  /// The type's name in a warning: `a string`, `an integer`…
  var typeName: String {
    switch self {
    case .bool: "true or false"
    case .integer: "an integer"
    case .string: "a string"
    case .array: "an array"
    case .table: "a table"
    case .other(let name): name
    }
  }

  /// The document `text` as a table.
  static func parse(_ text: String) throws(ConfigSyntaxError) -> [(key: String, value: ConfigValue)]
  {
    do {
      let table = try TOMLTable(string: text)
      return entries(of: table)
    } catch let error as TOMLParseError {
      throw ConfigSyntaxError(line: error.source.begin.line, message: error.description)
    } catch {
      throw ConfigSyntaxError(line: 1, message: "\(error)")
    }
  }

  private static func entries(of table: TOMLTable) -> [(key: String, value: ConfigValue)] {
    table.keys.compactMap { key in table[key].map { (key, value(of: $0)) } }
  }

  private static func value(of node: TOMLValueConvertible) -> ConfigValue {
    switch node.type {
    case .bool: return .bool(node.bool ?? false)
    case .int: return .integer(node.int ?? 0)
    case .string: return .string(node.string ?? "")
    case .array: return .array((node.array ?? TOMLArray()).map { value(of: $0) })
    case .table: return .table(node.table.map(entries(of:)) ?? [])
    case .double: return .other("a number with a fraction")
    case .date, .time, .dateTime: return .other("a date or time")
    }
  }

  static func == (lhs: ConfigValue, rhs: ConfigValue) -> Bool {
    switch (lhs, rhs) {
    case (.bool(let a), .bool(let b)): a == b
    case (.integer(let a), .integer(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.table(let a), .table(let b)):
      a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
    case (.other(let a), .other(let b)): a == b
    default: false
    }
  }
}

/// `config.toml` is not TOML.
struct ConfigSyntaxError: Error {
  var line: Int
  var message: String
}
