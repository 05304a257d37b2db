/// Checks a letter the user wrote against the tone rules and returns findings as values: each with
/// its line and column in the original file, the sentence, and a suggestion — the sentence
/// rewritten where the rule can rewrite it.
///
/// Only the writer's own words are checked: `quotedLines` (quotations of someone else, such as the
/// agreement quoted in a scope letter) are blanked out first, so no rule applies to them and they do
/// not count toward the length.
public struct ToneChecker: Sendable {
    public let rules: [ToneRule]
    /// The word limit of `length` rules; nil: each rule's own `max_words`.
    public let maxWords: Int?
    /// Every `detect:` signal of every `phrases` and `absence` rule, in one matcher.
    let phraseMatcher: Matcher
    /// The rule (index into `rules`) of each of `phraseMatcher`'s rules.
    let ruleOfSignal: [Int]
    /// Per `hedging` rule index, a matcher of its words.
    let hedgeMatchers: [Int: Matcher]

    public init(rules: [ToneRule], maxWords: Int? = nil) throws(MatcherError) {
        self.rules = rules.sorted { $0.id < $1.id }
        self.maxWords = maxWords
        var matcherRules: [Matcher.Rule] = []
        var owners: [Int] = []
        var hedges: [Int: Matcher] = [:]
        for (index, rule) in self.rules.enumerated() {
            switch rule.check {
            case .phrases, .absence:
                for signal in rule.detection.signals {
                    matcherRules.append(Matcher.Rule(signal))
                    owners.append(index)
                }
            case .hedging:
                hedges[index] = try Matcher(rules: [Matcher.Rule(anyOf: rule.words)])
            case .shouting, .length:
                break
            }
        }
        phraseMatcher = try Matcher(rules: matcherRules)
        ruleOfSignal = owners
        hedgeMatchers = hedges
    }

    /// The report of one letter. `original` is the text its positions refer to, when extraction
    /// changed the lines (an HTML source, an e-mail).
    public func check(_ extracted: ExtractedText, quotedLines: Set<Int> = [], path: String, original: String? = nil) -> DocumentReport {
        DocumentReport(path: path, kinds: [], findings: findings(in: extracted, quotedLines: quotedLines), text: original ?? extracted.text)
    }

    /// The findings of one letter, in report order.
    public func findings(in extracted: ExtractedText, quotedLines: Set<Int> = []) -> [Finding] {
        let prose = QuotedLines.blanking(quotedLines, in: extracted)
        let model = TextModel(prose)
        var findings: [Finding] = []
        let matches = phraseMatcher.matches(in: model)
        for (index, rule) in rules.enumerated() {
            switch rule.check {
            case .phrases:
                findings += phraseFindings(rule, matches: matches.filter { ruleOfSignal[$0.rule] == index }, model: model)
            case .absence:
                if Self.wordCount(prose.text) > 0, !matches.contains(where: { ruleOfSignal[$0.rule] == index }) {
                    findings.append(documentFinding(rule, values: [:]))
                }
            case .shouting:
                findings += shoutingFindings(rule, model: model)
            case .hedging:
                if let matcher = hedgeMatchers[index] { findings += hedgingFindings(rule, matcher: matcher, model: model) }
            case .length:
                let count = Self.wordCount(prose.text)
                let limit = maxWords ?? rule.maxWords
                if count > limit { findings.append(documentFinding(rule, values: ["count": String(count), "max": String(limit)])) }
            }
        }
        let report = DocumentReport(path: "", kinds: [], findings: findings, text: "")
        return report.orderedFindings
    }

