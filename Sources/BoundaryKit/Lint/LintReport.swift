/// Whether a contract has a kind of clause.
public enum ClauseStatus: String, Sendable, Equatable, CaseIterable {
    /// The clause is there with the facets the policy asks for.
    case present
    /// The kind is there, but a facet the provider needs is not (termination only for cause, say).
    case partial
    case missing
}

/// A place in the contract that shows a clause (or a facet of it).
public struct Evidence: Sendable, Equatable {
    public var range: SourceRange
    /// The sentence, as written in the document.
    public var text: String
    public var facet: String?

    public init(range: SourceRange, text: String, facet: String? = nil) {
        self.range = range
        self.text = text
        self.facet = facet
    }
}

/// What was found for one kind of clause in one document.
public struct KindReport: Sendable, Equatable {
    public var kind: String
    public var title: String
    public var status: ClauseStatus
    /// The facets found, sorted.
    public var facets: [String]
    public var evidence: [Evidence]

    public init(kind: String, title: String, status: ClauseStatus, facets: [String], evidence: [Evidence]) {
        self.kind = kind
        self.title = title
        self.status = status
        self.facets = facets
        self.evidence = evidence
    }
}

/// The lint of one document: every kind of the library in its order, and the findings by position.
public struct DocumentReport: Sendable, Equatable {
    public var path: String
    public var kinds: [KindReport]
    public var findings: [Finding]
    /// The document's text as the user wrote it (after extraction), for reports that show it.
    public var text: String

    public init(path: String, kinds: [KindReport], findings: [Finding], text: String) {
        self.path = path
        self.kinds = kinds
        self.findings = findings
        self.text = text
    }
}

/// What a report is about, for the words its reporters use: the contracts `boundary lint` reviews,
/// or the letters `boundary tone` checks (no clause kinds; findings may carry a suggestion).
public enum ReportSubject: String, Sendable, Equatable {
    case contract, letter
}

/// The lint of every document given, in the order given.
public struct LintReport: Sendable, Equatable {
    public var documents: [DocumentReport]
    public var subject: ReportSubject

    public init(documents: [DocumentReport], subject: ReportSubject = .contract) {
        self.documents = documents
        self.subject = subject
    }

    /// How many findings of each severity, over every document.
    public var counts: [Severity: Int] {
        var counts: [Severity: Int] = [:]
        for finding in documents.flatMap(\.findings) { counts[finding.severity, default: 0] += 1 }
        return counts
    }

    /// Whether a finding is at or above `threshold` (for the exit status).
    public func hasFinding(atLeast threshold: Severity) -> Bool {
        documents.contains { $0.findings.contains { $0.severity >= threshold } }
    }
}
