/// A place in a document: 1-based line and column. Columns count Unicode scalars, so a curly quote or
/// an accented letter is one column, as an editor shows it.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A stretch of a document, from `start` up to (not including) `end`.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public var description: String { "\(start)-\(end)" }
}

/// Where each line of an extracted text came from in the original file (the HTML source, the
/// pdftotext output, the paragraphs of a .docx).
///
/// Each line of the extracted text holds anchors: from an anchor's column on, the text runs along
/// the original one scalar for one scalar, until the next anchor. A line with no anchors maps to
/// the same line and column.
public struct SourceMap: Sendable, Equatable {
    public struct Anchor: Sendable, Equatable {
        /// The column in the extracted line where the run starts.
        public var column: Int
        /// Where that column came from in the original.
        public var original: SourcePosition

        public init(column: Int, original: SourcePosition) {
            self.column = column
            self.original = original
        }
    }

    /// `lines[i]` holds the anchors of extracted line `i + 1`, by column.
    public var lines: [[Anchor]]

    public init(lines: [[Anchor]] = []) {
        self.lines = lines
    }

    /// The identity: every line maps to itself.
    public static let identity = SourceMap()

    /// The original position of `position` in the extracted text.
    public func original(_ position: SourcePosition) -> SourcePosition {
        let index = position.line - 1
        guard index >= 0, index < lines.count else { return position }
        let anchors = lines[index]
        guard !anchors.isEmpty else { return position }
        // The last anchor at or before the column (binary search; anchors are sorted by column).
        var low = 0, high = anchors.count - 1, found = 0
        while low <= high {
            let mid = (low + high) / 2
            if anchors[mid].column <= position.column {
                found = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        let anchor = anchors[found]
        let offset = max(0, position.column - anchor.column)
        return SourcePosition(line: anchor.original.line, column: anchor.original.column + offset)
    }

    /// The original range of `range` in the extracted text.
    public func original(_ range: SourceRange) -> SourceRange {
        SourceRange(start: original(range.start), end: original(range.end))
    }
}

/// Text taken out of a document, with the way back to the document's own lines and columns.
public struct ExtractedText: Sendable, Equatable {
    public var text: String
    public var sourceMap: SourceMap

    public init(text: String, sourceMap: SourceMap = .identity) {
        self.text = text
        self.sourceMap = sourceMap
    }
}

/// Builds an extracted text byte by byte while recording anchors back to the original.
struct ExtractedTextBuilder {
    private(set) var bytes: [UInt8] = []
    private var lines: [[SourceMap.Anchor]] = [[]]
    private var column = 1
    /// The original position the next appended byte continues, when it continues a run verbatim.
    private var expected: SourcePosition?

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var isAtLineStart: Bool { column == 1 }
    var lastByte: UInt8? { bytes.last }

    /// Appends one UTF-8 byte that came from `origin` (the position of the scalar it belongs to).
    mutating func append(_ byte: UInt8, from origin: SourcePosition) {
        if byte == 0x0A {
            bytes.append(byte)
            lines.append([])
            column = 1
            expected = nil
            return
        }
        let isScalarStart = byte & 0xC0 != 0x80
        if isScalarStart {
            if expected != origin {
                lines[lines.count - 1].append(SourceMap.Anchor(column: column, original: origin))
            }
            expected = SourcePosition(line: origin.line, column: origin.column + 1)
            column += 1
        }
        bytes.append(byte)
    }

    /// Appends a whole string that came from one place (an entity, an inserted break).
    mutating func append(_ string: String, from origin: SourcePosition) {
        for byte in string.utf8 { append(byte, from: origin) }
        expected = nil
    }

    /// Removes trailing spaces and tabs from the current line.
    mutating func trimTrailingBlanks() {
        while let last = bytes.last, last == 0x20 || last == 0x09 {
            bytes.removeLast()
            column -= 1
            var anchors = lines[lines.count - 1]
            while let a = anchors.last, a.column >= column { anchors.removeLast() }
            lines[lines.count - 1] = anchors
            expected = nil
        }
    }

    /// The number of newlines at the end of the text.
    var trailingNewlines: Int {
        var count = 0
        for byte in bytes.reversed() {
            if byte == 0x0A { count += 1 } else { break }
        }
        return count
    }

    /// Ends the current line, unless the text is empty or already has `count` newlines at its end.
    mutating func breakLine(count: Int, from origin: SourcePosition) {
        trimTrailingBlanks()
        guard !bytes.isEmpty else { return }
        while trailingNewlines < count { append(0x0A, from: origin) }
    }

    mutating func finish() -> ExtractedText {
        trimTrailingBlanks()
        while bytes.last == 0x0A {
            bytes.removeLast()
            lines.removeLast()
        }
        if !bytes.isEmpty { bytes.append(0x0A) }
        return ExtractedText(text: String(decoding: bytes, as: UTF8.self), sourceMap: SourceMap(lines: lines))
    }
}