    /// Words as a reader counts them: runs of characters between spaces that hold a letter or a digit.
    public static func wordCount(_ text: String) -> Int {
        var count = 0, inWord = false, hasLetter = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if inWord, hasLetter { count += 1 }
                inWord = false
                hasLetter = false
            } else {
                inWord = true
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { hasLetter = true }
            }
        }
        if inWord, hasLetter { count += 1 }
        return count
    }

    // MARK: Rules

    func phraseFindings(_ rule: ToneRule, matches: [PhraseMatch], model: TextModel) -> [Finding] {
        var bySentence: [Int: [PhraseMatch]] = [:]
        for match in matches where Self.joins(match, conjunctions: rule.conjunctions, model: model) {
            bySentence[match.sentence, default: []].append(match)
        }
        return bySentence.keys.sorted().map { sentence in
            let found = bySentence[sentence]!.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            let spans = found.map { model.tokens[$0.tokens.lowerBound].range.lowerBound..<model.tokens[$0.tokens.upperBound - 1].range.upperBound }
            return sentenceFinding(rule, sentence: sentence, at: spans[0], spans: spans, values: [:], model: model)
        }
    }

    func shoutingFindings(_ rule: ToneRule, model: TextModel) -> [Finding] {
        let allowed = Set(rule.allow.map { $0.lowercased() })
        let shortWords = Set(rule.words.map { $0.lowercased() })
        var words: [Int: [Range<Int>]] = [:]
        var marks: [Int: [Range<Int>]] = [:]
        let bytes = model.bytes
        for (index, token) in model.tokens.enumerated() {
            let range = token.range
            var letters = 0, upper = true
            for scalar in String(decoding: bytes[range], as: UTF8.self).unicodeScalars {
                if scalar.properties.isLowercase { upper = false; break }
                if scalar.properties.isUppercase { letters += 1 } else if scalar.properties.numericType != nil { upper = false; break }
            }
            guard upper, letters >= 2 else { continue }
            let word = model.word(index)
            guard letters > 4 ? !allowed.contains(word) : shortWords.contains(word) else { continue }
            guard !Self.insideQuotes(range.lowerBound, bytes: bytes) else { continue }
            words[token.sentence, default: []].append(range)
        }
        if !rule.marks.isEmpty {
            var i = 0
            while i < bytes.count {
                guard bytes[i] == UInt8(ascii: "!") || bytes[i] == UInt8(ascii: "?") else { i += 1; continue }
                var j = i
                while j < bytes.count, bytes[j] == UInt8(ascii: "!") || bytes[j] == UInt8(ascii: "?") { j += 1 }
                let run = String(decoding: bytes[i..<j], as: UTF8.self)
                if rule.marks.contains(where: { run.contains($0) }), let sentence = model.sentence(at: max(0, i - 1)) {
                    marks[sentence, default: []].append(i..<j)
                }
                i = j
            }
        }
        return Set(words.keys).union(marks.keys).sorted().map { sentence in
            let shouted = words[sentence] ?? [], runs = marks[sentence] ?? []
            let all = (shouted + runs).sorted { $0.lowerBound < $1.lowerBound }
            let listed = all.map { "\u{201C}\(String(decoding: bytes[$0], as: UTF8.self))\u{201D}" }
            var seen: Set<String> = []
            let names = listed.filter { seen.insert($0).inserted }.joined(separator: ", ")
            return sentenceFinding(rule, sentence: sentence, at: all[0], spans: shouted, marks: runs, values: ["words": names], model: model)
        }
    }

    func hedgingFindings(_ rule: ToneRule, matcher: Matcher, model: TextModel) -> [Finding] {
        // One hit per place: of overlapping phrases ("I think maybe", "maybe") the longest counts.
        var hits: [Range<Int>] = []
        for match in matcher.matches(in: model).sorted(by: { ($0.tokens.lowerBound, -$0.tokens.count) < ($1.tokens.lowerBound, -$1.tokens.count) }) {
            if let last = hits.last, last.overlaps(match.tokens) { continue }
            hits.append(match.tokens)
        }
        guard !hits.isEmpty else { return [] }
        func span(_ tokens: Range<Int>) -> Range<Int> { model.tokens[tokens.lowerBound].range.lowerBound..<model.tokens[tokens.upperBound - 1].range.upperBound }
        func quoted(_ tokens: Range<Int>) -> String { "\u{201C}\(model.text(ofTokens: tokens))\u{201D}" }
        var bySentence: [Int: [Range<Int>]] = [:]
        for hit in hits { bySentence[model.tokens[hit.lowerBound].sentence, default: []].append(hit) }
        var findings: [Finding] = []
        for sentence in bySentence.keys.sorted() {
            let found = bySentence[sentence]!
            guard found.count >= rule.perSentence else { continue }
            findings.append(sentenceFinding(rule, sentence: sentence, at: span(found[0]), spans: found.map(span),
                                            values: ["words": found.map(quoted).joined(separator: ", ")], model: model))
        }
        if findings.isEmpty, hits.count >= rule.perLetter {
            let names = hits.map { "\(quoted($0)) (line \(model.position(of: model.tokens[$0.lowerBound].range.lowerBound).line))" }
            let first = model.tokens[hits[0].lowerBound].sentence
            findings.append(sentenceFinding(rule, sentence: first, at: span(hits[0]), spans: bySentence[first]!.map(span),
                                            values: ["words": names.joined(separator: ", ")], model: model))
        }
        return findings
    }

    // MARK: Findings

    func sentenceFinding(_ rule: ToneRule, sentence index: Int, at place: Range<Int>, spans: [Range<Int>], marks: [Range<Int>] = [],
                         values: [String: String], model: TextModel) -> Finding {
        let range = Self.withoutSalutation(model.sentences[index].range, before: place.lowerBound, bytes: model.bytes)
        let base = range.lowerBound
        let raw = String(decoding: model.bytes[range], as: UTF8.self)
        let relative = spans.map { ($0.lowerBound - base)..<($0.upperBound - base) }
        var rewrite: String?
        switch rule.rewrite {
        case .none: rewrite = nil
        case .split: rewrite = Rewriter.split(raw, at: relative)
        case .replace: rewrite = Rewriter.replace(raw, spans: relative, replacements: rule.replacements, dropping: false)
        case .drop: rewrite = Rewriter.replace(raw, spans: relative, replacements: rule.replacements, dropping: true)
        case .calm: rewrite = Rewriter.calm(raw, words: relative, marks: marks.map { ($0.lowerBound - base)..<($0.upperBound - base) })
        }
        let excerpt = model.text(range)
        if rewrite == excerpt { rewrite = nil }
        let suggestion = rewrite.flatMap { text in rule.suggestion.map { Self.fill($0, ["rewrite": text]) } } ?? rule.fallback.map { Self.fill($0, values) }
        return Finding(rule: rule.rule, severity: rule.severity, message: Self.fill(rule.message, values), range: model.position(of: place),
                       excerpt: excerpt, suggestion: suggestion)
    }

    func documentFinding(_ rule: ToneRule, values: [String: String]) -> Finding {
        Finding(rule: rule.rule, severity: rule.severity, message: Self.fill(rule.message, values), suggestion: rule.fallback.map { Self.fill($0, values) })
    }

    /// `{{name}}` replaced by its value (the parser has checked that every name is known).
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = template
        for (name, value) in values {
            out = out.replacing("{{\(name)}}", with: value)
        }
        return out
    }

    /// Whether `match` counts: a match of one of `conjunctions` only where it joins clauses — first
    /// in its sentence, after a comma, semicolon, colon or dash, or after "and", "but" or "or".
    static func joins(_ match: PhraseMatch, conjunctions: [String], model: TextModel) -> Bool {
        guard !conjunctions.isEmpty, match.tokens.count == 1, conjunctions.contains(model.word(match.tokens.lowerBound)) else { return true }
        let t = match.tokens.lowerBound
        if model.sentences[model.tokens[t].sentence].tokens.lowerBound == t { return true }
        if ["and", "but", "or"].contains(model.word(t - 1)) { return true }
        var i = model.tokens[t].range.lowerBound
        while i > 0, model.bytes[i - 1] == 0x20 || model.bytes[i - 1] == 0x0A || model.bytes[i - 1] == 0x09 { i -= 1 }
        guard i > 0 else { return true }
        let before = model.bytes[i - 1]
        // ",", ";", ":", "-", and the last byte of an en or em dash.
        return before == UInt8(ascii: ",") || before == UInt8(ascii: ";") || before == UInt8(ascii: ":") || before == UInt8(ascii: "-")
            || (i >= 3 && model.bytes[i - 3] == 0xE2 && model.bytes[i - 2] == 0x80 && (before == 0x93 || before == 0x94))
    }

    /// A sentence without the greeting on a line of its own that opens it ("Dear Sam," then a line
    /// break): a greeting and the first sentence after it are read as one sentence, but the rewrite
    /// and the excerpt are about the sentence. Only when the greeting ends before `place`.
    static func withoutSalutation(_ range: Range<Int>, before place: Int, bytes: [UInt8]) -> Range<Int> {
        guard let newline = bytes[range].firstIndex(of: 0x0A), newline < place else { return range }
        var end = newline
        while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        guard end > range.lowerBound, bytes[end - 1] == UInt8(ascii: ","),
              TextModel.words(in: String(decoding: bytes[range.lowerBound..<end], as: UTF8.self)).count <= 4 else { return range }
        var start = newline + 1
        while start < range.upperBound, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x09 { start += 1 }
        return start < place ? start..<range.upperBound : range
    }

    /// Whether UTF-8 `offset` lies between quotation marks on its line: a defined term such as
    /// the “SERVICES” is the other side's word, not shouting.
    static func insideQuotes(_ offset: Int, bytes: [UInt8]) -> Bool {
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        var inside = false
        var i = start
        while i < offset {
            if bytes[i] == 0x22 { inside.toggle() }
            if i + 2 < bytes.count, bytes[i] == 0xE2, bytes[i + 1] == 0x80 {
                if bytes[i + 2] == 0x9C { inside = true }
                if bytes[i + 2] == 0x9D { inside = false }
            }
            i += 1
        }
        return inside
    }
}
