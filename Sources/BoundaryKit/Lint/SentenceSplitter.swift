/// Splits tokens into sentences. A sentence ends at `.`, `!` or `?` followed by white space and a
/// capital (or, on a new line, a digit), at a blank line, and before a heading; not after
/// abbreviations ("e.g.", "i.e.", "Inc.", "No. 5", "U.S."), nor inside numbers ("1.1", "5,000.00").
struct SentenceSplitter {
    let bytes: [UInt8]
    let tokens: [TextModel.Token]
    let headings: [TextModel.Heading]

    static let abbreviations: Set<String> = [
        "inc", "ltd", "co", "corp", "plc", "llp", "nos", "art", "arts", "sec", "secs", "para", "paras", "cl", "mr",
        "mrs", "ms", "dr", "st", "vs", "v", "jr", "sr", "approx", "dept", "fig", "ref", "cf", "viz", "seq", "al",
        "sch", "attn", "tel", "ext", "govt", "pp", "vol", "ch", "subsec", "incl", "corp", "bros", "messrs", "prof",
        "esq", "min", "max", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Words a capital letter may label: "Exhibit A.", "Schedule B.", "Class C."; a sentence may end there.
    static let letterLabels: Set<String> = [
        "exhibit", "schedule", "appendix", "annex", "attachment", "section", "article", "part", "clause", "item", "class",
        "series", "phase", "option", "plan", "grade", "type", "tier", "level", "group", "form", "rule", "note", "table",
        "figure", "category", "party", "tranche", "stage", "step", "module", "addendum", "rider", "list", "vitamin",
    ]

    func run() -> [TextModel.Sentence] {
        guard !tokens.isEmpty else { return [] }
        var startsHeading = [Bool](repeating: false, count: tokens.count)
        var endsHeading = [Bool](repeating: false, count: tokens.count)
        var inMarker = [Bool](repeating: false, count: tokens.count)
        for heading in headings where !heading.tokens.isEmpty {
            startsHeading[heading.tokens.lowerBound] = true
            if heading.title != nil || heading.kind == .article || heading.kind == .section {
                endsHeading[heading.tokens.upperBound - 1] = true
            }
            // The number of a heading ("1", "IV", "a") does not end a sentence.
            for t in heading.tokens where tokens[t].isNumeric || heading.number.map({ word(t) == $0.lowercased() }) == true || word(t) == "article" || word(t) == "section" {
                inMarker[t] = true
            }
        }
        var sentences: [TextModel.Sentence] = []
        var start = 0
        for k in 0..<(tokens.count - 1) {
            let boundary: Bool
            if startsHeading[k + 1] || endsHeading[k] {
                boundary = true
            } else if inMarker[k] {
                boundary = false
            } else {
                boundary = isBoundary(after: k)
            }
            if boundary {
                sentences.append(sentence(start...k))
                start = k + 1
            }
        }
        sentences.append(sentence(start...(tokens.count - 1)))
        return sentences
    }

    func word(_ t: Int) -> String {
        // Lower-cased token text; tokens are short, so this stays cheap where it is used (markers, abbreviations).
        String(decoding: bytes[tokens[t].range], as: UTF8.self).lowercased()
    }

    /// The sentence of tokens `range`, its text stretched over opening and closing punctuation.
    func sentence(_ range: ClosedRange<Int>) -> TextModel.Sentence {
        var begin = Int(tokens[range.lowerBound].start)
        while begin > 0, isOpener(bytes[begin - 1]) { begin -= 1 }
        // A curly opening quote (E2 80 9C / E2 80 98).
        if begin >= 3, bytes[begin - 3] == 0xE2, bytes[begin - 2] == 0x80, bytes[begin - 1] == 0x9C || bytes[begin - 1] == 0x98 { begin -= 3 }
        var end = Int(tokens[range.upperBound].end)
        let limit = range.upperBound + 1 < tokens.count ? Int(tokens[range.upperBound + 1].start) : bytes.count
        while end < limit {
            if isCloser(bytes[end]) {
                end += 1
            } else if bytes[end] == 0xE2, end + 2 < limit, bytes[end + 1] == 0x80, bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99 {
                end += 3  // a curly closing quote
            } else {
                break
            }
        }
        return TextModel.Sentence(tokens: range.lowerBound..<(range.upperBound + 1), range: begin..<end)
    }

    func isOpener(_ b: UInt8) -> Bool { b == 0x28 || b == 0x22 || b == 0x27 || b == 0x5B }
    func isCloser(_ b: UInt8) -> Bool { b == 0x2E || b == 0x21 || b == 0x3F || b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D || b == 0x3B || b == 0x3A }

    func isBoundary(after k: Int) -> Bool {
        let gapStart = Int(tokens[k].end), gapEnd = Int(tokens[k + 1].start)
        // The common case: one space.
        if gapEnd - gapStart == 1, bytes[gapStart] == 0x20 { return false }
        var terminal = false, space = false, newlines = 0, sawOther = false
        var i = gapStart
        while i < gapEnd {
            let b = bytes[i]
            switch b {
            case 0x2E, 0x21, 0x3F:
                if space { sawOther = true } else { terminal = true }
            case 0x20, 0x09, 0x0D, 0x0C:
                space = true
            case 0x0A:
                space = true
                newlines += 1
                if newlines >= 2 { return true }
            case 0x22, 0x27, 0x29, 0x5D, 0x28, 0x5B:
                break
            case 0xC2 where i + 1 < gapEnd && bytes[i + 1] == 0xA0:
                space = true
                i += 1
            case 0xE2:
                // Curly quotes and dashes, three bytes.
                i += 2
            default:
                sawOther = true
            }
            // Lines with only white space between them count as a blank line.
            if b != 0x0A, b != 0x20, b != 0x09, b != 0x0D { newlines = 0 }
            i += 1
        }
        guard terminal, space, !sawOther else { return false }
        let next = tokens[k + 1]
        guard next.isCapitalized || (next.isNumeric && gapContainsNewline(gapStart, gapEnd)) || opensListItem(gapEnd, next) else { return false }
        // Abbreviations.
        let length = Int(tokens[k].end - tokens[k].start)
        if length == 1, Tokenizer.isASCIILetter(bytes[Int(tokens[k].start)]) {
            // "U.S.", "e.g.", "i.e.", "a.m.": a letter after another "x."
            let before = Int(tokens[k].start)
            if before > 0, bytes[before - 1] == 0x2E { return false }
            if bytes[before] >= 0x61 { return false }  // a lone lower-case letter: "e.g" halves, "p. 5"
            // A middle initial: "Avram A. Glazer", but not "Exhibit A. The …".
            if k > 0, tokens[k - 1].isCapitalized, Int(tokens[k - 1].end) + 1 == before, bytes[before - 1] == 0x20,
               !Self.letterLabels.contains(word(k - 1)) {
                return false
            }
        }
        if length <= 8 {
            let w = word(k)
            if Self.abbreviations.contains(w) { return false }
            if w == "no", next.isNumeric { return false }
        }
        return true
    }

    /// Whether the gap ends with the opening of a list marker, "… the Product. (b) ETON may …":
    /// a lower-case "(b)" after a full stop starts a new provision.
    func opensListItem(_ gapEnd: Int, _ next: TextModel.Token) -> Bool {
        guard bytes[gapEnd - 1] == 0x28, next.end - next.start <= 4, Int(next.end) < bytes.count else { return false }
        return bytes[Int(next.end)] == 0x29
    }

    func gapContainsNewline(_ start: Int, _ end: Int) -> Bool {
        bytes[start..<end].contains(0x0A)
    }
}
