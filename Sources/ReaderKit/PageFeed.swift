import Foundation
import PaperKit
import Synchronization

/// Reads and parses pages on another thread and hands them over as `ReaderEvent`s: the page
/// the reader wants first (`prefer`), then the others in order. The terminal loop polls
/// `take()` between keys; nothing here touches a `ReaderState`.
public final class PageFeed: Sendable {
  private struct Queue: Sendable {
    var waiting: [Int]
    var preferred: Int?
    var done: [ReaderEvent] = []
    var stopped = false
  }

  private let queue: Mutex<Queue>
  private let load: @Sendable (Int) -> Page

  /// A feed that loads pages `numbers` (in that order) with `load`; call `start()` to begin.
  public init(numbers: [Int], load: @escaping @Sendable (Int) -> Page) {
    queue = Mutex(Queue(waiting: numbers))
    self.load = load
  }

  /// Starts the background thread.
  public func start() {
    let thread = Thread { [self] in run() }
    thread.qualityOfService = .utility
    thread.start()
  }

  /// Asks for page `number` next (the page the reader shows), if it is still waiting.
  public func prefer(_ number: Int?) {
    queue.withLock { $0.preferred = number }
  }

  /// The pages parsed since the last call.
  public func take() -> [ReaderEvent] {
    queue.withLock { q in
      defer { q.done = [] }
      return q.done
    }
  }

  /// True when every page has been parsed and taken.
  public var isFinished: Bool {
    queue.withLock { $0.waiting.isEmpty && $0.done.isEmpty }
  }

  /// Stops after the page being parsed.
  public func stop() { queue.withLock { $0.stopped = true } }

  private func run() {
    while let number = next() {
      let page = load(number)
      queue.withLock { $0.done.append(.pageParsed(number: number, page: page)) }
    }
  }

  /// The next page to parse, taken off the waiting list; nil when all are done or stopped.
  private func next() -> Int? {
    queue.withLock { q in
      guard !q.stopped, !q.waiting.isEmpty else { return nil }
      if let preferred = q.preferred, let i = q.waiting.firstIndex(of: preferred) {
        return q.waiting.remove(at: i)
      }
      return q.waiting.removeFirst()
    }
  }
}
