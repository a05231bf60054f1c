import Foundation
import Testing

@testable import Settings

@Suite struct ConfigFileTests {
  @Test func theFileIsUnderXdgConfigHomeElseHome() {
    #expect(
      ConfigFile.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])
        == "/x/dubao/config.toml")
    #expect(
      ConfigFile.defaultPath(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"])
        == "/h/.config/dubao/config.toml")
    #expect(ConfigFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/dubao/config.toml")
    #expect(ConfigFile.defaultPath(environment: [:]) == nil)
  }

  func temporary(_ bytes: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "dubao-config-\(UUID().uuidString).toml"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func aMissingDefaultFileIsSilentAndANamedOneAnError() throws {
    let missing = NSTemporaryDirectory() + "dubao-none-\(UUID().uuidString).toml"
    let (settings, warnings) = try ConfigFile.load(missing, required: false)
    #expect(warnings.isEmpty && settings.mouse)
    #expect(throws: ConfigFile.ReadError.self) { try ConfigFile.load(missing, required: true) }
    do {
      _ = try ConfigFile.load(missing, required: true)
    } catch {
      #expect(error.description == "\(missing): no such file")
    }
  }

  @Test func aFileIsReadAndItsWarningsNameIt() throws {
    let path = try temporary(Array("mouse = false\nnope = 1\n".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (settings, warnings) = try ConfigFile.load(path, required: false)
    #expect(!settings.mouse)
    #expect(warnings.map(\.description) == ["\(path):2: " + warnings[0].message])
  }

  @Test func aFileThatIsNotUtf8OrIsAFolderIsOneWarning() throws {
    let path = try temporary([0x6D, 0xFF, 0xFE, 0x3D])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (_, warnings) = try ConfigFile.load(path, required: false)
    #expect(warnings.map(\.description) == ["\(path):1: not UTF-8 text; the file is ignored"])
    let folder = NSTemporaryDirectory()
    let (_, folderWarnings) = try ConfigFile.load(folder, required: false)
    #expect(folderWarnings.map(\.message) == ["cannot be read; defaults used"])
  }

  @Test func optionWordsSplitAsAShellWould() throws {
    #expect(
      try OptionWords.split("  --theme light\t--no-mouse ") == ["--theme", "light", "--no-mouse"])
    #expect(
      try OptionWords.split("--encoding 'GB 18030' \"a\\\"b\" c\\ d") == [
        "--encoding", "GB 18030", "a\"b", "c d",
      ])
    #expect(try OptionWords.split("''") == [""])
    #expect(try OptionWords.split("") == [])
    #expect(throws: OptionWords.SyntaxError.self) { try OptionWords.split("--theme 'light") }
    #expect(throws: OptionWords.SyntaxError.self) { try OptionWords.split("--fresh \\") }
  }
}
