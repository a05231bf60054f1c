import PaperKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The command line's words as bytes. Swift's `CommandLine.arguments` (which the argument
/// parser reads) repairs invalid UTF-8 with U+FFFD, so a GBK-encoded file name could not be
/// opened from it; the bytes are still in `argv`.
enum RawArguments {
  /// The paths for `parsed` (the parser's PATH arguments, in order): each is the next word of
  /// `argv` that reads as it, taken as bytes; a path not found there is taken as it is.
  static func paths(for parsed: [String]) -> [PagePath] {
    var words = (1..<Int(CommandLine.argc)).compactMap { index -> [UInt8]? in
      guard let word = CommandLine.unsafeArgv[index] else { return nil }
      return Array(UnsafeBufferPointer(start: word, count: strlen(word))).map(
        UInt8.init(bitPattern:))
    }[...]
    return parsed.map { path in
      guard let index = words.firstIndex(where: { String(decoding: $0, as: UTF8.self) == path })
      else { return PagePath(path) }
      let bytes = words[index]
      words = words[(index + 1)...]
      return PagePath(bytes: bytes)
    }
  }
}
