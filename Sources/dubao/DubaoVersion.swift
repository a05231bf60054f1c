/// The version `dubao --version` prints; raised with each release of the command line.
enum DubaoVersion {
  static let string = "0.11.0"
}
