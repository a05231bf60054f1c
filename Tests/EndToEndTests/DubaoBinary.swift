import Foundation

/// Where the built `dubao` executable is: `DUBAO_BINARY` if set, else next to the test
/// executable (the test target depends on `dubao`, so both are in the same products folder),
/// else `.build/debug/dubao` in the package.
func dubaoBinaryPath(filePath: String = #filePath) -> String? {
  var candidates: [String] = []
  if let override = ProcessInfo.processInfo.environment["DUBAO_BINARY"] {
    candidates.append(override)
  }
  var folders: [URL] = []
  if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
    folders.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
  }
  if let first = CommandLine.arguments.first {
    folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
  }
  folders.append(Bundle.main.bundleURL)
  folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
  for folder in folders {
    candidates.append(folder.appendingPathComponent("dubao").path)
  }
  let package = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  candidates.append(package.appendingPathComponent(".build/debug/dubao").path)
  return candidates.first { path in
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: path)
  }
}

/// The seed page fixture's path (shared with PaperKitTests).
func seedPagePath(filePath: String = #filePath) -> String {
  URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("PaperKitTests/Fixtures/seed.txt").path
}
