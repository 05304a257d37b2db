/// The report as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), so CI systems
/// and code scanning show the findings on the contract: one run, the `boundary` driver with a rule
/// for each rule id used, one result per finding.
///
/// - Columns count Unicode scalars, as everywhere in Boundary, so the run says
///   `columnKind: unicodeCodePoints`.
/// - A finding about the whole document (a missing clause) has the region `startLine: 1` only.
/// - SARIF's `fixes` describe text replacements; a library clause is a proposal, not an edit, so the
///   clause to propose goes in the result's `properties.fix` (and the kind in `properties.kind`).
/// - Each document linted is listed in `artifacts`, with or without findings.
/// - A tone finding's suggestion (a rewritten sentence, not an edit of exact bytes) is added to the
///   message text after "Suggestion:" and kept alone in `properties.suggestion`.
public enum SARIFReporter {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    /// - Parameters:
    ///   - toolVersion: `tool.driver.version`, e.g. `BoundaryKitVersion.string`.
    ///   - ruleDescriptions: a short description per rule id (from the risk rules, say); a rule not
    ///     in it is described from its id (`missing.refund` → `no refund clause`).
    public static func render(_ report: LintReport, toolVersion: String, ruleDescriptions: [String: String] = [:]) -> String {
        let documents = report.documents.map { (document: $0, findings: $0.orderedFindings) }
        let rules = ruleTable(documents.flatMap(\.findings))
        var results: [JSONValue] = []
        for (index, entry) in documents.enumerated() {
            let uri = artifactURI(entry.document.path)
            for finding in entry.findings {
                results.append(result(finding, ruleIndex: rules.index[finding.rule] ?? -1, uri: uri, artifactIndex: index))
            }
        }
        let driver = JSONValue.object([
            ("name", .string("boundary")),
            ("version", .string(toolVersion)),
            ("rules", .array(rules.rules.map { rule in
                .object([
                    ("id", .string(rule.id)),
                    ("shortDescription", .object([("text", .string(ruleDescriptions[rule.id] ?? describe(rule: rule.id)))])),
                    ("defaultConfiguration", .object([("level", .string(rule.level.rawValue))])),
                ] + (rule.kind.map { [("properties", JSONValue.object([("kind", .string($0))]))] } ?? []))
            })),
        ])
        let run = JSONValue.object([
            ("tool", .object([("driver", driver)])),
            ("columnKind", .string("unicodeCodePoints")),
            ("artifacts", .array(documents.map { entry in
                .object([
                    ("location", .object([("uri", .string(artifactURI(entry.document.path)))])),
                    ("roles", .array([.string("analysisTarget")])),
                ])
            })),
            ("results", .array(results)),
        ])
        let log = JSONValue.object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        return log.pretty() + "\n"
    }

    struct Rule {
        var id: String
        var level: Severity
        var kind: String?
    }

    /// The rules used, sorted by id, each at the highest severity it was reported with.
    static func ruleTable(_ findings: [Finding]) -> (rules: [Rule], index: [String: Int]) {
        var byID: [String: Rule] = [:]
        for finding in findings {
            if var rule = byID[finding.rule] {
                rule.level = max(rule.level, finding.severity)
                rule.kind = rule.kind ?? finding.kind
                byID[finding.rule] = rule
            } else {
                byID[finding.rule] = Rule(id: finding.rule, level: finding.severity, kind: finding.kind)
            }
        }
        let rules = byID.values.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        var index: [String: Int] = [:]
        for (offset, rule) in rules.enumerated() { index[rule.id] = offset }
        return (rules, index)
    }

    static func result(_ finding: Finding, ruleIndex: Int, uri: String, artifactIndex: Int) -> JSONValue {
        var region: [(key: String, value: JSONValue)] = []
        if let range = finding.range {
            // SARIF lines and columns start at 1; a position below that is not passed on as is.
            let start = SourcePosition(line: max(1, range.start.line), column: max(1, range.start.column))
            region.append(("startLine", number(start.line)))
            region.append(("startColumn", number(start.column)))
            if range.end > start {
                region.append(("endLine", number(range.end.line)))
                region.append(("endColumn", number(max(1, range.end.column))))
            }
        } else {
            region.append(("startLine", number(1)))
        }
        var properties: [(key: String, value: JSONValue)] = []
        if let kind = finding.kind { properties.append(("kind", .string(kind))) }
        if let fix = finding.fix { properties.append(("fix", .string(fix))) }
        if finding.range == nil { properties.append(("documentLevel", .bool(true))) }
        if let suggestion = finding.suggestion { properties.append(("suggestion", .string(suggestion))) }
        var entries: [(key: String, value: JSONValue)] = [
            ("ruleId", .string(finding.rule)),
            ("ruleIndex", number(ruleIndex)),
            ("level", .string(finding.severity.rawValue)),
            ("message", .object([("text", .string(finding.message + (finding.suggestion.map { " Suggestion: \($0)" } ?? "")))])),
            ("locations", .array([.object([
                ("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(uri)), ("index", number(artifactIndex))])),
                    ("region", .object(region)),
                ])),
            ])])),
        ]
        if !properties.isEmpty { entries.append(("properties", .object(properties))) }
        return .object(entries)
    }

    /// The path as a URI reference: forward slashes, as given otherwise, with the characters a URI
    /// cannot hold percent-encoded (a space is `%20`); a Windows drive path becomes a `file:` URI.
    static func artifactURI(_ path: String) -> String {
        let slashed = String(path.map { $0 == "\\" ? "/" : $0 })
        let head = Array(slashed.utf8.prefix(3))
        let isDrivePath = head.count == 3 && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(head[0] & 0xDF)
            && head[1] == UInt8(ascii: ":") && head[2] == UInt8(ascii: "/")
        let prefix = isDrivePath ? "file:///" : ""
        var out = prefix
        let hex = Array("0123456789ABCDEF")
        for byte in slashed.utf8 {
            let allowed: Bool
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): allowed = true
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"): allowed = true
            case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "@"): allowed = true
            case UInt8(ascii: ":"): allowed = !prefix.isEmpty  // `a:b` would read as a scheme
            default: allowed = false
            }
            if allowed {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return out
    }

    /// A readable description from a rule id: `missing.refund` → `no refund clause`,
    /// `partial.termination` → `incomplete termination clause`, `risk.pay-when-paid` → `risky term: pay when paid`.
    static func describe(rule id: String) -> String {
        let parts = id.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return id }
        let words = parts[1].replacingDashes
        switch parts[0] {
        case "missing": return "no \(words) clause"
        case "partial": return "incomplete \(words) clause"
        case "risk": return "risky term: \(words)"
        case "tone": return "tone: \(words)"
        default: return id
        }
    }

    static func number(_ value: Int) -> JSONValue { .number(String(value)) }
}

private extension String {
    var replacingDashes: String { String(map { $0 == "-" ? " " : $0 }) }
}
