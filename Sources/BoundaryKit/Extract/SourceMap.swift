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
        let anchor = anchors[max(0, anchors.partitioningIndex { $0.column > position.column } - 1)]
        let offset = max(0, position.column - anchor.column)
        return SourcePosition(line: anchor.original.line, column: anchor.original.column + offset)
    }

    /// The original range of `range` in the extracted text.
    public func original(_ range: SourceRange) -> SourceRange {
        SourceRange(start: original(range.start), end: original(range.end))
    }
}
