/// A document's text cut into lines, and each line into segments by the ranges that cover them
/// (clause evidence, findings), for reports that show the text with highlights.
///
/// Lines are split at line feeds, with a carriage return before one dropped, as the text model
/// counts them; columns count Unicode scalars. A range that runs over several lines is cut at each
/// line end. Ranges outside the text are clamped to it, never trusted.
struct HighlightedText {
    struct Segment: Equatable {
        var text: String
        /// Indexes of the evidence ranges that cover this segment.
        var evidence: [Int]
        /// Indexes of the finding ranges that cover this segment.
        var findings: [Int]
        /// Evidence whose first highlighted character is this segment's first (where to anchor a link).
        var anchors: [Int]
    }

    struct Line: Equatable {
        var number: Int
        var segments: [Segment]
        /// Findings that start on this line (where to place their notes).
        var notes: [Int]
    }

    var lines: [Line]

    init(text: String, evidence: [SourceRange], findings: [SourceRange]) {
        // Split on scalars, not characters: "\r\n" is one Character.
        var raw: [[Unicode.Scalar]] = [[]]
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if raw[raw.count - 1].last == "\r" { raw[raw.count - 1].removeLast() }
                raw.append([])
            } else {
                raw[raw.count - 1].append(scalar)
            }
        }
        if raw[raw.count - 1].last == "\r" { raw[raw.count - 1].removeLast() }
        if raw.count > 1, raw.last?.isEmpty == true { raw.removeLast() }
        let count = raw.count

        struct Span { var lo: Int; var hi: Int; var evidence: Int?; var finding: Int? }
        var spans = Array(repeating: [Span](), count: count)
        var anchors = Array(repeating: [(column: Int, evidence: Int)](), count: count)
        var notes = Array(repeating: [Int](), count: count)

        func clampLine(_ line: Int) -> Int { min(max(line, 1), count) }
        /// Adds the range's piece on each line; returns where its first non-empty piece starts.
        func cover(_ range: SourceRange, evidence: Int?, finding: Int?) -> (line: Int, column: Int)? {
            var first: (line: Int, column: Int)?
            let top = max(range.start.line, 1), bottom = min(range.end.line, count)
            guard top <= bottom else { return nil }
            for line in top...bottom {
                let length = raw[line - 1].count
                let lo = line == range.start.line ? min(max(range.start.column - 1, 0), length) : 0
                let hi = line == range.end.line ? min(max(range.end.column - 1, 0), length) : length
                guard hi > lo else { continue }
                spans[line - 1].append(Span(lo: lo, hi: hi, evidence: evidence, finding: finding))
                if first == nil { first = (line, lo) }
            }
            return first
        }

        for (index, range) in evidence.enumerated() {
            let start = cover(range, evidence: index, finding: nil)
                ?? (clampLine(range.start.line), min(max(range.start.column - 1, 0), raw[clampLine(range.start.line) - 1].count))
            anchors[start.line - 1].append((start.column, index))
        }
        for (index, range) in findings.enumerated() {
            _ = cover(range, evidence: nil, finding: index)
            notes[clampLine(range.start.line) - 1].append(index)
        }

        lines = raw.enumerated().map { offset, scalars in
            let lineSpans = spans[offset], lineAnchors = anchors[offset]
            var cuts = Set([0, scalars.count])
            for span in lineSpans { cuts.insert(span.lo); cuts.insert(span.hi) }
            for anchor in lineAnchors { cuts.insert(anchor.column) }
            let sorted = cuts.sorted()
            var segments: [Segment] = []
            for (position, lo) in sorted.enumerated() {
                let hi = position + 1 < sorted.count ? sorted[position + 1] : lo
                let starting = lineAnchors.filter { $0.column == lo }.map(\.evidence)
                guard hi > lo || !starting.isEmpty else { continue }
                let covering = lineSpans.filter { $0.lo <= lo && $0.hi >= hi && hi > lo }
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: scalars[lo..<hi])
                segments.append(Segment(text: String(piece), evidence: covering.compactMap(\.evidence), findings: covering.compactMap(\.finding), anchors: starting))
            }
            return Line(number: offset + 1, segments: segments, notes: notes[offset])
        }
    }
}
