import Testing

@testable import Terminal

/// Placeholder so the target builds; the terminal follow-up work adds KeyDecoder and painter tests.
@Suite struct TerminalTargetTests {
  @Test func placeholder() {}
}
