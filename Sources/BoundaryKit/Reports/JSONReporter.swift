/// The report as JSON, in the documented, stable shape of `docs/lint-json.md` (scripts such as
/// `shared/eval/score.py` read it): per document its path, one `clauses` entry per kind of the
/// library with status, facets and evidence, and the findings; then the summary counts.
///
/// Every key is always there: a finding with no kind or no fix, and evidence with no facet, have
/// `null`. A finding about the whole document has line 1, column 1. Keys are sorted, numbers are
/// JSON numbers, and the same report gives the same bytes.
public enum JSONReporter {
    public static func render(_ report: LintReport) -> String {
        let summary = ReportSummary(report)
        let value = JSONValue.object([
            ("documents", .array(report.documents.map { document($0, subject: report.subject) })),
            ("summary", .object([
                ("documents", number(summary.documents)),
                ("errors", number(summary.errors)),
                ("warnings", number(summary.warnings)),
                ("notes", number(summary.notes)),
            ])),
        ])
        return value.pretty() + "\n"
    }

    /// A letter (`boundary tone`) has no `clauses`, and each finding has a `suggestion` (text or null).
    static func document(_ document: DocumentReport, subject: ReportSubject = .contract) -> JSONValue {
        if subject == .letter {
            return .object([
                ("path", .string(document.path)),
                ("findings", .array(document.orderedFindings.map { letterFinding($0) })),
            ])
        }
        return .object([
            ("path", .string(document.path)),
            ("clauses", .array(document.kinds.map(clause))),
            ("findings", .array(document.orderedFindings.map(finding))),
        ])
    }

    static func letterFinding(_ finding: Finding) -> JSONValue {
        guard case .object(var entries) = self.finding(finding) else { return self.finding(finding) }
        entries.append(("sentence", finding.excerpt.map(JSONValue.string) ?? .null))
        entries.append(("suggestion", finding.suggestion.map(JSONValue.string) ?? .null))
        return .object(entries)
    }

    static func clause(_ kind: KindReport) -> JSONValue {
        .object([
            ("kind", .string(kind.kind)),
            ("status", .string(kind.status.rawValue)),
            ("facets", .array(kind.facets.map(JSONValue.string))),
            ("evidence", .array(kind.evidence.map { evidence in
                .object([
                    ("line", number(evidence.range.start.line)),
                    ("column", number(evidence.range.start.column)),
                    ("text", .string(evidence.text)),
                    ("facet", evidence.facet.map(JSONValue.string) ?? .null),
                ])
            })),
        ])
    }

    static func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule)),
            ("kind", finding.kind.map(JSONValue.string) ?? .null),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("line", number(finding.position.line)),
            ("column", number(finding.position.column)),
            ("fix", finding.fix.map { .object([("clause", .string($0))]) } ?? .null),
        ])
    }

    static func number(_ value: Int) -> JSONValue { .number(String(value)) }
}
