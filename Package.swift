// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Dubao",
  products: [
    .executable(name: "dubao", targets: ["dubao"]),
    .library(name: "PaperKit", targets: ["PaperKit"]),
    .library(name: "ReaderKit", targets: ["ReaderKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
  ],
  targets: [
    // Model, decoding, parsing, CJK layout, search: pure Swift, no terminal.
    .target(name: "PaperKit", dependencies: ["PDFText"]),
    // poppler-glib's C API (libpoppler-glib-dev; .ci/run installs it).
    .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib"),
    // A PDF's text layer as plain values (glyphs with boxes, fonts, sizes): the only PDF code.
    .target(name: "PDFText", dependencies: ["CPoppler"]),
    // The reader as a value: state, keys, views composing a cell grid.
    .target(name: "ReaderKit", dependencies: ["PaperKit"]),
    // ncursesw's wide-character API, through a shim header.
    // (No pkgConfig: SwiftPM would drop its -D flags with a warning; the shim defines what
    // it needs, and the headers and library are in the system paths. .ci/run installs them.)
    .systemLibrary(name: "CNcursesw"),
    // The only code that touches the real terminal.
    .target(name: "Terminal", dependencies: ["PaperKit", "ReaderKit", "CNcursesw"]),
    // Settings from config.toml and DUBAO_OPTIONS, with a warning per bad setting.
    .target(
      name: "Settings",
      dependencies: [
        "PaperKit", "ReaderKit", "Terminal", .product(name: "TOMLKit", package: "TOMLKit"),
      ]),
    .executableTarget(
      name: "dubao",
      dependencies: [
        "PaperKit", "ReaderKit", "Terminal", "Settings",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // ncursesw binds to the executable's wcwidth (Sources/dubao/WidthExport.swift).
      linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic-symbol=wcwidth"])]),
    // Throughput figures against same-run baselines: `swift run -c release dubao-bench`.
    .executableTarget(
      name: "dubao-bench", dependencies: ["PaperKit", "ReaderKit", "PDFText"],
      path: "Sources/DubaoBench"),
    .testTarget(
      name: "PaperKitTests", dependencies: ["PaperKit", "PDFText"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "ReaderKitTests", dependencies: ["ReaderKit"]),
    .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
    .testTarget(name: "SettingsTests", dependencies: ["Settings"]),
    .testTarget(name: "EndToEndTests", dependencies: ["dubao", "PaperKit"]),
  ],
  swiftLanguageModes: [.v6]
)
