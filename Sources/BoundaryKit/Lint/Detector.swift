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
            Evidence(range: range, text: Detector.clean(sentence.map(model.text(ofSentence:)) ?? model.text(ofTokens: tokens)), facet: facet)
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

    let signals: Matcher
    let sources: [Source]
    let headings: Matcher
    let headingKinds: [String]
    /// The verbs that follow a sentence's subject, found in one pass like any phrase.
    let verbs: Matcher

    public init(library: ClauseLibrary) throws(MatcherError) {
        var rules: [Matcher.Rule] = [], sources: [Source] = []
        var seen: Set<String> = []
        var headingRules: [Matcher.Rule] = [], headingKinds: [String] = []
        let ordered = library.orderedClauses
        for kind in library.kinds {
            let clauses = ordered.filter { $0.kind == kind.id }
            for clause in clauses {
                for signal in clause.detection.signals {
                    // Variants of a kind often share signals: compile each once.
                    let key = "\(kind.id)|\(signal.facet ?? "")|\(signal.actor ?? "")|\(signal.all)|\(signal.within)|\(signal.unless)"
                    guard seen.insert(key).inserted else { continue }
                    rules.append(Self.rule(signal))
                    sources.append(Source(kind: kind.id, risk: nil, facet: signal.facet, actor: signal.actor, daysOver: signal.daysOver))
                }
            }
            let phrases = Array(Set(clauses.flatMap(\.detection.headings))).sorted()
            if !phrases.isEmpty {
                headingRules.append(Matcher.Rule(anyOf: phrases))
                headingKinds.append(kind.id)
            }
        }
        for risk in library.risks.values.sorted(by: { $0.id < $1.id }) {
            for signal in risk.detection.signals {
                rules.append(Self.rule(signal))
                sources.append(Source(kind: risk.kind, risk: risk.id, facet: nil, actor: signal.actor, daysOver: signal.daysOver))
            }
        }
        self.signals = try Matcher(rules: rules)
        self.sources = sources
        self.headings = try Matcher(rules: headingRules)
        self.headingKinds = headingKinds
        self.verbs = try Matcher(rules: [Matcher.Rule(anyOf: Self.subjectVerbs.sorted())])
    }

    /// Every signal that fires in `model`, in document order, and the kinds named by section headings.
    public func hits(in model: TextModel) -> [Hit] {
        var hits: [Hit] = []
        let matches = signals.matches(in: model)
        let subjects = matches.isEmpty ? [] : self.subjects(in: model)
        for match in matches {
            let source = sources[match.rule]
            let holder = Self.holder(of: match, in: model, subjects: subjects)
            if let actor = source.actor, !Self.holder(holder, satisfies: actor) { continue }
            if let limit = source.daysOver, let period = match.hits.last, (NumberWords.days(in: model.words(period)) ?? 0) <= limit { continue }
            hits.append(Hit(kind: source.kind, risk: source.risk, facet: source.facet, holder: holder, range: model.position(of: match), sentence: match.sentence, tokens: match.tokens))
        }
        // Heading phrases count only inside a heading: one pass over the text, then keep those hits.
        let titles = model.headings.map(\.tokens).filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        for match in headings.matches(in: model) {
            var low = 0, high = titles.count
            while low < high {
                let middle = (low + high) / 2
                if titles[middle].lowerBound <= match.tokens.lowerBound { low = middle + 1 } else { high = middle }
            }
            guard low > 0, case let title = titles[low - 1], title.upperBound >= match.tokens.upperBound,
                  match.tokens.lowerBound == title.lowerBound || title.count <= 6 else { continue }
            hits.append(Hit(kind: headingKinds[match.rule], risk: nil, facet: nil, holder: nil, range: model.position(ofTokens: title), sentence: nil, tokens: title))
        }
        return hits.sorted { ($0.range.start, $0.kind) < ($1.range.start, $1.kind) }
    }

    /// A signal as a matcher rule; `days_over: N` becomes one more group, a period of days whose
    /// number (digits, words, or both as in "sixty (60) days") is checked once matched.
    static func rule(_ signal: Detection.Signal) -> Matcher.Rule {
        var rule = Matcher.Rule(signal)
        if signal.daysOver != nil { rule.groups.append(NumberWords.periodPhrases) }
        return rule
    }

    /// The sentence on one line, without the line breaks and runs of spaces of the original.
    static func clean(_ text: String) -> String {
        var out = "", space = false
        for character in text {
            if character == " " || character == "\n" || character == "\t" || character == "\r" {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                out.append(character)
                space = false
            }
        }
        return out
    }

    /// Words that follow the subject of a contract sentence: "the Client **may** terminate".
    static let subjectVerbs: Set<String> = ["shall", "will", "may", "must", "can", "cannot", "agrees", "agree", "warrants",
                                            "undertakes", "covenants", "hereby", "should", "acknowledges", "is", "are"]

    /// Every subject of the text: a party named right before a verb ("the Client may", "either
    /// party shall"), as the verb's token and the party's side. "You" and "we" are left out: a
    /// client's contract calls the freelancer "you", a freelancer's own terms call the client so.
    func subjects(in model: TextModel) -> [(verb: Int, holder: Holder)] {
        var subjects: [(verb: Int, holder: Holder)] = []
        for match in verbs.matches(in: model) {
            let verb = match.tokens.lowerBound
            let sentenceStart = model.sentences[match.sentence].tokens.lowerBound
            for start in stride(from: verb - 1, through: max(sentenceStart, verb - 4), by: -1) {
                let word = model.word(start)
                if verb - start == 2, ["either", "each", "both"].contains(word), ["party", "parties"].contains(model.word(start + 1)) {
                    subjects.append((verb, .both))
                    break
                }
                if !["you", "your", "we", "us", "our"].contains(word), let party = model.party(atToken: start), start + party.length == verb {
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
        var low = 0, high = subjects.count
        while low < high {
            let middle = (low + high) / 2
            if subjects[middle].verb < end { low = middle + 1 } else { high = middle }
        }
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
