/// Reads and checks an agreement from its tree of values. Every problem is collected, so the user
/// sees them all at once, each at its `file:line`.
public enum AgreementReader {
    static let keys = ["preset", "title", "project", "currency", "start", "end", "governing_law", "provider", "client",
                       "scope", "exclusions", "deliverables", "fee", "milestones", "terms", "clauses", "add", "omit"]

    public static func read(_ node: Node, library: ClauseLibrary) -> Result<Agreement, Diagnostics> {
        var reader = MapReader(node, what: "the agreement")
        var preset: Preset?
        if let id = reader.text("preset"), let at = reader.node("preset") {
            preset = library.presets[id]
            if preset == nil {
                let hint = Spelling.suggestion(for: id, among: library.presets.keys.sorted()).map { "did you mean `\($0)`?" }
                reader.report(at, "unknown preset `\(id)`", fix: hint ?? "`boundary presets` lists them")
            }
        }
        let title = reader.text("title") ?? preset?.agreementTitle ?? "Services Agreement"
        let project = reader.text("project", required: true) ?? ""
        let currency = value(reader.text("currency", required: true), at: reader.node("currency"), into: &reader) { text throws(ValueError) in
            try Currency(code: text)
        }
        let start = value(reader.text("start", required: true), at: reader.node("start"), into: &reader, CivilDate.parse)
        let end = value(reader.text("end"), at: reader.node("end"), into: &reader, CivilDate.parse)
        if let start, let end, end < start, let at = reader.node("end") {
            reader.report(at, "the end date \(end.iso) is before the start date \(start.iso)", fix: "correct `start` or `end`")
        }
        let governingLaw = reader.text("governing_law")
        let provider = party("provider", &reader)
        let client = party("client", &reader)
        let scope = reader.textList("scope"), exclusions = reader.textList("exclusions"), deliverables = reader.textList("deliverables")

        var total: Money?, deposit: Money?, depositPercent: Percent?
        if let feeNode = reader.node("fee") {
            var fee = MapReader(feeNode, what: "`fee`")
            if let currency {
                total = value(fee.text("total", required: true), at: fee.node("total"), into: &fee) { text throws(ValueError) in
                    try Money.parse(text, currency: currency)
                }
                if let text = fee.text("deposit"), let at = fee.node("deposit"), let total {
                    (deposit, depositPercent) = readDeposit(text, at: at, total: total, into: &fee)
                }
            }
            reader.report(fee.finish(known: ["total", "deposit"]))
        } else {
            reader.report(node.line, "missing `fee`", fix: "add `fee:` with `total:` (and `deposit:` if one is due)")
        }
        var milestones: [Milestone] = []
        if let list = reader.node("milestones"), let total, let currency {
            milestones = MilestoneReader.read(list, total: total, currency: currency, start: start, end: end, into: &reader)
        }
        let terms = mapEntries(reader.node("terms"), what: "`terms`", into: &reader)
        let clauseChoices = mapEntries(reader.node("clauses"), what: "`clauses`", into: &reader)
        let added = listItems(reader.node("add"), key: "add", into: &reader)
        let omitted = listItems(reader.node("omit"), key: "omit", into: &reader)
        let diagnostics = reader.finish(known: keys)

        guard diagnostics.isEmpty, let currency, let start, let total, let provider, let client else {
            return .failure(Diagnostics(diagnostics.sorted()))
        }
        return .success(Agreement(preset: preset, title: title, project: project, currency: currency, start: start, end: end,
                                  governingLaw: governingLaw, provider: provider, client: client, scope: scope,
                                  exclusions: exclusions, deliverables: deliverables, total: total, deposit: deposit,
                                  depositPercent: depositPercent, milestones: milestones, terms: terms,
                                  clauseChoices: clauseChoices, added: added, omitted: omitted))
    }

    /// Parses `text` with `parse`, reporting a failure at `node`.
    static func value<T>(_ text: String?, at node: Node?, into reader: inout MapReader, _ parse: (String) throws(ValueError) -> T) -> T? {
        guard let text, let node else { return nil }
        do { return try parse(text) } catch {
            reader.report(node, error.message)
            return nil
        }
    }

    private static func party(_ key: String, _ reader: inout MapReader) -> Party? {
        guard let node = reader.node(key) else {
            reader.report(reader.node.line, "missing `\(key)`", fix: "add `\(key):` with `name:` (and `address:`, `email:`)")
            return nil
        }
        var party = MapReader(node, what: "`\(key)`")
        let name = party.text("name", required: true)
        let address = party.text("address"), email = party.text("email")
        if let email, !email.contains("@"), let at = party.node("email") {
            party.report(at, "`\(key).email` `\(email)` is not an e-mail address")
        }
        reader.report(party.finish(known: ["name", "address", "email"]))
        return name.map { Party(name: $0, address: address, email: email) }
    }

    private static func readDeposit(_ text: String, at node: Node, total: Money, into reader: inout MapReader) -> (Money?, Percent?) {
        if text.hasSuffix("%") {
            guard let percent = value(text, at: node, into: &reader, Percent.parse) else { return (nil, nil) }
            guard percent <= Percent.hundred else {
                reader.report(node, "the deposit is \(percent.formatted) of the fee; it cannot be more than 100%")
                return (nil, nil)
            }
            return (total.share(percent), percent)
        }
        guard let amount = value(text, at: node, into: &reader, { text throws(ValueError) in try Money.parse(text, currency: total.currency) }) else {
            return (nil, nil)
        }
        guard amount <= total else {
            reader.report(node, "the deposit \(amount.formatted) is more than the total fee \(total.formatted)", fix: "lower the deposit, or give it as a percent such as 30%")
            return (nil, nil)
        }
        return (amount, nil)
    }

    private static func mapEntries(_ node: Node?, what: String, into reader: inout MapReader) -> [String: Node] {
        guard let node, node.scalar != "" else { return [:] }
        guard case .map(let entries) = node.value else {
            reader.report(node, "\(what) must be a set of `key: value` lines, found \(node.shapeName)")
            return [:]
        }
        return Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    private static func listItems(_ node: Node?, key: String, into reader: inout MapReader) -> [Node] {
        guard let node, node.scalar != "" else { return [] }
        guard case .list(let items) = node.value, items.allSatisfy({ $0.scalar != nil }) else {
            reader.report(node, "`\(key)` must be a list of clause ids or kinds, like `\(key): [kill-fee.standard]`")
            return []
        }
        return items
    }
}
