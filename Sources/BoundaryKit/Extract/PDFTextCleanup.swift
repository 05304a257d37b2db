/// Cleans the output of `pdftotext`: removes the page headers and footers that repeat from page to
/// page, page-number lines ("3", "- 3 -", "Page 3 of 12", "3/12"), and form feeds. A sentence that runs
/// over a page break is joined again; the source map leads each line back to its line in the
/// pdftotext output.
public enum PDFTextCleanup {
    /// How many lines at the top and bottom of a page may be a header or a footer.
    static let margin = 3

    public static func clean(_ text: String) -> ExtractedText {
        let text = text.utf8.contains(0x0C) ? text : markingPageBreaks(text)
        // Lines of the pdftotext output, with their 1-based numbers; a form feed starts a new page.
        var pages: [[(number: Int, text: Substring, column: Int)]] = [[]]
        var number = 0
        for raw in lines(of: text) {
            number += 1
            var line = raw
            if line.utf8.last == 0x0D { line = Substring(line.utf8.dropLast()) }
            var column = 1
            while let feed = line.utf8.firstIndex(of: 0x0C) {
                let before = line[..<feed]
                if !before.isEmpty { pages[pages.count - 1].append((number, before, column)) }
                column += before.unicodeScalars.count + 1
                line = line[line.utf8.index(after: feed)...]
                pages.append([])
            }
            pages[pages.count - 1].append((number, line, column))
        }
        while let last = pages.last, pages.count > 1, last.allSatisfy({ isBlank($0.text) }) { pages.removeLast() }

        // Lines that repeat in the margins of several pages, with digits masked, are running heads.
        var seen: [String: Set<Int>] = [:]
        for (pageIndex, page) in pages.enumerated() {
            for index in marginIndices(page) {
                seen[shape(page[index].text), default: []].insert(pageIndex)
            }
        }
        let needed = max(2, (pages.count * 2 + 4) / 5)
        let repeated = Set(seen.filter { pages.count >= 2 && $0.value.count >= needed && !$0.key.isEmpty }.keys)

        var output: [(text: Substring, anchor: SourceMap.Anchor?)] = []
        for (pageIndex, page) in pages.enumerated() {
            var drop = Set<Int>()
            for index in marginIndices(page) where (repeated.contains(shape(page[index].text)) && !startsBlock(page[index].text)) || isPageNumber(page[index].text) {
                drop.insert(index)
            }
            let kept = page.indices.filter { !drop.contains($0) }
            var first = kept.first ?? page.endIndex
            while first < page.endIndex, drop.contains(first) || isBlank(page[first].text) { first += 1 }
            if pageIndex > 0, first < page.endIndex {
                // Join a sentence cut by the page break; keep a paragraph break otherwise.
                while let last = output.last, isBlank(last.text) { output.removeLast() }
                if let last = output.last, endsParagraph(last.text) || startsBlock(page[first].text) || !last.text.contains(where: \.isLowercase) {
                    output.append(("", nil))
                }
            }
            for index in kept where index >= first || pageIndex == 0 {
                let line = page[index]
                output.append((line.text, SourceMap.Anchor(column: 1, original: SourcePosition(line: line.number, column: line.column))))
            }
        }
        while let last = output.last, isBlank(last.text) { output.removeLast() }
        while let first = output.first, isBlank(first.text) { output.removeFirst() }

        var result = ""
        var lines: [[SourceMap.Anchor]] = []
        for line in output {
            result += line.text
            result += "\n"
            lines.append(line.anchor.map { [$0] } ?? [])
        }
        return ExtractedText(text: result, sourceMap: SourceMap(lines: lines))
    }

