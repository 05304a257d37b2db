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
    static let pronouns: Set<String> = ["we", "us", "our", "ours", "you", "your", "yours"]
    /// Last words of defined terms that name a document, a date or a thing, never a party.
    static let notPartyEndings: Set<String> = [
        "agreement", "agreements", "contract", "date", "plan", "schedule", "exhibit", "act", "law", "code", "policy", "period",
        "term", "notice", "information", "amendment", "addendum", "order", "orders", "fee", "fees", "price", "services",
        "products", "property", "rights", "materials", "data", "territory", "software", "documentation", "specifications",
    ]

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
        var best: (role: PartyRole, length: Int)?
        for party in parties where index + party.words.count <= tokens.count && party.words.count > (best?.length ?? 0) {
            if (0..<party.words.count).allSatisfy({ word(index + $0) == party.words[$0] }) { best = (party.role, party.words.count) }
        }
        if let best { return best }
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
