/// Rewrites one sentence for a tone suggestion: the sentence as the writer could send it instead.
/// Spans are UTF-8 offsets into the sentence as written. The result is on one line, starts with a
/// capital, and is nil when too little of the sentence is left to be worth showing.
public enum Rewriter {
    /// Conjunctions that open a conceding clause: "Although X, Y." becomes "X. Y."
    static let concessive: Set<String> = ["although", "though", "even though", "while", "whilst", "albeit"]
    /// Words that open a clause of its own after ", however,": then the sentence is split, otherwise
    /// "however" was an aside and is dropped ("I am, however, unable" → "I am unable").
    static let clauseOpeners: Set<String> = ["i", "we", "you", "it", "they", "he", "she", "this", "that", "these", "those", "there",
                                             "the", "my", "our", "your", "their", "his", "her", "its", "a", "an", "all", "nothing", "no"]

    /// The sentence split at each conjunction in `spans` (later ones first, so earlier offsets hold).
    public static func split(_ sentence: String, at spans: [Range<Int>]) -> String? {
        var bytes = Array(sentence.utf8)
        for span in spans.sorted(by: { $0.lowerBound > $1.lowerBound }) where span.upperBound <= bytes.count {
            let word = TextModel.words(in: String(decoding: bytes[span], as: UTF8.self)).joined(separator: " ")
            let rawBefore = bytes[..<span.lowerBound], rawAfter = bytes[span.upperBound...]
            var before = trimEnd(Array(rawBefore), also: ",;:-\u{2013}\u{2014}")
            let after = trimStart(Array(rawAfter), also: ",;:")
            // "and yet", "or but": the joining word goes with the conjunction.
            for joiner in [" and", " or", " so"] where String(decoding: before, as: UTF8.self).lowercased().hasSuffix(joiner) {
                before = trimEnd(Array(before.dropLast(joiner.utf8.count)), also: ",;:")
            }
            let beforeHasWords = before.contains(where: isLetter)
            let afterHasWords = after.contains(where: isLetter)
            var result: [UInt8]
            if !beforeHasWords {
                // At the start of the sentence: "But I cannot …", "Although X, Y."
                var rest = after
                if concessive.contains(word), let comma = rest.firstIndex(of: UInt8(ascii: ",")) {
                    rest = Array(rest[..<comma]) + Array(". ".utf8) + capitalized(trimStart(Array(rest[(comma + 1)...]), also: ""))
                }
                result = before + capitalized(rest)
            } else if !afterHasWords {
                // "I like it, though."
                result = before + after
            } else {
                let firstAfter = TextModel.words(in: String(decoding: after.prefix(40), as: UTF8.self)).first ?? ""
                let aside = word == "however" && rawBefore.last(where: { $0 != 0x20 }) == UInt8(ascii: ",")
                    && rawAfter.first(where: { $0 != 0x20 }) == UInt8(ascii: ",") && !clauseOpeners.contains(firstAfter)
                if aside {
                    result = before + [0x20] + after
                } else {
                    let end = before.last.map { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") } ?? false
                    result = before + (end ? [] : [UInt8(ascii: ".")]) + [0x20] + capitalized(after)
                }
            }
            bytes = result
        }
        return finish(bytes)
    }

    /// `replacements` applied where their phrase overlaps a flagged span (an empty replacement takes
    /// a comma right after the phrase with it). A flagged span that no replacement covers is taken
    /// out with `dropping`; without, it means there is no rewrite (nil).
    public static func replace(_ sentence: String, spans: [Range<Int>], replacements: [Replacement], dropping: Bool) -> String? {
        let model = TextModel(sentence)
        let words = (0..<model.tokens.count).map(model.word)
        var edits: [(range: Range<Int>, text: String)] = []
        func overlapsEdit(_ range: Range<Int>) -> Bool { edits.contains { $0.range.overlaps(range) } }
        // Longer phrases first, so "you must not" wins over "you must".
        let ordered = replacements.enumerated().map { (index: $0.offset, words: TextModel.words(in: $0.element.from), to: $0.element.to) }
            .sorted { ($0.words.count, -$0.index) > ($1.words.count, -$1.index) }
        for replacement in ordered where !replacement.words.isEmpty {
            let n = replacement.words.count
            var t = 0
            while t + n <= words.count {
                guard Array(words[t..<(t + n)]) == replacement.words else { t += 1; continue }
                let range = model.tokens[t].range.lowerBound..<model.tokens[t + n - 1].range.upperBound
                if spans.contains(where: { $0.overlaps(range) }), !overlapsEdit(range) {
                    var text = replacement.to
                    if t == 0, let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
                    edits.append((text.isEmpty ? withComma(range, sentence) : range, text))
                }
                t += n
            }
        }
        for span in spans where !overlapsEdit(span) {
            // A flagged phrase with no pair: taken out when dropping, else there is no rewrite.
            guard dropping else { return nil }
            edits.append((withComma(span, sentence), ""))
        }
        guard !edits.isEmpty else { return nil }
        var bytes = Array(sentence.utf8)
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) where edit.range.upperBound <= bytes.count {
            bytes.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        }
        return finish(bytes)
    }

