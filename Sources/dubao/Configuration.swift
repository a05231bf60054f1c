import ArgumentParser
import Foundation
import PaperKit
import ReaderKit
import Settings
import Terminal

/// The options that choose and print the settings file.
struct SettingsOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Read settings from FILE instead of $XDG_CONFIG_HOME/dubao/config.toml.", valueName: "FILE"))
  var config: String?

  @Flag(name: .long, help: "Read no settings file: every setting at its default.")
  var noConfig = false

  @Flag(name: .long, help: "Print the settings in force as a config.toml, and exit.")
  var printConfig = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "How wide the terminal draws “ ” … —: narrow, wide, or auto (ask it; narrow if it does "
        + "not answer).", valueName: "WIDTH"))
  var ambiguous: AmbiguousSetting?
}

extension AmbiguousSetting: ExpressibleByArgument {}

extension Dubao {
  /// The arguments to parse: `DUBAO_OPTIONS`' words, then the command line's, so that the
  /// command line wins. `DUBAO_OPTIONS` that do not parse on their own are one warning and
  /// are ignored.
  static func arguments(
    commandLine: [String] = Array(CommandLine.arguments.dropFirst()),
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [String] {
    guard let text = environment["DUBAO_OPTIONS"], !text.isEmpty else { return commandLine }
    do {
      let words = try OptionWords.split(text)
      let parsed: ParsableCommand
      do {
        parsed = try parseAsRoot(words)
      } catch {
        let reason =
          exitCode(for: error) == .success
          ? "holds \(words.joined(separator: " ")), which is not a setting"
          : message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
        throw UnusableOptions(description: reason)
      }
      // `--help` and `--version` parse as commands of their own.
      guard let dubao = parsed as? Dubao else {
        throw UnusableOptions(
          description: "holds \(words.joined(separator: " ")), which is not a setting")
      }
      if !dubao.paths.isEmpty {
        throw UnusableOptions(description: "holds options only, not paths")
      }
      return words + commandLine
    } catch let error as CustomStringConvertible {
      printError("dubao: warning: DUBAO_OPTIONS ignored: \(error.description)")
      return commandLine
    } catch {
      printError("dubao: warning: DUBAO_OPTIONS ignored: \(error)")
      return commandLine
    }
  }

  /// The settings in force: the settings file's (unless `--no-config`), with each warning
  /// printed, under the command line's options.
  func loadSettings() -> Settings {
    let environment = ProcessInfo.processInfo.environment
    var settings = Settings()
    if !settingsOptions.noConfig,
      let path = settingsOptions.config ?? ConfigFile.defaultPath(environment: environment)
    {
      do {
        let (read, warnings) = try ConfigFile.load(path, required: settingsOptions.config != nil)
        for warning in warnings { printError("dubao: \(warning)") }
        settings = read
      } catch {
        fail("--config \(error.description)")
      }
    }
    if let theme { settings.theme = theme }
    if let indent { settings.indent = indent }
    if let mouse { settings.mouse = mouse }
    if let ambiguous = settingsOptions.ambiguous { settings.ambiguousWidth = ambiguous }
    return settings
  }

  /// The interface's language: the settings', else the locale's.
  func language(_ settings: Settings) -> Language {
    settings.language ?? Language.from(environment: ProcessInfo.processInfo.environment)
  }

  /// The theme: the settings' (or `--theme`), else the environment's.
  func themeName(_ settings: Settings) -> ThemeName {
    settings.theme ?? ThemeName.fromEnvironment(ProcessInfo.processInfo.environment)
  }

  /// Sets the process's ambiguous width before anything is laid out: `auto` asks the
  /// terminal when the reader will run on one (`reader`), and is narrow otherwise.
  func applyAmbiguousWidth(_ setting: AmbiguousSetting, reader: Bool) {
    switch setting {
    case .narrow: CellWidth.ambiguousWidth = .narrow
    case .wide: CellWidth.ambiguousWidth = .wide
    case .auto: CellWidth.ambiguousWidth = reader ? AmbiguousWidthProbe.probe() ?? .narrow : .narrow
    }
  }

  /// `--print-config`.
  func printConfig(_ settings: Settings) {
    print(
      ConfigPrinter.toml(settings, theme: themeName(settings), language: language(settings)),
      terminator: "")
  }
}

/// Why `DUBAO_OPTIONS` cannot be used.
private struct UnusableOptions: Error, CustomStringConvertible {
  var description: String
}
