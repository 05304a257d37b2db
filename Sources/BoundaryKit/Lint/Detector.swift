/// Finds the clause kinds of a library, and their facets, in a contract: every `detect:` signal of
/// every clause file is compiled once into one matcher, run once over the text. Adding a clause
/// variant with its signals teaches the detector too.
public struct Detector: Sendable {
    /// Who holds the right or duty a matched sentence states.
    public enum Holder: String, Sendable, Equatable {
        case provider, client, both
    }

    /// One fired signal.
    public struct Hit: Sendable, Equatable {
        public var kind: String
        /// The risk rule that fired, for a risky term; nil for a clause.
        public var risk: String?
        public var facet: String?
        public var holder: Holder?
        public var range: SourceRange
        /// The sentence that fired, or nil for a heading (then `tokens` are the heading's).
        var sentence: Int?
        var tokens: Range<Int>

        /// The place and its sentence as evidence; built only for the evidence a report keeps.
        public func evidence(in model: TextModel) -> Evidence {
            guard let sentence else { return Evidence(range: range, text: model.text(ofTokens: tokens).onOneLine, facet: facet) }
            // A run-on "sentence" of a PDF conversion can be pages long: keep the words around the match.
            let whole = model.sentences[sentence].tokens
            let shown = max(whole.lowerBound, tokens.lowerBound - 40)..<min(whole.upperBound, tokens.upperBound + 40)
            let text = shown == whole ? model.text(ofSentence: sentence) : model.text(ofTokens: shown)
            return Evidence(range: range, text: (shown.lowerBound > whole.lowerBound ? "… " : "") + text.onOneLine
                + (shown.upperBound < whole.upperBound ? " …" : ""), facet: facet)
        }
    }

    /// What a signal belongs to: a kind of clause (with its facet), or a risk rule.
    struct Source: Sendable {
        var kind: String
        var risk: String?
        var facet: String?
        /// The party a signal requires to hold the right (`actor:` in the file), if any.
        var actor: String?
        /// `days_over:`: the last group's period must be longer than this many days.
        var daysOver: Int? = nil
    }

    /// What makes two signals of a kind the same rule.
    private struct SignalKey: Hashable {
        var kind: String, facet: String, actor: String
        var all: [[String]]
        var within: Int
        var unless: [String]
        var daysOver: Int?
    }

    /// The signals' phrase groups, compiled without their `unless` phrases: those are matched apart
    /// (`cancels`), so that one cancels only the part of a sentence its match lies in.
    let signals: Matcher
    let sources: [Source]
    /// One rule per signal with `unless` phrases; `cancelled[r]` is the signal that rule `r` cancels.
    let cancels: Matcher
    let cancelled: [Int]
    let headings: Matcher
    let headingKinds: [String]
    /// The verbs that follow a sentence's subject, found in one pass like any phrase.
    let verbs: Matcher

    public init(library: ClauseLibrary) throws(MatcherError) {
        var rules: [Matcher.Rule] = [], sources: [Source] = []
        var cancelRules: [Matcher.Rule] = [], cancelled: [Int] = []
        var seen: Set<SignalKey> = []
        var headingRules: [Matcher.Rule] = [], headingKinds: [String] = []
        func add(_ signal: Detection.Signal, kind: String, risk: String?) {
            if !signal.unless.isEmpty {
                cancelRules.append(Matcher.Rule(anyOf: signal.unless))
                cancelled.append(rules.count)
            }
            rules.append(Self.rule(signal))
            sources.append(Source(kind: kind, risk: risk, facet: signal.facet, actor: signal.actor, daysOver: signal.daysOver))
        }
        let ordered = library.orderedClauses
        for kind in library.kinds {
            let clauses = ordered.filter { $0.kind == kind.id }
            for clause in clauses {
                for signal in clause.detection.signals {
                    // Variants of a kind often share signals: compile each once.
                    // A hashable key, not an interpolated string: `\(signal.all)` went through
                    // `Array.description` (debugPrint), a tenth of `boundary lint`'s start-up.
                    let key = SignalKey(kind: kind.id, facet: signal.facet ?? "", actor: signal.actor ?? "", all: signal.all,
                                        within: signal.within, unless: signal.unless, daysOver: signal.daysOver)
                    guard seen.insert(key).inserted else { continue }
                    add(signal, kind: kind.id, risk: nil)
                }
            }
            let phrases = Array(Set(clauses.flatMap(\.detection.headings))).sorted()
            if !phrases.isEmpty {
                headingRules.append(Matcher.Rule(anyOf: phrases))
                headingKinds.append(kind.id)
            }
        }
        for risk in library.risks.values.sorted(by: { $0.id < $1.id }) {
            for signal in risk.detection.signals { add(signal, kind: risk.kind, risk: risk.id) }
        }
        // The signals' matcher is the largest: it is built while the others are.
        let (signals, others) = Parallel.both({ [rules] in Result { () throws(MatcherError) in try Matcher(rules: rules) } }, { [cancelRules, headingRules] in
            Result { () throws(MatcherError) in
                (try Matcher(rules: cancelRules), try Matcher(rules: headingRules), try Matcher(rules: [Matcher.Rule(anyOf: Self.subjectVerbs.sorted())]))
            }
        })
        self.signals = try signals.get()
        (self.cancels, self.headings, self.verbs) = try others.get()
        self.sources = sources
        self.cancelled = cancelled
        self.headingKinds = headingKinds
    }

