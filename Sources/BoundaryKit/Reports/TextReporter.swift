/// The report for a terminal or a log: per document, a header line with the path, one
/// `path:line:col: severity: message [rule]` line per finding (with an indented `fix:` line when the
/// library has a clause to propose, and a `suggestion:` line when there is a rewrite), then the table
/// of clause kinds when the document has any; a summary line closes it.
///
/// A finding about the whole document (a missing clause) points at `1:1`, so editors can still jump
/// to it. Control characters in paths and messages are neutralised, so a hostile file name cannot
/// drive the terminal.
public enum TextReporter {
    public static func render(_ report: LintReport, colour: Bool) -> String {
        let style = TerminalStyle(enabled: colour)
        var lines: [String] = []
        for document in report.documents {
            let path = printable(document.path)
            lines.append(style.bold(path))
            let findings = document.orderedFindings
            if findings.isEmpty { lines.append("no findings") }
            for finding in findings {
                let at = finding.position
                lines.append("\(path):\(at.line):\(at.column): \(style.severity(finding.severity)): \(printable(finding.message)) [\(printable(finding.rule))]")
                if let fix = finding.fix { lines.append("  fix: use \(printable(fix))") }
                if let suggestion = finding.suggestion { lines.append("  suggestion: \(printable(suggestion))") }
            }
            if !document.kinds.isEmpty {
                lines.append("")
                lines += kindTable(document.kinds, style: style)
            }
            lines.append("")
        }
        lines.append(ReportSummary(report).description)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `kind  status  facets`, aligned; padding is computed on the plain words, so colour codes do
    /// not break the columns.
    static func kindTable(_ kinds: [KindReport], style: TerminalStyle) -> [String] {
        let rows = kinds.map { (kind: printable($0.kind), status: $0.status, facets: $0.facets.isEmpty ? "-" : printable($0.facets.joined(separator: ", "))) }
        let kindWidth = max("kind".count, rows.map(\.kind.count).max() ?? 0)
        let statusWidth = max("status".count, ClauseStatus.allCases.map(\.rawValue.count).max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) }
        var lines = ["  " + "kind" + pad("kind", kindWidth) + "  " + "status" + pad("status", statusWidth) + "  facets"]
        for row in rows {
            lines.append("  " + row.kind + pad(row.kind, kindWidth) + "  " + style.status(row.status) + pad(row.status.rawValue, statusWidth) + "  " + row.facets)
        }
        return lines
    }

    /// The text on one line, with no control characters: line breaks and tabs become spaces, any
    /// other control character (an escape sequence, say) becomes U+FFFD.
    static func printable(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

/// ANSI SGR colours for the severity words, the statuses and the document headers; nothing at all
/// when colour is off.
struct TerminalStyle {
    var enabled: Bool

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: wrap("error", "1;31")
        case .warning: wrap("warning", "1;33")
        case .note: wrap("note", "1;36")
        }
    }

    func status(_ status: ClauseStatus) -> String {
        switch status {
        case .present: wrap("present", "32")
        case .partial: wrap("partial", "33")
        case .missing: wrap("missing", "31")
        }
    }
}
