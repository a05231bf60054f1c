/// Breaks one field's text into lines by the Chinese line-breaking rules (`LineBreakRules`).
///
/// Works on UTF-8 and scalars: a line is cut only between grapheme clusters; plain text (no
/// scalar that can join a cluster with a spacing scalar) treats a spacing scalar and the
/// zero-width scalars after it as one cluster, anything else goes through Swift's `Character`.
/// Greedy and ragged-right: when a cluster overflows, the line ends at the last allowed break
/// before it, so an offending character moves to the next line with its neighbour.
public struct LineBreaker: Sendable {
  /// One line of a broken text.
  public struct Line: Sendable, Equatable {
    /// Offsets into the text's `unicodeScalars` shown on this line (spaces dropped at the
    /// break are in no line).
    public var scalars: Range<Int>
    /// The same text as offsets into the text's `utf8`.
    public var utf8: Range<Int>
    /// Cells the shown text occupies.
    public var width: Int
    /// True when no allowed break fitted and the line was cut where it was full.
    public var forced: Bool
  }

  /// One grapheme cluster (or an approximation of one for plain text).
  struct Unit {
    var byte: UInt32
    var scalar: UInt32
    var width: UInt8
    var classes: UInt8
  }

  private var units: [Unit] = []
  /// Whether the last text broken has scalars the C library rates -1.
  public private(set) var hasUndisplayable = false

  /// Creates a breaker; reuse one to keep its buffers.
  public init() {}

  /// The lines of `text`: the first at most `firstWidth` cells, the others at most `width`.
  /// Lines are never wider than their limit unless one cluster alone is (widths below 2).
  public mutating func lines(of text: String, firstWidth: Int, width: Int) -> [Line] {
    var out: [Line] = []
    lines(of: text, firstWidth: firstWidth, width: width, into: &out)
    return out
  }

  /// Appends the lines of `text` to `out`; see `lines(of:firstWidth:width:)`.
  ///
  /// For a headline (`atSpaces`), a line that overflows ends at its last space when it has
  /// one, so that the phrases a headline's spaces set apart stay whole; `unbreakable` scalar
  /// ranges (a byline's names) are never cut unless one alone is wider than the line.
  public mutating func lines(
    of text: String, firstWidth: Int, width: Int, atSpaces: Bool = false,
    unbreakable: [Range<Int>] = [], into out: inout [Line]
  ) {
    var text = text
    text.makeContiguousUTF8()
    let plain = text.utf8.withContiguousStorageIfAvailable { plainUnits($0) } ?? false
    if !plain { clusterUnits(text) }
    breakUnits(
      firstWidth: max(firstWidth, 1), width: max(width, 1), atSpaces: atSpaces,
      unbreakable: unbreakable, into: &out)
  }