    /// Every signal that fires in `model`, in document order, and the kinds named by section headings.
    public func hits(in model: TextModel) -> [Hit] {
        var hits: [Hit] = []
        // The signals on one core; on the other, what judges their matches: `unless` phrases, subjects, headings.
        let (matches, (cancelMatches, subjects, headingMatches)) = Parallel.both({ signals.matches(in: model) }, {
            (cancels.matches(in: model), self.subjects(in: model), headings.matches(in: model))
        })
        // Where each signal's `unless` phrases start, in order.
        var cancelAt = [[Int]](repeating: [], count: sources.count)
        for match in cancelMatches { cancelAt[cancelled[match.rule]].append(match.tokens.lowerBound) }
        var breaks: [Int: [(index: Int, kind: Break)]] = [:]
        for match in matches {
            if breaks[match.sentence] == nil { breaks[match.sentence] = Self.breaks(ofSentence: match.sentence, in: model) }
            guard let region = Self.region(of: match, breaks: breaks[match.sentence]!, in: model) else { continue }
            if !cancelAt[match.rule].isEmpty, Self.isCancelled(region, by: cancelAt[match.rule]) { continue }
            let source = sources[match.rule]
            let holder = Self.holder(of: match, in: model, subjects: subjects)
            if let actor = source.actor, !Self.holder(holder, satisfies: actor) { continue }
            if let limit = source.daysOver, let period = match.hits.last, (NumberWords.days(in: model.words(period)) ?? 0) <= limit { continue }
            hits.append(Hit(kind: source.kind, risk: source.risk, facet: source.facet, holder: holder, range: model.position(of: match), sentence: match.sentence, tokens: match.tokens))
        }
        // Heading phrases count only inside a heading: one pass over the text, then keep those hits.
        let titles = model.headings.map(\.tokens).filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        for match in headingMatches {
            let low = titles.partitioningIndex { $0.lowerBound > match.tokens.lowerBound }
            guard low > 0, case let title = titles[low - 1], title.upperBound >= match.tokens.upperBound,
                  match.tokens.lowerBound == title.lowerBound || title.count <= 6 else { continue }
            hits.append(Hit(kind: headingKinds[match.rule], risk: nil, facet: nil, holder: nil, range: model.position(ofTokens: title), sentence: nil, tokens: title))
        }
        return hits.sorted { ($0.range.start, $0.kind) < ($1.range.start, $1.kind) }
    }

    /// A signal as a matcher rule; `days_over: N` becomes one more group, a period of days whose
    /// number (digits, words, or both as in "sixty (60) days") is checked once matched.
    static func rule(_ signal: Detection.Signal) -> Matcher.Rule {
        // Its `unless` phrases are matched apart (`cancels`), to cancel only the part of a sentence the match is in.
        var rule = Matcher.Rule(groups: signal.all, within: signal.within)
        if signal.daysOver != nil { rule.groups.append(NumberWords.periodPhrases) }
        return rule
    }

    /// How a sentence is divided where a token begins. Contracts pack several provisions into one
    /// sentence ("either party may terminate (i) on thirty days' notice, or (ii) at once if the other
    /// party breaches"), and PDF conversions run numbered sections together ("… the Term. 5.3 A Party
    /// may terminate …"), so a signal looks at the part of the sentence it lies in.
    enum Break: Equatable {
        /// A semicolon or colon before the token.
        case semicolon, colon
        /// A list marker: "(a)", "(iv)", "b.", "2)" (see `isListMarker`).
        case item
        /// A section number before a capitalised word ("5.3 A Party …"): a new provision.
        case section
    }

