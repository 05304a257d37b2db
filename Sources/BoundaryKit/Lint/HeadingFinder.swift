/// Finds headings line by line, mostly on bytes: most lines are not headings and are left quickly.
struct HeadingFinder {
    let bytes: [UInt8]
    let lines: [TextModel.Line]
    let tokens: [TextModel.Token]

    /// Words that, ending a line, mean a number at the start of the next is a reference, not a heading.
    static let referenceWords: Set<String> = [
        "section", "sections", "clause", "clauses", "article", "articles", "paragraph", "paragraphs", "schedule",
        "exhibit", "annex", "appendix", "and", "or", "of", "to", "in", "under", "with", "per", "than", "by",
        "within", "at", "over", "the", "about", "item", "items", "page", "pages", "no", "usd", "eur", "gbp",
    ]
    /// Words a title may leave in lower case.
    static let minorWords: Set<String> = [
        "of", "and", "the", "to", "for", "in", "on", "a", "an", "or", "by", "with", "at", "from", "upon", "under",
        "as", "its", "vs", "per", "not", "nor", "any", "into", "&",
    ]

    struct Found {
        var kind: TextModel.Heading.Kind
        var number: String?
        var title: Range<Int>?
        var end: Int  // end of the heading's text on the line (UTF-8 offset)
        var depthHint: Int
    }

    func run() -> [TextModel.Heading] {
        var headings: [TextModel.Heading] = []
        var firstToken = 0
        var previousIsHeading = false
        var hasArticle = false
        var stack: [(depth: Int, isItem: Bool, number: String?)] = []
        var lineIndex = 0
        while lineIndex < lines.count {
            let line = lines[lineIndex]
            while firstToken < tokens.count, Int(tokens[firstToken].start) < line.range.lowerBound { firstToken += 1 }
            let (start, end) = trimmed(line.range)
            guard start < end else {
                previousIsHeading = false
                lineIndex += 1
                continue
            }
            guard var found = analyze(lineIndex: lineIndex, start: start, end: end, previousIsHeading: previousIsHeading) else {
                previousIsHeading = false
                lineIndex += 1
                continue
            }
            // "ARTICLE IV" with its title on the next line.
            var lastLine = lineIndex
            if found.title == nil, [.article, .section, .numbered].contains(found.kind), lineIndex + 1 < lines.count {
                let (ns, ne) = trimmed(lines[lineIndex + 1].range)
                if ns < ne, let next = analyze(lineIndex: lineIndex + 1, start: ns, end: ne, previousIsHeading: true), next.kind == .capitals || next.kind == .title {
                    found.title = ns..<ne
                    found.end = ne
                    lastLine = lineIndex + 1
                }
            }
            var lastToken = firstToken
            while lastToken < tokens.count, Int(tokens[lastToken].end) <= found.end { lastToken += 1 }
            if lastToken == firstToken, firstToken < tokens.count, Int(tokens[firstToken].start) < found.end { lastToken += 1 }

            // Depth.
            var depth: Int
            switch found.kind {
            case .markdown: depth = found.depthHint
            case .article: depth = 1; hasArticle = true
            case .section, .capitals, .title: depth = hasArticle ? 2 : 1
            case .numbered: depth = (hasArticle ? 1 : 0) + found.depthHint
            case .item:
                let roman = Self.isRoman(found.number ?? "")
                if let top = stack.last, top.isItem, roman, !(found.number == "i" && top.number == "h") {
                    depth = top.depth + (Self.isRoman(top.number ?? "") ? 0 : 1)
                } else if let parent = stack.last(where: { !$0.isItem }) {
                    depth = parent.depth + 1
                } else {
                    depth = hasArticle ? 2 : 1
                }
            }
            while let top = stack.last, top.depth >= depth { stack.removeLast() }
            stack.append((depth, found.kind == .item, found.number))

            let title = found.title.map { String(decoding: bytes[$0], as: UTF8.self) }
            headings.append(TextModel.Heading(
                kind: found.kind, number: found.number, title: title, line: line.number, depth: depth,
                tokens: firstToken..<max(firstToken, lastToken), range: start..<found.end))
            previousIsHeading = true
            lineIndex = lastLine + 1
        }
        return headings
    }