  /// Fast path: units from UTF-8; false when the text needs grapheme breaking.
  private mutating func plainUnits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    units.removeAll(keepingCapacity: true)
    units.reserveCapacity(bytes.count / 2 + 1)
    hasUndisplayable = false
    var k = 0
    var scalar: UInt32 = 0
    let n = bytes.count
    while k < n {
      let b0 = UInt32(bytes[k])
      var value: UInt32
      var length: Int
      if b0 < 0x80 {
        value = b0
        length = 1
      } else if b0 < 0xE0 {
        value = (b0 & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F)
        length = 2
      } else if b0 < 0xF0 {
        value = (b0 & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F)
        length = 3
      } else {
        value =
          (b0 & 0x07) << 18 | UInt32(bytes[k + 1] & 0x3F) << 12 | UInt32(bytes[k + 2] & 0x3F) << 6
          | UInt32(bytes[k + 3] & 0x3F)
        length = 4
      }
      let properties: UInt8
      if value >= 0x4E00 && value <= 0x9FFF {
        properties = 3 << 5  // width 2, no rule class
      } else {
        properties = ScalarTable.properties(value)
        if properties & ScalarTable.clusterBit != 0 { return false }
      }
      var widthCode = (properties >> 5) & 3
      if widthCode == 0 {  // -1: shown as U+FFFD, one cell
        hasUndisplayable = true
        widthCode = 2
      }
      if widthCode != 1 || units.isEmpty {
        units.append(
          Unit(byte: UInt32(k), scalar: scalar, width: widthCode - 1, classes: properties & 0x1F))
      }
      k += length
      scalar += 1
    }
    units.append(Unit(byte: UInt32(n), scalar: scalar, width: 0, classes: 0))
    return true
  }

  /// Exact path: one unit per `Character` of the text as shown (scalars the C library rates -1
  /// replaced by U+FFFD, which can split the cluster they were in: a mark newer than glibc's
  /// tables joins a cluster in Swift but is drawn as a cell of its own), measured by
  /// `CellWidth.of(_:)`; offsets stay those of the original text.
  private mutating func clusterUnits(_ text: String) {
    units.removeAll(keepingCapacity: true)
    hasUndisplayable = text.unicodeScalars.contains { CellWidth.ofScalar($0) < 0 }
    let shown = hasUndisplayable ? CellWidth.displayable(text) : text
    var original = text.unicodeScalars.makeIterator()
    var byte: UInt32 = 0
    var scalar: UInt32 = 0
    for character in shown {
      let scalars = character.unicodeScalars
      // A cluster ncursesw draws in pieces (an Indic conjunct) is one unit per piece; the
      // pieces after the first glue to it, so that only a forced break (a cluster wider than
      // the line) cuts between them.
      var previous: Unicode.Scalar?
      for shownScalar in scalars {
        if let previous, CellWidth.startsPiece(shownScalar, after: previous) {
          units.append(
            Unit(
              byte: byte, scalar: scalar, width: UInt8(CellWidth.ofScalar(shownScalar)),
              classes: LineBreakRules.Classes.noBreakBefore.rawValue))
        } else if previous == nil {
          units.append(
            Unit(
              byte: byte, scalar: scalar, width: UInt8(max(CellWidth.ofScalar(shownScalar), 0)),
              classes: LineBreakRules.classes(of: shownScalar.value).rawValue))
        }
        previous = shownScalar
        byte += UInt32(original.next()!.utf8.count)
        scalar += 1
      }
    }
    units.append(Unit(byte: byte, scalar: scalar, width: 0, classes: 0))
  }

  /// Greedy filling with backtracking to the last allowed break.
  private func breakUnits(
    firstWidth: Int, width: Int, atSpaces: Bool, unbreakable: [Range<Int>],
    into out: inout [Line]
  ) {
    let count = units.count - 1  // the last unit is the end sentinel
    let initialCount = out.count
    units.withUnsafeBufferPointer { u in
      let space = LineBreakRules.Classes.space.rawValue
      func emit(_ start: Int, _ end: Int, forced: Bool) {
        var last = end
        while last > start, u[last - 1].classes & space != 0 { last -= 1 }
        if last == start { last = end }
        var cells = 0
        for i in start..<last { cells += Int(u[i].width) }
        out.append(
          Line(
            scalars: Int(u[start].scalar)..<Int(u[last].scalar),
            utf8: Int(u[start].byte)..<Int(u[last].byte), width: cells, forced: forced))
      }
      func allowed(_ j: Int) -> Bool {
        let scalar = Int(u[j].scalar)
        if unbreakable.contains(where: { $0.lowerBound < scalar && scalar < $0.upperBound }) {
          return false
        }
        return LineBreakRules.canBreak(
          between: .init(rawValue: u[j - 1].classes), and: .init(rawValue: u[j].classes))
      }
      /// The break after the line's last space before `i`, if there is one past its start.
      func lastSpaceBreak(before i: Int, from start: Int) -> Int? {
        var k = i
        while k > start {
          if u[k - 1].classes & space != 0 {
            var first = k - 1
            while first > start, u[first - 1].classes & space != 0 { first -= 1 }
            return first > start ? k : nil
          }
          k -= 1
        }
        return nil
      }
      var lineStart = 0
      var cells = 0
      var limit = firstWidth
      var i = 0
      while i < count {
        let w = Int(u[i].width)
        if cells + w <= limit {
          cells += w
          i += 1
          continue
        }
        if u[i].classes & space != 0 {
          // Overflowing spaces end the line and are dropped.
          if i > lineStart { emit(lineStart, i, forced: false) }
          while i < count, u[i].classes & space != 0 { i += 1 }
          lineStart = i
          cells = 0
          limit = width
          continue
        }
        var j = i
        if atSpaces, let k = lastSpaceBreak(before: i, from: lineStart) {
          j = k
        } else {
          while j > lineStart, !allowed(j) { j -= 1 }
        }
        var forced = false
        if j == lineStart {
          // An unbreakable run longer than the line: cut it where the line is full.
          forced = true
          j = i > lineStart ? i : i + 1
        }
        emit(lineStart, j, forced: forced)
        lineStart = j
        limit = width
        cells = 0
        i = j
      }
      if lineStart < count || out.count == initialCount { emit(lineStart, count, forced: false) }
    }
  }
}