    /// The region of its sentence whose `unless` phrases cancel `match`, or nil when the match runs
    /// across two numbered sections (and so is no match at all).
    ///
    /// The region is the parts that hold the match's phrases (not the sibling items between them),
    /// plus the sentence's lead-in (the text before its first break: "If any of the following occurs:
    /// (a) … (b) …, the Client may terminate" is conditional). A match wholly inside a lead-in that opens
    /// a list ("may terminate this Agreement: (a) if …, (b) if …", "may terminate, (a) in the event …")
    /// is completed by the items, so its region runs to the end of the provision.
    static func region(of match: PhraseMatch, breaks: [(index: Int, kind: Break)], in model: TextModel) -> (lead: Range<Int>, parts: [Range<Int>])? {
        let sentence = model.sentences[match.sentence].tokens
        let low = match.tokens.lowerBound, high = match.tokens.upperBound
        let provision = breaks.last { $0.kind == .section && $0.index <= low }?.index ?? sentence.lowerBound
        let provisionEnd = breaks.first { $0.kind == .section && $0.index > low }?.index ?? sentence.upperBound
        if high > provisionEnd { return nil }
        let inside = breaks.filter { $0.index > provision && $0.index < provisionEnd }
        let leadEnd = inside.first?.index ?? provisionEnd
        let lead = isListMarker(provision, in: model) ? provision..<provision : provision..<leadEnd
        func part(_ hit: Range<Int>) -> (range: Range<Int>, next: Break?) {
            let start = inside.last { $0.index <= hit.lowerBound }?.index ?? provision
            let endBreak = inside.first { $0.index >= hit.upperBound }
            return (start..<(endBreak?.index ?? provisionEnd), endBreak?.kind)
        }
        let parts = match.hits.map(part)
        if let first = parts.first, parts.allSatisfy({ $0.range == first.range }), first.range.lowerBound == provision, first.range.upperBound == leadEnd,
           first.next == .item || first.next == .colon {
            return (lead, [provision..<provisionEnd])
        }
        return (lead, parts.map(\.range))
    }

    /// The breaks of sentence `index`, in order.
    static func breaks(ofSentence index: Int, in model: TextModel) -> [(index: Int, kind: Break)] {
        let tokens = model.sentences[index].tokens
        guard tokens.count > 1 else { return [] }
        return (tokens.lowerBound + 1..<tokens.upperBound).compactMap { i in breakBefore(i, in: model).map { (i, $0) } }
    }

    /// Whether an `unless` phrase, starting at one of `starts` (in order), lies in `match`'s region.
    static func isCancelled(_ region: (lead: Range<Int>, parts: [Range<Int>]), by starts: [Int]) -> Bool {
        func any(in range: Range<Int>) -> Bool {
            let first = starts.partitioningIndex { $0 >= range.lowerBound }
            return first < starts.count && starts[first] < range.upperBound
        }
        return region.parts.contains(where: any(in:)) || (!region.lead.isEmpty && any(in: region.lead))
    }

    static let romanNumerals: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    static let referenceWords: Set<String> = ["section", "sections", "clause", "clauses", "article", "articles", "paragraph", "paragraphs",
                                              "schedule", "exhibit", "annex", "appendix", "and", "or", "to", "of", "in", "under", "with", "see", "per"]

    static let referenceNouns: Set<String> = ["section", "sections", "subsection", "subsections", "clause", "clauses", "subclause", "paragraph",
                                              "paragraphs", "subparagraph", "subparagraphs", "article", "articles", "schedule", "exhibit", "annex",
                                              "appendix", "item", "items"]

    /// The break before token `index` of its sentence, if any.
    static func breakBefore(_ index: Int, in model: TextModel) -> Break? {
        guard index > 0, index < model.tokens.count else { return nil }
        let bytes = model.bytes
        let token = model.tokens[index], previous = model.tokens[index - 1]
        let start = Int(token.start), end = Int(token.end)
        var k = Int(previous.end)
        while k < start {
            // Not the colon of "12:00".
            if bytes[k] == 0x3B { return .semicolon }
            if bytes[k] == 0x3A, !(k + 1 < start && Tokenizer.isDigit(bytes[k + 1])) && !(k + 1 == start && token.isNumeric) { return .colon }
            k += 1
        }
        if token.isNumeric, end - start >= 3, index + 1 < model.tokens.count, model.tokens[index + 1].isCapitalized,
           bytes[start..<end].contains(0x2E), !referenceWords.contains(model.word(index - 1)) {
            return .section
        }
        return isListMarker(index, in: model) ? .item : nil
    }

