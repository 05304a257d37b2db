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
            if TextModel.notParties.contains(joined) || TextModel.notPartyEndings.contains(candidate.words.last ?? "") { continue }
            if parties.contains(where: { $0.words == candidate.words }) || weak.contains(where: { $0.words == candidate.words }) { continue }
            // The last word names the role ("Independent Contractor"), unless it is a pronoun ("Roche US").
            var last = candidate.words.last ?? ""
            if candidate.words.count > 1, TextModel.pronouns.contains(last) { last = "" }
            if TextModel.weakClientWords.contains(joined) || TextModel.weakClientWords.contains(last) {
                weak.append(candidate)
            } else if TextModel.providerWords.contains(joined) || TextModel.providerWords.contains(last) {
                parties.append(TextModel.Party(name: candidate.name, words: candidate.words, role: .provider, range: candidate.range))
            } else if TextModel.clientWords.contains(joined) || TextModel.clientWords.contains(last) {
                parties.append(TextModel.Party(name: candidate.name, words: candidate.words, role: .client, range: candidate.range))
            } else if !unknown.contains(where: { $0.words == candidate.words }) {
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
        // A party named only by its own name ("Acme") takes the side nobody else holds, when it is
        // defined in the sentence that defines the other party or that names both ("between … and …").
        let roles = Set(parties.map(\.role))
        if roles.count == 1, let taken = roles.first {
            let known = Set(parties.compactMap { model.sentence(at: $0.range.lowerBound) })
            if let other = unknown.first(where: { candidate in
                model.sentence(at: candidate.range.lowerBound).map(known.contains) == true || isInPartiesSentence(candidate.range)
            }) {
                parties.append(TextModel.Party(name: other.name, words: other.words, role: taken == .provider ? .client : .provider, range: other.range))
            }
        }
        return parties.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Quoted names that a parenthesis, "hereinafter", "referred to as" or ", the" introduces.
    func definedTerms() -> [Candidate] {
        let bytes = model.bytes
        let count = bytes.count
        var result: [Candidate] = []
        var i = 0
        while i < count {
            let b = bytes[i]
            // The opening quote, and the closing quotes that may end it: " “ ‘ or ' after a non-letter.
            var openWidth = 0
            var closeDouble = false, closeSingleCurly = false, closeApostrophe = false
            if b == 0x22 {
                openWidth = 1
                closeDouble = true
            } else if b == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C {
                openWidth = 3
                closeDouble = true
            } else if b == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 {
                openWidth = 3
                closeSingleCurly = true
            } else if b == 0x27, i > 0, !Tokenizer.isASCIILetter(bytes[i - 1]), !Tokenizer.isDigit(bytes[i - 1]) {
                openWidth = 1
                closeApostrophe = true
            } else {
                i += 1
                continue
            }
            let contentStart = i + openWidth
            var j = contentStart
            var contentEnd = -1, closeWidth = 0
            let limit = min(count, contentStart + 48)
            while j < limit {
                let c = bytes[j]
                if c == 0x0A, j > contentStart, bytes[j - 1] == 0x0A { break }
                if closeDouble, c == 0x22 { contentEnd = j; closeWidth = 1; break }
                if closeApostrophe, c == 0x27 { contentEnd = j; closeWidth = 1; break }
                if c == 0xE2, j + 2 < count, bytes[j + 1] == 0x80 {
                    if closeDouble, bytes[j + 2] == 0x9D { contentEnd = j; closeWidth = 3; break }
                    if closeSingleCurly, bytes[j + 2] == 0x99 { contentEnd = j; closeWidth = 3; break }
                }
                j += 1
            }
            guard contentEnd > contentStart else {
                i += openWidth
                continue
            }
            if let candidate = candidate(contentStart..<contentEnd, quoteStart: i, after: contentEnd + closeWidth) {
                result.append(candidate)
            }
            i = contentEnd + closeWidth
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
        // "Client," with the comma inside the quotes (American style): the name is "Client".
        while content.count > 1, [0x2C, 0x3B, 0x3A, 0x2E, 0x20].contains(bytes[content.upperBound - 1]) {
            content = content.lowerBound..<(content.upperBound - 1)
        }
        let first = bytes[content.lowerBound]
        guard (first >= 0x41 && first <= 0x5A) || first >= 0x80 || first == 0x77 || first == 0x79 || first == 0x75 || first == 0x6F else { return nil }
        guard isIntroduced(quoteStart: quoteStart) else { return nil }
        let name = model.text(content)
        let words = TextModel.words(in: name)
        guard !words.isEmpty, words.count <= 4 else { return nil }
        let pronoun = ["we", "us", "our", "you", "your"].contains(words.joined(separator: " "))
        guard (first >= 0x41 && first <= 0x5A) || first >= 0x80 || pronoun else { return nil }
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
