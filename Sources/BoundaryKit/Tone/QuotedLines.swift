/// Lines of a letter that quote someone else: no tone rule applies to them and they do not count
/// toward its length. In plain text, Markdown and e-mail a quoted line begins with `>`; in HTML it
/// lies inside `<blockquote>`.
public enum QuotedLines {
    /// The numbers of the lines of `text` whose first character other than a space or tab is `>`.
    public static func marked(in text: String) -> Set<Int> {
        var quoted: Set<Int> = []
        var number = 1, atStart = true
        for byte in text.utf8 {
            if byte == 0x0A {
                number += 1
                atStart = true
            } else if atStart, byte != 0x20, byte != 0x09 {
                if byte == UInt8(ascii: ">") { quoted.insert(number) }
                atStart = false
            }
        }
        return quoted
    }

    /// The lines of `extracted` (the text of `html`) whose first character came from inside a
    /// `<blockquote>` element of `html`.
    public static func blockquotes(in html: String, extracted: ExtractedText) -> Set<Int> {
        let ranges = blockquoteRanges(html)
        guard !ranges.isEmpty else { return [] }
        var quoted: Set<Int> = []
        for (index, line) in extracted.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let first = line.unicodeScalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { continue }
            let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: first) + 1
            let original = extracted.sourceMap.original(SourcePosition(line: index + 1, column: column))
            if ranges.contains(where: { $0.start <= original && original < $0.end }) { quoted.insert(index + 1) }
        }
        return quoted
    }

    /// The stretches of `html` from each outermost `<blockquote` to the end of its closing tag.
    static func blockquoteRanges(_ html: String) -> [SourceRange] {
        let bytes = Array(html.utf8)
        var ranges: [SourceRange] = []
        var depth = 0
        var start = SourcePosition(line: 1, column: 1)
        var line = 1, column = 1
        var i = 0
        func matches(_ word: String, at offset: Int) -> Bool {
            var k = offset
            for w in word.utf8 {
                guard k < bytes.count else { return false }
                var b = bytes[k]
                if b >= 0x41, b <= 0x5A { b += 0x20 }
                if b != w { return false }
                k += 1
            }
            return k == bytes.count || !(bytes[k] | 0x20 >= 0x61 && bytes[k] | 0x20 <= 0x7A)
        }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                if matches("<blockquote", at: i) {
                    if depth == 0 { start = SourcePosition(line: line, column: column) }
                    depth += 1
                } else if matches("</blockquote", at: i), depth > 0 {
                    depth -= 1
                    if depth == 0 { ranges.append(SourceRange(start: start, end: SourcePosition(line: line, column: column + 13))) }
                }
            }
            if bytes[i] == 0x0A {
                line += 1
                column = 1
            } else if bytes[i] & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        if depth > 0 { ranges.append(SourceRange(start: start, end: SourcePosition(line: line + 1, column: 1))) }
        return ranges
    }

    /// `extracted` with every scalar of the `quoted` lines replaced by a space: lines and columns stay
    /// where they were, and no word of a quotation is left to check.
    public static func blanking(_ quoted: Set<Int>, in extracted: ExtractedText) -> ExtractedText {
        guard !quoted.isEmpty else { return extracted }
        var out = String.UnicodeScalarView()
        var number = 1
        for scalar in extracted.text.unicodeScalars {
            if scalar == "\n" {
                number += 1
                out.append(scalar)
            } else {
                out.append(quoted.contains(number) ? " " : scalar)
            }
        }
        return ExtractedText(text: String(out), sourceMap: extracted.sourceMap)
    }
}
