import Foundation

/// Where `config.toml` is and how it is read from disk.
public enum ConfigFile {
  /// `$XDG_CONFIG_HOME/dubao/config.toml`, else `~/.config/dubao/config.toml`; nil without
  /// either variable. A relative `XDG_CONFIG_HOME` is ignored, as the XDG spec says.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
      return base + "/dubao/config.toml"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/dubao/config.toml"
  }

  /// Why a file named with `--config` cannot be read.
  public struct ReadError: Error, CustomStringConvertible {
    /// `FILE: why`.
    public var description: String
  }

  /// The settings of the file at `path`. A missing file gives the defaults, silently unless
  /// `required` (named with `--config`: then it is an error, as is any file that cannot be
  /// read); a file that cannot be read otherwise is one warning.
  public static func load(_ path: String, required: Bool) throws(ReadError) -> (
    settings: Settings, warnings: [ConfigWarning]
  ) {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      let missing = !FileManager.default.fileExists(atPath: path)
      let why = missing ? "no such file" : "cannot be read"
      if required { throw ReadError(description: "\(path): \(why)") }
      if missing { return (Settings(), []) }
      return (Settings(), [ConfigWarning(file: path, line: 1, message: "\(why); defaults used")])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      let warning = ConfigWarning(
        file: path, line: 1, message: "not UTF-8 text; the file is ignored")
      return (Settings(), [warning])
    }
    return ConfigReader.read(text, file: path)
  }
}