    /// Whether token `index` is a list marker: "(a)" or "(iv)" after a space, or "b.", "2)", "(3)" after
    /// the end of a clause — not "Section 3(a)", nor "thirty (30) days".
    static func isListMarker(_ index: Int, in model: TextModel) -> Bool {
        let bytes = model.bytes
        let token = model.tokens[index]
        let start = Int(token.start), end = Int(token.end)
        let after: UInt8 = end < bytes.count ? bytes[end] : 0x20
        guard end - start <= 4, after == 0x29 || after == 0x2E else { return false }
        let word = model.word(index)
        guard (word.count == 1 && !token.isNumeric) || romanNumerals.contains(word) || (token.isNumeric && end - start <= 2) else { return false }
        let parenthesised = start > 0 && bytes[start - 1] == 0x28
        if parenthesised, after != 0x29 { return false }
        var b = start - (parenthesised ? 2 : 1)
        while b >= 0, bytes[b] == 0x20 || bytes[b] == 0x0A || bytes[b] == 0x0D || bytes[b] == 0x09 { b -= 1 }
        if b < 0 || bytes[b] == 0x2E || bytes[b] == 0x3B || bytes[b] == 0x3A || bytes[b] == 0x29 || bytes[b] == 0x2C { return true }
        // "(a)" or "(iv)" after a word ("terminable (a) by the Licensor … or (b) by the Licensee"), but not
        // "3(a)", nor a reference ("paragraph (a) above").
        guard parenthesised, !token.isNumeric, b < start - 2, index > 0, !referenceNouns.contains(model.word(index - 1)) else { return false }
        return index + 1 >= model.tokens.count || !["above", "below", "hereof", "hereto", "hereunder", "of"].contains(model.word(index + 1))
    }

    /// Words that follow the subject of a contract sentence: "the Client **may** terminate".
    static let subjectVerbs: Set<String> = ["shall", "will", "may", "must", "can", "cannot", "agrees", "agree", "warrants",
                                            "undertakes", "covenants", "hereby", "should", "acknowledges", "is", "are"]

    /// Every subject of the text: a party named right before a verb ("the Client may", "either
    /// party shall"), as the verb's token and the party's side. "You" and "we" are left out: a
    /// client's contract calls the freelancer "you", a freelancer's own terms call the client so.
    func subjects(in model: TextModel) -> [(verb: Int, holder: Holder)] {
        var subjects: [(verb: Int, holder: Holder)] = []
        // Only a word that can begin a party's name is worth asking about (the question is not cheap).
        let openers = Set(model.parties.compactMap(\.words.first))
            .union(TextModel.providerWords.compactMap { $0.split(separator: " ").first.map(String.init) })
            .union(TextModel.clientWords)
        for match in verbs.matches(in: model) {
            let verb = match.tokens.lowerBound
            let sentenceStart = model.sentences[match.sentence].tokens.lowerBound
            for start in stride(from: verb - 1, through: max(sentenceStart, verb - 4), by: -1) {
                let word = model.word(start)
                if verb - start == 2, ["either", "each", "both"].contains(word), ["party", "parties"].contains(model.word(start + 1)) {
                    subjects.append((verb, .both))
                    break
                }
                if openers.contains(word), !["you", "your", "we", "us", "our"].contains(word), let party = model.party(atToken: start), start + party.length == verb {
                    subjects.append((verb, party.role == .provider ? .provider : .client))
                    break
                }
            }
        }
        return subjects
    }

    /// The party that holds what the match states: the last subject of its sentence ahead of the
    /// phrase of the signal's first group (its verb: "indemnify", "terminate"), within 60 words.
    /// Nil when the sentence has no such subject.
    static func holder(of match: PhraseMatch, in model: TextModel, subjects: [(verb: Int, holder: Holder)]) -> Holder? {
        let end = match.hits.first?.lowerBound ?? match.tokens.lowerBound
        let earliest = max(model.sentences[match.sentence].tokens.lowerBound, end - 60)
        let low = subjects.partitioningIndex { $0.verb > end }
        guard low > 0, subjects[low - 1].verb >= earliest else { return nil }
        return subjects[low - 1].holder
    }

    /// Whether `holder` meets a signal's `actor:`: a client-only right needs the client alone; a
    /// provider's right is met when the provider, or either party, holds it.
    /// When the sentence has no subject Boundary can name, the signal stands.
    static func holder(_ holder: Holder?, satisfies actor: String) -> Bool {
        guard let holder else { return true }
        switch actor {
        case "client": return holder == .client
        case "provider": return holder == .provider || holder == .both
        default: return true
        }
    }
}
