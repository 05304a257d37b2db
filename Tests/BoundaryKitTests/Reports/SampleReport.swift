import BoundaryKit
import Foundation

/// A lint report built by hand, the same for every reporter test: two documents, findings of each
/// severity, a finding about the whole document, evidence with and without facets, evidence over
/// two lines and overlapping evidence of two kinds, a path that needs escaping and a contract text
/// with `<script>` in it.
enum SampleReport {
    static let acme = """
    SERVICES AGREEMENT
    This Agreement is made between Acme Corp ("Client") and Jo Rivera ("Consultant").
    1. Services. Consultant will design and build the website described in Schedule A.
    2. Payment. Client shall pay each invoice within 90 days of receipt.
    3. Revisions. Consultant shall provide unlimited revisions until Client is satisfied.
    4. Termination. Either party may terminate this Agreement on 14 days' written notice.
    5. Liability. Neither party is liable for indirect or consequential damages.

    """

    static let studio = """
    Studio Terms — Café Lumière <script>alert("pwned")</script>
    The Designer delivers the brand identity described in the brief.
    The Client pays 50% on signing and the balance on delivery; fees
    are non-refundable once work has started.
    This agreement renews automatically for successive one-year terms.
    The Client may end this agreement if the Designer breaches it.

    """

    static let acmePath = "contracts/acme-services.txt"
    static let studioPath = "contracts/studio terms & café.md"

    static var report: LintReport {
        LintReport(documents: [acmeReport, studioReport])
    }

    static var acmeReport: DocumentReport {
        let text = acme
        return DocumentReport(
            path: acmePath,
            kinds: [
                KindReport(kind: "scope", title: "Scope", status: .present, facets: [], evidence: [
                    Evidence(range: range("Consultant will design and build the website described in Schedule A.", in: text), text: "Consultant will design and build the website described in Schedule A."),
                ]),
                KindReport(kind: "payment", title: "Payment", status: .present, facets: [], evidence: [
                    Evidence(range: range("Client shall pay each invoice within 90 days of receipt.", in: text), text: "Client shall pay each invoice within 90 days of receipt."),
                ]),
                KindReport(kind: "termination", title: "Termination", status: .present, facets: ["convenience"], evidence: [
                    Evidence(range: range("Either party may terminate this Agreement on 14 days' written notice.", in: text), text: "Either party may terminate this Agreement on 14 days' written notice.", facet: "convenience"),
                ]),
                KindReport(kind: "liability-cap", title: "Liability cap", status: .partial, facets: ["exclusion"], evidence: [
                    Evidence(range: range("Neither party is liable for indirect or consequential damages.", in: text), text: "Neither party is liable for indirect or consequential damages.", facet: "exclusion"),
                ]),
                KindReport(kind: "refund", title: "Refund", status: .missing, facets: [], evidence: []),
                KindReport(kind: "ip-transfer", title: "Transfer of rights", status: .missing, facets: [], evidence: []),
                KindReport(kind: "governing-law", title: "Governing law", status: .missing, facets: [], evidence: []),
            ],
            findings: [
                // Given out of order on purpose: the reporters sort.
                Finding(rule: "risk.unlimited-revisions", kind: "revisions", severity: .error,
                        message: "Unlimited revisions let the client ask for changes for ever at no extra fee.",
                        range: range("unlimited revisions until Client is satisfied", in: text),
                        excerpt: "Consultant shall provide unlimited revisions until Client is satisfied.", fix: "revisions-rounds@1"),
                Finding(rule: "missing.refund", kind: "refund", severity: .error,
                        message: "No refund clause: if the client ends early, nothing says what you keep for the work done.",
                        fix: "refund-pro-rata@1"),
                Finding(rule: "partial.liability-cap", kind: "liability-cap", severity: .warning,
                        message: "Indirect damages are excluded, but nothing caps the rest of your liability.",
                        range: range("Neither party is liable for indirect or consequential damages.", in: text),
                        fix: "liability-cap-fees@1"),
                Finding(rule: "missing.ip-transfer", kind: "ip-transfer", severity: .error,
                        message: "Nothing ties the transfer of rights to payment, so the client may own work it never paid for.",
                        fix: "ip-on-payment@2"),
                Finding(rule: "risk.payment-over-45-days", kind: "payment", severity: .warning,
                        message: "Payment 90 days after the invoice means you finance the client for three months.",
                        range: range("within 90 days of receipt", in: text), fix: "payment-net-14@1"),
            ],
            text: text)
    }

    static var studioReport: DocumentReport {
        let text = studio
        let payment = "The Client pays 50% on signing and the balance on delivery; fees\nare non-refundable once work has started."
        return DocumentReport(
            path: studioPath,
            kinds: [
                KindReport(kind: "scope", title: "Scope", status: .present, facets: [], evidence: [
                    Evidence(range: range("The Designer delivers the brand identity described in the brief.", in: text), text: "The Designer delivers the brand identity described in the brief."),
                ]),
                KindReport(kind: "payment", title: "Payment", status: .present, facets: [], evidence: [
                    Evidence(range: range(payment, in: text), text: payment),
                ]),
                KindReport(kind: "termination", title: "Termination", status: .partial, facets: ["cause"], evidence: [
                    Evidence(range: range("The Client may end this agreement if the Designer breaches it.", in: text), text: "The Client may end this agreement if the Designer breaches it.", facet: "cause"),
                ]),
                KindReport(kind: "liability-cap", title: "Liability cap", status: .missing, facets: [], evidence: []),
                KindReport(kind: "refund", title: "Refund", status: .partial, facets: ["deposit"], evidence: [
                    Evidence(range: range("fees\nare non-refundable once work has started.", in: text), text: "fees are non-refundable once work has started.", facet: "deposit"),
                ]),
                KindReport(kind: "ip-transfer", title: "Transfer of rights", status: .missing, facets: [], evidence: []),
                KindReport(kind: "governing-law", title: "Governing law", status: .missing, facets: [], evidence: []),
            ],
            findings: [
                Finding(rule: "risk.auto-renewal", kind: nil, severity: .note,
                        message: "The agreement renews by itself, so a price or scope you meant to revisit carries on unchanged.",
                        range: range("renews automatically", in: text)),
                Finding(rule: "partial.termination", kind: "termination", severity: .error,
                        message: "Only the client may end the agreement, and only for breach: you cannot leave a project that goes wrong.",
                        range: range("The Client may end this agreement if the Designer breaches it.", in: text), fix: "termination-convenience@1"),
                Finding(rule: "missing.liability-cap", kind: "liability-cap", severity: .warning,
                        message: "No cap on liability: one claim could cost you more than the whole fee.",
                        fix: "liability-cap-fees@1"),
            ],
            text: text)
    }

    /// Where `needle` first occurs in `text`, as 1-based line and column in Unicode scalars, the end
    /// just past it.
    static func range(_ needle: String, in text: String) -> SourceRange {
        guard let found = text.range(of: needle) else { fatalError("not in the sample: \(needle)") }
        return SourceRange(start: position(found.lowerBound, in: text), end: position(found.upperBound, in: text))
    }

    static func position(_ index: String.Index, in text: String) -> SourcePosition {
        var line = 1, column = 1
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }
}

/// Expected outputs in `Fixtures/reports/`. `BOUNDARY_UPDATE_GOLDEN=1 swift test` rewrites them;
/// read the diff before committing.
enum ReportGolden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reports")

    static func expected(_ name: String, actual: String) throws -> String {
        let file = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["BOUNDARY_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
        }
        return try String(contentsOf: file, encoding: .utf8)
    }
}