    /// Text converted from a PDF without form feeds: a line standing alone between blank lines that is
    /// a page number, or that comes back word for word at least three times, is where a page broke.
    /// A form feed is put before it (on the same line, so line numbers stay), and the page logic does the rest.
    static func markingPageBreaks(_ text: String) -> String {
        let lines = lines(of: text)
        func standsAlone(_ i: Int) -> Bool {
            !isBlank(lines[i]) && lines[i].utf8.count <= 100
                && (i == 0 || isBlank(lines[i - 1])) && (i + 1 == lines.count || isBlank(lines[i + 1]))
        }
        var counts: [Substring: Int] = [:]
        for i in lines.indices where standsAlone(i) {
            counts[trimmedStart(lines[i]), default: 0] += 1
        }
        var marked = false
        var out: [Substring] = []
        out.reserveCapacity(lines.count)
        for i in lines.indices {
            let line = lines[i]
            if standsAlone(i), isPageNumber(line) || ((counts[trimmedStart(line)] ?? 0) >= 3 && !startsBlock(line)) {
                out.append("\u{0C}" + line)
                marked = true
            } else {
                out.append(line)
            }
        }
        return marked ? out.joined(separator: "\n") : text
    }

    /// The indices of the first and last few non-blank lines of a page.
    static func marginIndices(_ page: [(number: Int, text: Substring, column: Int)]) -> [Int] {
        let nonBlank = page.indices.filter { !isBlank(page[$0].text) }
        return Array(Set(nonBlank.prefix(margin) + nonBlank.suffix(margin))).sorted()
    }

    /// A line with its digits masked and its spaces collapsed, lower-cased (ASCII letters only).
    static func shape(_ line: Substring) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count)
        var lastWasSpace = true, lastWasDigit = false
        var bytes = line.utf8.makeIterator()
        while let b = bytes.next() {
            if b == 0x20 || b == 0x09 {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
                lastWasDigit = false
            } else if b >= 0x30 && b <= 0x39 {
                if !lastWasDigit { out.append(0x23) }
                lastWasDigit = true
                lastWasSpace = false
            } else {
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                lastWasSpace = false
                lastWasDigit = false
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// The lines of `text`, split on line feeds only (a CR LF pair is not one character here).
    static func lines(of text: String) -> [Substring] {
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    }

    static func trimmedStart(_ line: Substring) -> Substring {
        Substring(line.utf8.drop { $0 == 0x20 || $0 == 0x09 })
    }

    /// "3", "- 3 -", "Page 3", "Page 3 of 12", "3 of 12", "3/12", "[3]", "iv".
    public static func isPageNumber(_ line: Substring) -> Bool {
        guard trimmedStart(line).utf8.count <= 40 else { return false }
        var words = shape(line).replacingDashes().split(whereSeparator: { " -|[]().".contains($0) }).map(String.init)
        if words.first == "page" || words.first == "pg" || words.first == "p" { words.removeFirst() }
        switch words.count {
        case 1:
            let word = words[0]
            return word == "#" || word == "#/#" || (word.count <= 4 && word.allSatisfy { "ivxl".contains($0) })
        case 3:
            return words[0] == "#" && (words[1] == "of" || words[1] == "/") && words[2] == "#"
        default:
            return false
        }
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C || $0 == 0x0D } || line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\u{0C}" }
    }

    /// A line that ends a paragraph: it ends a sentence or a heading.
    static func endsParagraph(_ line: Substring) -> Bool {
        guard let last = line.unicodeScalars.last(where: { $0 != " " && $0 != "\t" }) else { return true }
        return ".:;!?".unicodeScalars.contains(last)
    }

    /// A line that starts a numbered heading or an item: "1.", "2.1", "(a)", "ARTICLE", "Section".
    static func startsBlock(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first else { return false }
        if first == "(" || first.isNumber { return true }
        let word = trimmed.prefix { $0.isLetter }.lowercased()
        return word == "article" || word == "section" || word == "schedule" || word == "exhibit"
    }
}

extension String {
    /// En and em dashes as hyphens.
    fileprivate func replacingDashes() -> String {
        guard utf8.contains(0xE2) else { return self }
        return String(map { $0 == "–" || $0 == "—" ? "-" : $0 })
    }
}
