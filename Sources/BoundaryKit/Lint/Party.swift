/// Which side of the contract a party is on, seen from the freelancer.
public enum PartyRole: String, Sendable, Equatable, CaseIterable {
    /// The one who does the work: "Consultant", "Contractor", "Developer", "we".
    case provider
    /// The one who pays: "Client", "Customer", "Company", "you".
    case client
}

extension TextModel {
    /// A defined name of a party ("Consultant" in `Jane Doe ("Consultant")`) and its role.
    public struct Party: Sendable, Equatable {
        /// The name as defined, without quotes: "Service Provider".
        public var name: String
        /// Its normalised words: ["service", "provider"].
        public var words: [String]
        public var role: PartyRole
        /// Where it is defined (the quoted name), as a UTF-8 range in the text.
        public var range: Range<Int>
    }
}

extension TextModel {
    /// Role words when a document does not define its own names.
    static let providerWords: Set<String> = [
        "consultant", "contractor", "independent contractor", "developer", "designer", "service provider", "provider",
        "supplier", "agency", "freelancer", "vendor", "studio", "photographer", "writer", "artist", "creator",
        "we", "us", "our", "ours",
    ]
    static let clientWords: Set<String> = ["client", "customer", "company", "you", "your", "yours", "buyer", "purchaser", "business"]
    /// Client words that give way when the other party is already called "Client" or "Customer".
    static let weakClientWords: Set<String> = ["company", "business"]
    /// Defined terms that are never a party.
    static let notParties: Set<String> = [
        "agreement", "effective date", "party", "parties", "services", "service", "work", "deliverables", "deliverable",
        "term", "fees", "fee", "sow", "statement of work", "contract", "schedule", "exhibit", "project", "confidential information",
        "work product", "territory", "products", "product", "intellectual property", "materials", "affiliate", "affiliates",
    ]

    /// The role of `name` in this document: a defined party's name first ("Acme" when it defines
    /// `Acme Ltd ("Acme")` as the client), then the usual role words. Possessives are ignored:
    /// "Consultant's" is "Consultant".
    public func role(of name: String) -> PartyRole? {
        var words = TextModel.words(in: name)
        if words.count > 1, words.last == "s" { words.removeLast() }
        guard !words.isEmpty else { return nil }
        if let party = parties.first(where: { $0.words == words }) { return party.role }
        let joined = words.joined(separator: " ")
        if Self.providerWords.contains(joined) { return .provider }
        if Self.clientWords.contains(joined) { return .client }
        return nil
    }

    /// The party named at token `index` and how many tokens its name takes, trying defined names
    /// (longest first), then role words.
    public func party(atToken index: Int) -> (role: PartyRole, length: Int)? {
        guard index < tokens.count else { return nil }
        for party in parties.sorted(by: { $0.words.count > $1.words.count }) where index + party.words.count <= tokens.count {
            if (0..<party.words.count).allSatisfy({ word(index + $0) == party.words[$0] }) { return (party.role, party.words.count) }
        }
        if index + 1 < tokens.count {
            let two = word(index) + " " + word(index + 1)
            if Self.providerWords.contains(two) { return (.provider, 2) }
            if Self.clientWords.contains(two) { return (.client, 2) }
        }
        return role(of: word(index)).map { ($0, 1) }
    }

    /// The defined names of a role, in the order they are defined.
    public func parties(_ role: PartyRole) -> [Party] { parties.filter { $0.role == role } }
}

/// Finds quoted defined names — `("Consultant")`, `(the “Client”)`, `hereinafter "Company"`,
/// `hereinafter referred to as the 'Supplier'` — and works out which are the parties and on which side.
struct PartyFinder {
    let model: TextModel

    struct Candidate {
        var name: String
        var words: [String]
        var range: Range<Int>
    }

