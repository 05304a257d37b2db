/// A contract or a letter as `boundary` reads it, built once per document: its lines, its words
/// normalised for matching, its sentences, numbered headings and sections, and the defined names of
/// its parties. Every piece leads back to the original line and column through `position(of:)`.
///
/// Offsets (`range`) are UTF-8 offsets into `text`. Columns count Unicode scalars.
public struct TextModel: Sendable {
    /// One line of the text, without its line break.
    public struct Line: Sendable, Equatable {
        public var number: Int
        public var range: Range<Int>
    }

    /// A word (or a `$`, `%`, `€`, `£`, `§` sign) with its place in the text. A word hyphenated across a
    /// line break is one token whose range spans the break.
    public struct Token: Sendable, Equatable {
        var start: Int32
        var end: Int32
        var normalizedStart: Int32
        var normalizedEnd: Int32
        var hash: UInt64
        var sentenceIndex: Int32 = 0
        var flags: UInt8

        static let capitalized: UInt8 = 1
        static let numeric: UInt8 = 2

        public var range: Range<Int> { Int(start)..<Int(end) }
        public var sentence: Int { Int(sentenceIndex) }
        /// The first letter is upper case in the text.
        public var isCapitalized: Bool { flags & Self.capitalized != 0 }
        public var isNumeric: Bool { flags & Self.numeric != 0 }
    }

    /// A sentence: a run of tokens, and its stretch of text including its final punctuation.
    public struct Sentence: Sendable, Equatable {
        public var tokens: Range<Int>
        public var range: Range<Int>
    }

    public let text: String
    public let sourceMap: SourceMap
    public let lines: [Line]
    public let tokens: [Token]
    public let sentences: [Sentence]
    public let headings: [Heading]
    public let sections: [Section]
    public private(set) var parties: [Party]

    let bytes: [UInt8]
    /// The normalised words, back to back; `Token.normalizedStart..<normalizedEnd` indexes it.
    let normalized: [UInt8]
    let lineStarts: [Int]

    public init(_ extracted: ExtractedText) {
        self.init(extracted.text, sourceMap: extracted.sourceMap)
    }

    public init(_ text: String, sourceMap: SourceMap = .identity) {
        self.text = text
        self.sourceMap = sourceMap
        let bytes = Array(text.utf8)
        self.bytes = bytes

        var lineStarts = [0]
        var lines: [Line] = []
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            lineStarts.append(offset + 1)
        }
        for (index, start) in lineStarts.enumerated() {
            var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            if index + 1 == lineStarts.count, start == bytes.count, index > 0 { break }  // after a final line break
            lines.append(Line(number: index + 1, range: start..<end))
        }
        self.lineStarts = lineStarts
        self.lines = lines

        var tokenizer = Tokenizer(bytes)
        tokenizer.run()
        var tokens = tokenizer.tokens
        normalized = tokenizer.normalized

        let headings = HeadingFinder(bytes: bytes, lines: lines, tokens: tokens).run()
        self.headings = headings
        let sentences = SentenceSplitter(bytes: bytes, tokens: tokens, headings: headings).run()
        for (index, sentence) in sentences.enumerated() {
            for t in sentence.tokens { tokens[t].sentenceIndex = Int32(index) }
        }
        self.sentences = sentences
        self.tokens = tokens
        sections = TextModel.Section.build(headings: headings, sentences: sentences, tokenCount: tokens.count)
        parties = []
        parties = PartyFinder(model: self).run()
    }

    // MARK: Words

    /// The normalised form of token `index`: lower case, ligatures expanded, a hyphenated word joined.
    public func word(_ index: Int) -> String {
        let token = tokens[index]
        return String(decoding: normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)], as: UTF8.self)
    }

    /// The normalised words of `range`.
    public func words(_ range: Range<Int>) -> [String] { range.map(word) }

    /// The text of `range` as written, with each run of white space (line breaks included) as one space.
    public func text(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var space = false
        for byte in bytes[range] {
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C {
                space = true
            } else {
                if space, !out.isEmpty { out.append(0x20) }
                space = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of a sentence, on one line.
    public func text(ofSentence index: Int) -> String { text(sentences[index].range) }

    /// The text of tokens `range` (from the first one's start to the last one's end), on one line.
    public func text(ofTokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    /// The index of the sentence that holds UTF-8 `offset`, or the last one that starts before it.
    public func sentence(at offset: Int) -> Int? {
        let after = sentences.partitioningIndex { $0.range.lowerBound > offset }
        return after > 0 ? after - 1 : nil
    }

    // MARK: Positions

    /// The position in `text` (before the source map) of UTF-8 `offset`.
    public func textPosition(of offset: Int) -> SourcePosition {
        let low = max(0, lineStarts.partitioningIndex { $0 > offset } - 1)
        var column = 1
        var i = lineStarts[low]
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePosition(line: low + 1, column: column)
    }

    /// The position in the original document of UTF-8 `offset` in `text`.
    public func position(of offset: Int) -> SourcePosition {
        sourceMap.original(textPosition(of: offset))
    }

    /// The original stretch of UTF-8 `range` in `text`.
    public func position(of range: Range<Int>) -> SourceRange {
        SourceRange(start: position(of: range.lowerBound), end: position(of: range.upperBound))
    }

    /// The original stretch of tokens `range`.
    public func position(ofTokens range: Range<Int>) -> SourceRange {
        guard !range.isEmpty else {
            let offset = range.lowerBound < tokens.count ? tokens[range.lowerBound].range.lowerBound : bytes.count
            return position(of: offset..<offset)
        }
        return position(of: tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    // MARK: Normalisation

    /// `text` normalised for matching: lower case, curly quotes and apostrophes straight, dashes as
    /// hyphens, non-breaking and other spaces as spaces, ligatures expanded, soft hyphens dropped, words
    /// hyphenated across a line break joined.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            // A hyphen at the end of a line between two lower-case letters joins the word.
            if Tokenizer.isHyphen(scalar.value), let next = joinedHyphen(scalars, i) {
                i = next
                continue
            }
            if let mapped = Tokenizer.fold(scalar) {
                out.append(contentsOf: mapped.unicodeScalars)
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
            i += 1
        }
        return String(out)
    }

    private static func joinedHyphen(_ scalars: [Unicode.Scalar], _ i: Int) -> Int? {
        guard i > 0, scalars[i - 1].properties.isLowercase else { return nil }
        var j = i + 1
        while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\r" { j += 1 }
        guard j < scalars.count, scalars[j] == "\n" else { return nil }
        j += 1
        while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
        guard j < scalars.count, scalars[j].properties.isLowercase else { return nil }
        var start = i
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        let prefix = String(String.UnicodeScalarView(scalars[start..<i])).lowercased()
        return Tokenizer.keptHyphenPrefixes.contains(prefix) ? nil : j
    }

    /// The normalised words of `text`, as the matcher sees them: phrases and text are split the same way.
    public static func words(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        var tokenizer = Tokenizer(bytes)
        tokenizer.run()
        return tokenizer.tokens.map {
            String(decoding: tokenizer.normalized[Int($0.normalizedStart)..<Int($0.normalizedEnd)], as: UTF8.self)
        }
    }
}
