/// Lints contracts against a clause library and a policy: for each kind, present, partial or
/// missing with its facets and evidence; findings for the required kinds that are missing or lack
/// the facet a provider needs, and for risky terms.
public struct Linter: Sendable {
    public let library: ClauseLibrary
    public let policy: LintPolicy
    let detector: Detector
    /// Per kind, its default clause first, then the others: where a fix is chosen.
    let candidates: [String: [Clause]]

    /// At most this many places are kept as evidence for one kind.
    static let evidenceLimit = 8

    public init(library: ClauseLibrary, policy: LintPolicy) throws(MatcherError) {
        self.library = library
        self.policy = policy
        self.detector = try Detector(library: library)
        var candidates: [String: [Clause]] = [:]
        let ordered = library.orderedClauses
        for kind in library.kinds {
            candidates[kind.id] = [library.clauses[kind.defaultClause]].compactMap { $0 } + ordered.filter { $0.kind == kind.id && $0.id != kind.defaultClause }
        }
        self.candidates = candidates
    }

    /// Every rule id a finding can have, for `--ignore`, `--severity` and SARIF.
    public static func ruleIDs(_ library: ClauseLibrary) -> [String] {
        library.kinds.flatMap { kind in ["missing.\(kind.id)"] + (kind.needs == nil ? [] : ["partial.\(kind.id)"]) }
            + library.risks.keys.sorted().map { "risk.\($0)" }
    }

    /// Lints `extracted`. `original` is the text its positions refer to, when extraction changed the
    /// lines (an HTML source, the raw output of pdftotext), for reports that show the document.
    public func lint(_ extracted: ExtractedText, path: String, original: String? = nil) -> DocumentReport {
        lint(TextModel(extracted), path: path, original: original ?? extracted.text)
    }

    /// Lints a document already read into its text model (which needs no library, so a caller can
    /// build it while the library loads).
    public func lint(_ model: TextModel, path: String, original: String) -> DocumentReport {
        let hits = detector.hits(in: model)
        var kinds: [KindReport] = []
        var findings: [Finding] = []
        for kind in library.kinds {
            let found = hits.filter { $0.kind == kind.id && $0.risk == nil }
            let facets = Array(Set(found.compactMap(\.facet))).sorted()
            var evidence: [Evidence] = []
            for hit in found where evidence.count < Self.evidenceLimit && !evidence.contains(where: { $0.range == hit.range && $0.facet == hit.facet }) {
                evidence.append(hit.evidence(in: model))
            }
            let needed = policy.required[kind.id] ?? kind.needs
            var status = ClauseStatus.missing
            if !found.isEmpty {
                // A facet held by the client alone (only the client may terminate) protects no provider.
                let held = needed.map { facet in found.contains { $0.facet == facet && $0.holder != .client } } ?? true
                status = held ? .present : .partial
            }
            kinds.append(KindReport(kind: kind.id, title: kind.title, status: status, facets: facets, evidence: evidence))
            guard policy.required.keys.contains(kind.id) else { continue }
            switch status {
            case .missing:
                findings.append(Finding(rule: "missing.\(kind.id)", kind: kind.id, severity: .error, message: kind.missing, fix: fixClause(kind, facet: needed)))
            case .partial:
                let place = found.first { $0.facet == needed } ?? found.first
                let message = kind.needs == needed ? kind.partial ?? "" : "The \(kind.title.lowercased()) clause lacks `\(needed ?? "")`."
                findings.append(Finding(rule: "partial.\(kind.id)", kind: kind.id, severity: .warning, message: message,
                                        range: place?.range, excerpt: place?.evidence(in: model).text, fix: fixClause(kind, facet: needed)))
            case .present:
                break
            }
        }
        var flagged: Set<String> = []
        for hit in hits {
            guard let id = hit.risk, let rule = library.risks[id], flagged.insert("\(id)|\(hit.sentence ?? -1)").inserted else { continue }
            findings.append(Finding(rule: rule.rule, kind: rule.kind, severity: rule.severity, message: rule.message, range: hit.range,
                                    excerpt: hit.evidence(in: model).text, fix: library.clauses[rule.fix]?.reference))
        }
        findings = findings.compactMap { finding in
            policy.severity(of: finding).map { var finding = finding; finding.severity = $0; return finding }
        }
        findings.sort { ($0.position, $0.rule) < ($1.position, $1.rule) }
        return DocumentReport(path: path, kinds: kinds, findings: findings, text: original)
    }

    /// The clause to propose: the kind's default, or the first of its clauses with the needed facet.
    func fixClause(_ kind: ClauseKind, facet: String?) -> String? {
        let candidates = candidates[kind.id] ?? []
        return (candidates.first { facet == nil || $0.facets.contains(facet!) } ?? candidates.first)?.reference
    }
}
