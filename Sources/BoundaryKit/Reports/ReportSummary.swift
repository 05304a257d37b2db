/// The closing count of a report: how many documents, and how many findings of each severity.
public struct ReportSummary: Sendable, Equatable, CustomStringConvertible {
    public var documents: Int
    public var errors: Int
    public var warnings: Int
    public var notes: Int

    public init(_ report: LintReport) {
        let counts = report.counts
        documents = report.documents.count
        errors = counts[.error] ?? 0
        warnings = counts[.warning] ?? 0
        notes = counts[.note] ?? 0
    }

    /// `2 errors, 3 warnings, 1 note in 2 documents`.
    public var description: String {
        "\(Self.counted(errors, "error")), \(Self.counted(warnings, "warning")), \(Self.counted(notes, "note")) in \(Self.counted(documents, "document"))"
    }

    /// `1 error`, `0 errors`, `2 errors`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    static func counted(_ count: Int, _ severity: Severity) -> String {
        counted(count, severity.rawValue)
    }
}