    /// `range` with a comma right after it (past spaces), so taking it out leaves no stray comma;
    /// an aside between two commas ("the files, frankly, are late") goes with both.
    static func withComma(_ range: Range<Int>, _ sentence: String) -> Range<Int> {
        let bytes = Array(sentence.utf8)
        var k = range.upperBound
        while k < bytes.count, bytes[k] == 0x20 { k += 1 }
        guard k < bytes.count, bytes[k] == UInt8(ascii: ",") else { return range }
        var j = range.lowerBound
        while j > 0, bytes[j - 1] == 0x20 { j -= 1 }
        if j > 0, bytes[j - 1] == UInt8(ascii: ",") { return (j - 1)..<(k + 1) }
        return range.lowerBound..<(k + 1)
    }

    /// Shouted `words` in lower case (a capital kept at the start of the sentence and for "I"), and
    /// each run of `marks` as one mark: "?" when it asks, "." otherwise.
    public static func calm(_ sentence: String, words: [Range<Int>], marks: [Range<Int>]) -> String? {
        var bytes = Array(sentence.utf8)
        let edits = words.map { ($0, true) } + marks.map { ($0, false) }
        for (range, isWord) in edits.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) where range.upperBound <= bytes.count {
            let text = String(decoding: bytes[range], as: UTF8.self)
            let replacement: String
            if isWord {
                let lower = text.lowercased()
                let atStart = !bytes[..<range.lowerBound].contains(where: isLetter)
                replacement = atStart || lower == "i" ? lower.prefix(1).uppercased() + lower.dropFirst() : lower
            } else {
                replacement = text.contains("?") ? "?" : "."
            }
            bytes.replaceSubrange(range, with: Array(replacement.utf8))
        }
        return finish(bytes)
    }

    // MARK: Tidying

    static func isLetter(_ byte: UInt8) -> Bool { Tokenizer.isASCIILetter(byte) || byte >= 0xC0 }

    static func trimEnd(_ bytes: [UInt8], also punctuation: String) -> [UInt8] {
        let extra = Set(punctuation.utf8)
        var end = bytes.count
        while end > 0 {
            let b = bytes[end - 1]
            if b == 0x20 || b == 0x0A || b == 0x09 || extra.contains(b) { end -= 1; continue }
            // An en or em dash (E2 80 93 / E2 80 94).
            if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x93 || bytes[end - 1] == 0x94, !punctuation.isEmpty { end -= 3; continue }
            break
        }
        return Array(bytes[..<end])
    }

    static func trimStart(_ bytes: [UInt8], also punctuation: String) -> [UInt8] {
        let extra = Set(punctuation.utf8)
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x09 || extra.contains(bytes[start]) { start += 1 }
        return Array(bytes[start...])
    }

    /// The first letter upper case, past any opening quote or bracket.
    static func capitalized(_ bytes: [UInt8]) -> [UInt8] {
        var text = String(decoding: bytes, as: UTF8.self)
        guard let index = text.firstIndex(where: { $0.isLetter }) else { return bytes }
        let prefix = text[..<index]
        guard prefix.allSatisfy({ !$0.isLetter && !$0.isNumber }) else { return bytes }
        text.replaceSubrange(index...index, with: text[index].uppercased())
        return Array(text.utf8)
    }

    /// One line, single spaces, no space before punctuation, no doubled commas, a capital first.
    static func finish(_ bytes: [UInt8]) -> String? {
        var out: [UInt8] = []
        var space = false
        for b in bytes {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                space = !out.isEmpty
                continue
            }
            let isPunctuation = b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
                || b == UInt8(ascii: "?") || b == UInt8(ascii: "!")
            if isPunctuation, b == UInt8(ascii: ","), let last = out.last, last == UInt8(ascii: ",") || last == UInt8(ascii: ".") || last == UInt8(ascii: ";") {
                space = false
                continue  // ",," and ".," collapse
            }
            if isPunctuation, b != UInt8(ascii: ","), out.last == UInt8(ascii: ",") { out.removeLast() }  // ",." is "."
            if space, !isPunctuation { out.append(0x20) }
            space = false
            out.append(b)
        }
        out = trimStart(out, also: ",;:.")
        let result = String(decoding: capitalized(out), as: UTF8.self)
        guard TextModel.words(in: result).count >= 2 else { return nil }
        return result
    }
}