    func trimmed(_ range: Range<Int>) -> (Int, Int) {
        var s = range.lowerBound, e = range.upperBound
        while s < e, isBlank(bytes[s]) { s += 1 }
        while e > s, isBlank(bytes[e - 1]) { e -= 1 }
        // A non-breaking space (C2 A0) at either end.
        while s + 1 < e, bytes[s] == 0xC2, bytes[s + 1] == 0xA0 { s += 2 }
        return (s, e)
    }

    @inline(__always) func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0C || b == 0x0D }
    @inline(__always) func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static let words: [String: [UInt8]] = ["ARTICLE": Array("ARTICLE".utf8), "Article": Array("Article".utf8), "SECTION": Array("SECTION".utf8), "Section": Array("Section".utf8)]

    func startsWord(_ word: String, at i: Int, end: Int) -> Bool {
        guard bytes[i] == word.utf8.first, let w = Self.words[word] else { return false }
        guard i + w.count <= end else { return false }
        for k in 0..<w.count where bytes[i + k] != w[k] { return false }
        return i + w.count == end || !(Tokenizer.isASCIILetter(bytes[i + w.count]))
    }

    /// What kind of heading the line `start..<end` (trimmed) is, if any.
    func analyze(lineIndex: Int, start: Int, end: Int, previousIsHeading: Bool) -> Found? {
        let first = bytes[start]
        // Markdown.
        if first == 0x23 {
            var level = 0, i = start
            while i < end, bytes[i] == 0x23 { level += 1; i += 1 }
            guard level <= 6, i < end, bytes[i] == 0x20 else { return nil }
            var titleEnd = end
            while titleEnd > i, bytes[titleEnd - 1] == 0x23 || bytes[titleEnd - 1] == 0x20 { titleEnd -= 1 }
            return Found(kind: .markdown, number: nil, title: skipBlanks(i, end)..<titleEnd, end: end, depthHint: level)
        }
        // Items: (a) (iv) (1) (A)
        if first == 0x28 {
            var i = start + 1
            while i < end, i - start <= 6, Tokenizer.isASCIILetter(bytes[i]) || isDigit(bytes[i]) { i += 1 }
            guard i > start + 1, i < end, bytes[i] == 0x29 else { return nil }
            let label = String(decoding: bytes[(start + 1)..<i], as: UTF8.self)
            guard label.count <= 2 || Self.isRoman(label.lowercased()) else { return nil }
            return Found(kind: .item, number: label, title: runInTitle(skipBlanks(i + 1, end), end), end: markerOrTitleEnd(i + 1, end), depthHint: 1)
        }
        // Numbers: 1. 1.1 1.1.1 4)
        if isDigit(first) {
            return numbered(lineIndex: lineIndex, start: start, end: end)
        }
        // § 5
        if first == 0xC2, start + 1 < end, bytes[start + 1] == 0xA7 {
            return sectionNumber(after: start + 2, end: end, kind: .section)
        }
        if startsWord("ARTICLE", at: start, end: end) || startsWord("Article", at: start, end: end) {
            return sectionNumber(after: start + 7, end: end, kind: .article)
        }
        if startsWord("SECTION", at: start, end: end) || startsWord("Section", at: start, end: end) {
            return sectionNumber(after: start + 7, end: end, kind: .section)
        }
        // Lettered items: a) a. A. iv)
        if Tokenizer.isASCIILetter(first) {
            var i = start
            while i < end, i - start < 5, Tokenizer.isASCIILetter(bytes[i]) { i += 1 }
            if i < end, bytes[i] == 0x29 || bytes[i] == 0x2E, i + 1 < end, bytes[i + 1] == 0x20 {
                let label = String(decoding: bytes[start..<i], as: UTF8.self)
                if label.count == 1 || Self.isRoman(label.lowercased()) {
                    // "A." only before a capitalised word ("A. Background"), not an initial in a sentence.
                    let next = skipBlanks(i + 1, end)
                    if bytes[i] == 0x29 || (next < end && isUpper(bytes[next]) && previousEndsParagraph(lineIndex)) {
                        return Found(kind: .item, number: label, title: runInTitle(next, end), end: markerOrTitleEnd(i + 1, end), depthHint: 1)
                    }
                }
            }
        }
        guard isUpper(first) || first >= 0x80 else { return nil }
        return titleLine(lineIndex: lineIndex, start: start, end: end, previousIsHeading: previousIsHeading)
    }

    func skipBlanks(_ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end, isBlank(bytes[i]) { i += 1 }
        return i
    }

    /// The end of a heading: its run-in title if it has one, else just its marker.
    func markerOrTitleEnd(_ markerEnd: Int, _ end: Int) -> Int {
        let start = skipBlanks(markerEnd, end)
        if let title = runInTitle(start, end) { return title.upperBound }
        return markerEnd
    }

    func numbered(lineIndex: Int, start: Int, end: Int) -> Found? {
        var i = start, components = 0
        while i < end {
            let digitsStart = i
            while i < end, isDigit(bytes[i]) { i += 1 }
            guard i > digitsStart, i - digitsStart <= 3 else { return nil }
            components += 1
            if i + 1 < end, bytes[i] == 0x2E, isDigit(bytes[i + 1]) { i += 1; continue }
            break
        }
        let numberEnd = i
        var punctuated = false
        if i < end, bytes[i] == 0x2E || bytes[i] == 0x29 {
            punctuated = true
            i += 1
        }
        guard i == end || isBlank(bytes[i]) else { return nil }
        let rest = skipBlanks(i, end)
        // "4       FEES.": a bare number before a title in capitals.
        if !punctuated, components == 1 {
            guard rest < end, i - start <= 2, isUpper(bytes[rest]), !bytes[rest..<end].contains(where: isLower), runInTitle(rest, end) != nil else { return nil }
        }
        if rest < end {
            // A number followed by a digit, or a lower-case continuation of a cut reference, is not a heading.
            if isDigit(bytes[rest]) || bytes[rest] == 0x25 { return nil }
        }
        if let previous = previousWord(lineIndex), Self.referenceWords.contains(previous) { return nil }
        let number = String(decoding: bytes[start..<numberEnd], as: UTF8.self)
        return Found(kind: .numbered, number: number, title: runInTitle(rest, end), end: markerOrTitleEnd(i, end), depthHint: components)
    }

    /// "ARTICLE IV", "Section 5.", "§ 5": a number (roman or arabic) after the word, then an optional title.
    func sectionNumber(after wordEnd: Int, end: Int, kind: TextModel.Heading.Kind) -> Found? {
        var i = skipBlanks(wordEnd, end)
        let numberStart = i
        while i < end, isDigit(bytes[i]) || bytes[i] == 0x2E && i + 1 < end && isDigit(bytes[i + 1]) || "IVXLCivxlc".utf8.contains(bytes[i]) { i += 1 }
        guard i > numberStart else { return nil }
        let number = String(decoding: bytes[numberStart..<i], as: UTF8.self)
        guard number.first!.isNumber || Self.isRoman(number.lowercased()) else { return nil }
        guard i == end || !Tokenizer.isASCIILetter(bytes[i]) else { return nil }
        let numberEnd = i
        // After the number: punctuation, a capitalised title, or nothing. "Section 5 of this Agreement" is a sentence.
        while i < end, bytes[i] == 0x2E || bytes[i] == 0x3A || bytes[i] == 0x2D || isBlank(bytes[i]) || bytes[i] == 0xE2 || bytes[i] == 0x80 || bytes[i] == 0x93 || bytes[i] == 0x94 { i += 1 }
        if i < end, isLower(bytes[i]) { return nil }
        if i < end, isDigit(bytes[i]) { return nil }
        return Found(kind: kind, number: number, title: runInTitle(i, end), end: i < end ? markerOrTitleEnd(i, end) : numberEnd, depthHint: 1)
    }

    /// The title at the start of `start..<end`: a short capitalised phrase ending at a period or at the
    /// end of the line ("Termination. Either party …" gives "Termination").
    func runInTitle(_ start: Int, _ end: Int) -> Range<Int>? {
        guard start < end else { return nil }
        var i = start
        var stop = end
        while i < end {
            if bytes[i] == 0x2E || bytes[i] == 0x3A, i + 1 == end || bytes[i + 1] == 0x20 {
                stop = i
                break
            }
            i += 1
        }
        guard stop > start, isTitleLike(start, stop, maxWords: 10) else { return nil }
        return start..<stop
    }

    /// Capitalised words (minor words may stay lower case), or all capitals.
    func isTitleLike(_ start: Int, _ end: Int, maxWords: Int) -> Bool {
        var words = 0, capitalised = 0
        var i = start
        while i < end {
            while i < end, isBlank(bytes[i]) { i += 1 }
            guard i < end else { break }
            let wordStart = i
            while i < end, !isBlank(bytes[i]) { i += 1 }
            words += 1
            if words > maxWords { return false }
            var k = wordStart
            while k < i, bytes[k] == 0x22 || bytes[k] == 0x28 || bytes[k] == 0x27 { k += 1 }
            guard k < i else { continue }
            let c = bytes[k]
            if isUpper(c) || c >= 0x80 {
                capitalised += 1
            } else if isLower(c) {
                if words == 1 { return false }
                let word = String(decoding: bytes[k..<i], as: UTF8.self).strippingCharacters(",;")
                if !Self.minorWords.contains(word) { return false }
            }
        }
        return capitalised > 0
    }

    /// A line in capitals or title case standing as a heading.
    func titleLine(lineIndex: Int, start: Int, end: Int, previousIsHeading: Bool) -> Found? {
        let last = bytes[end - 1]
        guard last != 0x2C, last != 0x3B else { return nil }  // , ;
        var upper = 0, lower = 0, words = 1
        for i in start..<end {
            let b = bytes[i]
            if isUpper(b) { upper += 1 } else if isLower(b) { lower += 1 } else if b == 0x20 { words += 1 }
        }
        let standsAlone = previousIsHeading || previousEndsParagraph(lineIndex)
        guard standsAlone else { return nil }
        if lower == 0, upper >= 3, words <= 12 {
            if last == 0x2E, words > 6 { return nil }
            // The first line of a paragraph in capitals (a disclaimer) is not a heading.
            if words > 6, lineIndex + 1 < lines.count {
                let (ns, ne) = trimmed(lines[lineIndex + 1].range)
                if ne - ns > 20, !bytes[ns..<ne].contains(where: isLower) { return nil }
            }
            return Found(kind: .capitals, number: nil, title: start..<(last == 0x2E || last == 0x3A ? end - 1 : end), end: end, depthHint: 1)
        }
        guard words <= 8, last != 0x2E, last != 0x21, last != 0x3F, isTitleLike(start, end, maxWords: 8) else { return nil }
        // Not a title: a table row, a date or an address ("February 16, 1998"), a bullet ("● …", "Ø Bug").
        let line = bytes[start..<end]
        guard !line.contains(0x09), !line.contains(0x2C), upper + lower >= 3, isUpper(bytes[start]) || firstWordIsLong(start, end) else { return nil }
        // A title stands alone: a blank line or the end after it, or a paragraph that starts a sentence.
        return Found(kind: .title, number: nil, title: start..<(last == 0x3A ? end - 1 : end), end: end, depthHint: 1)
    }

    /// True when the first word has two letters or more (a non-ASCII capital alone is a bullet, "Ø").
    func firstWordIsLong(_ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end, !isBlank(bytes[i]) { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self).unicodeScalars.filter(\.properties.isAlphabetic).count >= 2
    }

    /// True when the line before `lineIndex` is blank, missing, or ends a sentence.
    func previousEndsParagraph(_ lineIndex: Int) -> Bool {
        guard lineIndex > 0 else { return true }
        let (s, e) = trimmed(lines[lineIndex - 1].range)
        guard s < e else { return true }
        var k = e - 1
        while k > s, bytes[k] == 0x22 || bytes[k] == 0x29 || bytes[k] == 0x9D || bytes[k] == 0x99 || bytes[k] == 0x80 || bytes[k] == 0xE2 { k -= 1 }
        let b = bytes[k]
        return b == 0x2E || b == 0x3A || b == 0x3B || b == 0x21 || b == 0x3F
    }

    /// The last word of the previous non-blank line, lower-cased, when that line does not end a sentence.
    func previousWord(_ lineIndex: Int) -> String? {
        guard lineIndex > 0 else { return nil }
        let (s, e) = trimmed(lines[lineIndex - 1].range)
        guard s < e, !previousEndsParagraph(lineIndex) else { return nil }
        var k = e
        while k > s, !isBlank(bytes[k - 1]) { k -= 1 }
        let word = String(decoding: bytes[k..<e], as: UTF8.self).lowercased().strippingCharacters(",;()")
        return word == "§" ? "section" : word
    }

    static func isRoman(_ label: String) -> Bool {
        guard !label.isEmpty, label.count <= 6 else { return false }
        let lower = label.lowercased()
        return lower.allSatisfy { "ivxlc".contains($0) } && ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"].contains(lower)
    }
}

extension String {
    func strippingCharacters(_ characters: String) -> String {
        var s = Substring(self)
        while let f = s.first, characters.contains(f) { s.removeFirst() }
        while let l = s.last, characters.contains(l) { s.removeLast() }
        return String(s)
    }
}