    func run() -> [TextModel.Party] {
        let candidates = definedTerms()
        var parties: [TextModel.Party] = []
        var unknown: [Candidate] = []
        var weak: [Candidate] = []
        for candidate in candidates {
            let joined = candidate.words.joined(separator: " ")
            if TextModel.notParties.contains(joined) { continue }
            if parties.contains(where: { $0.words == candidate.words }) || weak.contains(where: { $0.words == candidate.words }) { continue }
            let last = candidate.words.last ?? ""
            if TextModel.weakClientWords.contains(joined) || TextModel.weakClientWords.contains(last) {
                weak.append(candidate)
            } else if TextModel.providerWords.contains(joined) || TextModel.providerWords.contains(last) {
                parties.append(TextModel.Party(name: candidate.name, words: candidate.words, role: .provider, range: candidate.range))
            } else if TextModel.clientWords.contains(joined) || TextModel.clientWords.contains(last) {
                parties.append(TextModel.Party(name: candidate.name, words: candidate.words, role: .client, range: candidate.range))
            } else if !unknown.contains(where: { $0.words == candidate.words }), isInPartiesSentence(candidate.range) {
                unknown.append(candidate)
            }
        }
        // "Company": the client, unless the other side is already the client.
        let hasClient = parties.contains { $0.role == .client }
        let hasProvider = parties.contains { $0.role == .provider }
        for candidate in weak {
            let role: PartyRole = hasClient && !hasProvider ? .provider : .client
            parties.append(TextModel.Party(name: candidate.name, words: candidate.words, role: role, range: candidate.range))
        }
        // A party named only by its own name ("Acme") takes the side nobody else holds.
        let roles = Set(parties.map(\.role))
        if roles.count == 1, let other = unknown.first, let taken = roles.first {
            parties.append(TextModel.Party(name: other.name, words: other.words, role: taken == .provider ? .client : .provider, range: other.range))
        }
        return parties.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Quoted names that a parenthesis, "hereinafter", "referred to as" or ", the" introduces.
    func definedTerms() -> [Candidate] {
        let bytes = model.bytes
        var result: [Candidate] = []
        var i = 0
        while i < bytes.count {
            var openWidth = 0
            var closers: [[UInt8]] = []
            if bytes[i] == 0x22 {
                openWidth = 1
                closers = [[0x22], [0xE2, 0x80, 0x9D]]
            } else if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C {
                openWidth = 3
                closers = [[0xE2, 0x80, 0x9D], [0x22]]
            } else if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 {
                openWidth = 3
                closers = [[0xE2, 0x80, 0x99]]
            } else if bytes[i] == 0x27, i > 0, !Tokenizer.isASCIILetter(bytes[i - 1]) {
                openWidth = 1
                closers = [[0x27]]
            } else {
                i += 1
                continue
            }
            let contentStart = i + openWidth
            var j = contentStart
            var contentEnd: Int? = nil
            var closeWidth = 0
            search: while j < bytes.count, j - contentStart <= 48 {
                if bytes[j] == 0x0A && j - contentStart > 0 && bytes[j - 1] == 0x0A { break }
                for closer in closers where bytes[j...].starts(with: closer) {
                    contentEnd = j
                    closeWidth = closer.count
                    break search
                }
                j += 1
            }
            guard let end = contentEnd, end > contentStart else {
                i += openWidth
                continue
            }
            if let candidate = candidate(contentStart..<end, quoteStart: i, after: end + closeWidth) {
                result.append(candidate)
            }
            i = end + closeWidth
        }
        return result
    }

    func candidate(_ content: Range<Int>, quoteStart: Int, after: Int) -> Candidate? {
        let bytes = model.bytes
        var content = content
        // ‘the Client’: the name is "Client".
        if content.count > 4, bytes[content.lowerBound...].starts(with: Array("the ".utf8)) || bytes[content.lowerBound...].starts(with: Array("The ".utf8)) {
            content = (content.lowerBound + 4)..<content.upperBound
        }
        let name = model.text(content)
        let words = TextModel.words(in: name)
        guard !words.isEmpty, words.count <= 4 else { return nil }
        let first = bytes[content.lowerBound]
        let pronoun = ["we", "us", "our", "you", "your"].contains(words.joined(separator: " "))
        guard (first >= 0x41 && first <= 0x5A) || first >= 0x80 || pronoun else { return nil }
        guard isIntroduced(quoteStart: quoteStart) else { return nil }
        return Candidate(name: name, words: words, range: content)
    }

    /// True when a parenthesis, "hereinafter", "referred to as", "called" or ", the" comes just before
    /// the quote (within 60 bytes, on the same line or the one before).
    func isIntroduced(quoteStart: Int) -> Bool {
        let bytes = model.bytes
        var context: [UInt8] = []
        var i = quoteStart - 1
        let lowest = max(0, quoteStart - 60)
        var parenthesis = false, closed = false
        while i >= lowest {
            let b = bytes[i]
            if b == 0x0A, i > 0, bytes[i - 1] == 0x0A { break }
            if b == 0x29 { closed = true }
            if b == 0x28, !closed { parenthesis = true }
            context.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : (b == 0x0A || b == 0x09 ? 0x20 : b))
            i -= 1
        }
        if parenthesis { return true }
        context.reverse()
        func contains(_ word: String) -> Bool {
            let w = Array(word.utf8)
            guard context.count >= w.count else { return false }
            for start in 0...(context.count - w.count) where context[start] == w[0] && context[start..<(start + w.count)].elementsEqual(w) {
                return true
            }
            return false
        }
        while context.last == 0x20 { context.removeLast() }
        func hasSuffix(_ word: String) -> Bool { context.count >= word.utf8.count && context.suffix(word.utf8.count).elementsEqual(word.utf8) }
        return contains("hereinafter") || contains("referred to as") || contains("called") || hasSuffix(", the") || hasSuffix(" as the") || hasSuffix(" as")
    }

    /// A party's definition sits in the sentence that names both sides: "between … and …".
    func isInPartiesSentence(_ range: Range<Int>) -> Bool {
        guard let s = model.sentence(at: range.lowerBound) else { return false }
        let tokens = model.sentences[s].tokens
        let between = Array("between".utf8), among = Array("among".utf8)
        return tokens.contains { t in
            let token = model.tokens[t]
            let word = model.normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)]
            return word.elementsEqual(between) || word.elementsEqual(among)
        }
    }
}
