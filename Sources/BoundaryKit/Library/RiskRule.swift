/// A term in a client's contract that puts the provider at risk, from `Clauses/risks/<id>.md`: how
/// `boundary lint` finds it, how much it matters, why, and the library clause to propose instead.
public struct RiskRule: Sendable, Equatable, Identifiable {
    /// Stable id, the file's name: `pay-when-paid`.
    public var id: String
    public var version: Int
    /// The clause kind the term undermines (a kind of `kinds.md`).
    public var kind: String
    public var severity: Severity
    /// Short title, for lists and the HTML report.
    public var title: String
    /// One plain sentence, from the provider's side: what the term does and why it hurts.
    public var message: String
    /// The id of the library clause to propose instead.
    public var fix: String
    /// How the term is recognised: signals only (a risk has no headings or facets).
    public var detection: Detection
    /// Texts that contain the term (`isPresent`) and near misses that must not trigger it.
    public var examples: [ClauseExample]
    /// The Markdown after the header: why it matters and what to ask for instead. May be empty.
    public var explanation: String
    public var file: String
    /// The line of each header key, for messages about the rule as a whole.
    public var keyLines: [String: Int]

    func line(of key: String) -> Int { keyLines[key] ?? 2 }

    /// `risk.<id>`, the rule of its findings.
    public var rule: String { "risk.\(id)" }
}
