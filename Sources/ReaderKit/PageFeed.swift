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
  private let read: @Sendable (Int, _ send: (ReaderEvent) -> Bool) -> Void

  /// A feed that loads pages `numbers` (in that order) with `load`; call `start()` to begin.
  public convenience init(numbers: [Int], load: @escaping @Sendable (Int) -> Page) {
    self.init(numbers: numbers) { number, send in
      _ = send(.pageParsed(number: number, page: load(number)))
    }
  }

  /// A feed that reads pages `numbers` (in that order) with `read`, which hands each page
  /// over in one event or several (a large text's parts) through `send`, and stops when
  /// `send` returns false (the feed was stopped).
  public init(
    numbers: [Int], read: @escaping @Sendable (Int, _ send: (ReaderEvent) -> Bool) -> Void
  ) {
    queue = Mutex(Queue(waiting: numbers))
    self.read = read
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

  /// Stops after the page (or the part of a large one) being parsed.
  public func stop() { queue.withLock { $0.stopped = true } }

  private func run() {
    while let number = next() {
      read(number) { event in
        queue.withLock { q in
          q.done.append(event)
          return !q.stopped
        }
      }
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
