import ArgumentParser
import Foundation
import PaperKit
import ReaderKit
import Settings
import Terminal

/// `dubao`: read newspaper page texts in the terminal, or print them as JSON, outline or text.
@main
struct Dubao: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dubao",
    abstract: "A terminal reader for Chinese newspaper pages (读报).",
    discussion: """
      PATH is a page text file, '-' for standard input, or a directory whose .txt files (in name \
      order) are the pages of one issue. With no PATH, dubao reads standard input if it is not a \
      terminal, and otherwise opens the bundled sample page.
      """,
    version: DubaoVersion.string)

  @Flag(name: .long, help: "Print the pages as JSON: {\"pages\": [...]}.")
  var json = false

  @Flag(name: .long, help: "Print sections and article titles as an indented tree.")
  var outline = false

  @Flag(name: .long, help: "Print every article laid out as the reader shows it, as plain text.")
  var dump = false

  @Flag(
    name: .long,
    help: "Print one tab-separated row per line of one page: number, kind, rules, text.")
  var explain = false

  @Option(name: .long, help: "Layout width for --dump (default: the terminal's, or 80).")
  var width: Int?

  @Flag(
    inversion: .prefixedNo, exclusivity: .chooseLast,
    help: "Indent the first line of paragraphs (default: yes, or the settings').")
  var indent: Bool?

  @Option(
    name: .long, help: "Decode the input as NAME (e.g. GB18030, UTF-16LE) instead of detecting.")
  var encoding: String?

  @Option(name: .long, help: "Colours: light, dark or mono (default: from COLORFGBG, else dark).")
  var theme: ThemeName?

  @Flag(name: .long, help: "Open at the top: ignore (and do not restore) the saved reading place.")
  var fresh = false

  @Flag(
    inversion: .prefixedNo, exclusivity: .chooseLast,
    help: "Take mouse events; --no-mouse leaves the mouse to the terminal's own selection.")
  var mouse: Bool?

  @OptionGroup var settingsOptions: SettingsOptions

  @Option(name: .long, help: "Print only article N (counting through all pages); implies --dump.")
  var article: Int?

  @Argument(help: "Page files, directories of pages, or '-' for standard input.")
  var paths: [String] = []

  /// Runs the command; every failure, usage errors included, is one line `dubao: …` on
  /// standard error and exit status 1.
  static func main() {
    StandardOutput.prepare()
    do {
      var command = try parseAsRoot(arguments())
      try command.run()
    } catch let exit as ExitCode {
      Foundation.exit(exit.rawValue)
    } catch {
      if exitCode(for: error) == .success {
        StandardOutput.write(fullMessage(for: error) + "\n")
        Foundation.exit(0)
      }
      let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
      fail("\(message) (see dubao --help)")
    }
  }

  func validate() throws {
    if [json, outline, dump, explain].filter({ $0 }).count > 1 {
      throw ValidationError("--json, --outline, --dump and --explain exclude each other")
    }
    if explain, paths.count > 1 { throw ValidationError("--explain reads one page file") }
    if explain, article != nil {
      throw ValidationError("--article goes with --dump, not --explain")
    }
    if let width, width < 1 { throw ValidationError("--width must be at least 1") }
    if article != nil, json || outline {
      throw ValidationError("--article goes with --dump, not --json or --outline")
    }
    if let article, article < 1 { throw ValidationError("--article must be at least 1") }
  }

  func run() throws {
    let settings = loadSettings()
    if settingsOptions.printConfig { return printConfig(settings) }
    if explain { return runExplain() }
    if let status = try runPagedReaderIfMany(settings: settings) {
      if status != 0 { throw ExitCode(status) }
      return
    }
    let reads = !(json || outline || dump || article != nil) && isatty(STDOUT_FILENO) != 0
    if !reads { applyAmbiguousWidth(settings.ambiguousWidth, reader: false) }
    var pages: [Page] = []
    if !reads, article == nil {
      switch streamOneLargeText(settings: settings) {
      case .written: return
      case .pages(let read): pages = read
      case .notOneText: break
      }
    }
    if pages.isEmpty {
      do {
        pages = try loadPages()
      } catch {
        fail(error.description)
      }
    }
    for page in pages {
      for warning in page.warnings { printError("dubao: \(page.source): warning: \(warning)") }
    }
    let options = LayoutOptions(indentParagraphs: settings.indent)
    if json {
      StandardOutput.write(try JSONOutput.encode(pages))
    } else if outline {
      StandardOutput.write(OutlineFormatter.outline(of: pages, language: language(settings)))
    } else if let article {
      printArticle(article, of: pages, options: options)
    } else if dump || isatty(STDOUT_FILENO) == 0 {
      StandardOutput.write(PlainTextDump.text(of: pages, width: dumpWidth(), options: options))
    } else if !TerminalApp.canShowReader() {
      // After the text, so that it is not scrolled away.
      StandardOutput.write(PlainTextDump.text(of: pages, width: dumpWidth(), options: options))
      let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
      printError(
        "dubao: terminal type '\(term)' cannot place the cursor; printing the pages as text (--dump)"
      )
    } else {
      applyAmbiguousWidth(settings.ambiguousWidth, reader: true)
      let status = runReader(pages: pages, options: options, settings: settings)
      if status != 0 { throw ExitCode(status) }
    }
  }

  /// `--explain`: the page named, standard input when it is not a terminal, or the sample.
  private func runExplain() {
    do {
      let rows: [String]
      if let path = namedPaths.first {
        rows = try PageExplainer.rows(at: path, encoding: encoding)
      } else {
        rows = PageParser.explain(SamplePage.text).map { $0.row() }
      }
      StandardOutput.write(rows.joined(separator: "\n") + "\n")
    } catch {
      fail(error.description)
    }
  }

  /// The widest `--dump` layout: wider is no use to a reader, and a huge width made the rule
  /// between articles (padded to the width) abort or eat gigabytes.
  static let maxWidth = 1000

  /// The `--dump` width: `--width`, else the terminal's, else 80; clamped to `maxWidth`.
  func dumpWidth() -> Int {
    let columns = width ?? terminalColumns() ?? 80
    guard columns > Self.maxWidth else { return columns }
    printError(
      "dubao: warning: --width \(columns) is more than \(Self.maxWidth); using \(Self.maxWidth)")
    return Self.maxWidth
  }

  /// The pages named on the command line, or standard input when none is named and it is
  /// not a terminal; empty when the bundled sample page is meant.
  var namedPaths: [PagePath] {
    guard paths.isEmpty else { return RawArguments.paths(for: paths) }
    return isatty(STDIN_FILENO) == 0 ? [PagePath("-")] : []
  }

  /// The pages to show. A file that cannot be read is one line on standard error and left
  /// out; only when no page at all could be read does dubao fail (exit 1).
  private func loadPages() throws(PageLoadingError) -> [Page] {
    let requested = namedPaths
    if requested.isEmpty {
      return [
        try PageLoader.page(
          from: Array(SamplePage.text.utf8), source: SamplePage.source, encoding: encoding)
      ]
    }
    let result = try PageLoader.load(requested, encoding: encoding)
    if result.pages.isEmpty {
      for failure in result.failures.dropLast() { printError("dubao: \(failure)") }
      if let last = result.failures.last { throw last }
    }
    for failure in result.failures { printError("dubao: \(failure) (page skipped)") }
    return result.pages
  }
}

/// Prints one line to standard error, control and bidi characters replaced by U+FFFD.
func printError(_ line: String) {
  ErrorOutput.writeLine(line)
}

/// Prints `dubao: message` on standard error and exits 1.
func fail(_ message: String) -> Never {
  printError("dubao: \(message)")
  exit(1)
}

/// The terminal's width in columns when standard output is a terminal.
func terminalColumns() -> Int? {
  var size = winsize()
  guard isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0,
    size.ws_col > 0
  else { return nil }
  return Int(size.ws_col)
}
