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
