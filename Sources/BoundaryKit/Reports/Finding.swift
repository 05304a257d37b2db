/// How much a finding matters to the provider, from least to most.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case note, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One thing `boundary lint` or `boundary tone` reports: what is missing or risky, where, why it
/// matters, and what to use instead. Every reporter (text, JSON, SARIF, HTML) reads this one value.
public struct Finding: Sendable, Equatable {
    /// Stable rule id: `missing.<kind>`, `partial.<kind>`, `risk.<id>`, `tone.<id>`.
    public var rule: String
    /// The clause kind it concerns, if any.
    public var kind: String?
    public var severity: Severity
    /// One plain sentence: what is missing or risky, and why it matters to a provider.
    public var message: String
    /// Where in the original document; nil for the document as a whole (a missing clause).
    public var range: SourceRange?
    /// The sentence the finding is about, as written.
    public var excerpt: String?
    /// The library clause to add or use instead, as `id@version`.
    public var fix: String?
    /// What to write instead (`boundary tone`): the sentence rewritten, or advice for the letter as a whole.
    public var suggestion: String?

    public init(rule: String, kind: String? = nil, severity: Severity, message: String, range: SourceRange? = nil, excerpt: String? = nil, fix: String? = nil,
                suggestion: String? = nil) {
        self.rule = rule
        self.kind = kind
        self.severity = severity
        self.message = message
        self.range = range
        self.excerpt = excerpt
        self.fix = fix
        self.suggestion = suggestion
    }

    /// Line and column for display; a finding about the whole document points at its start.
    public var position: SourcePosition { range?.start ?? SourcePosition(line: 1, column: 1) }
}
