/// Which clause kinds a contract must have, which findings to leave out, and how severe each is.
/// By default: the kinds `kinds.md` marks required, each with the facet it `needs`.
public struct LintPolicy: Sendable, Equatable {
    /// Required kinds, each with the facet a provider needs from it (nil: the kind is enough).
    public var required: [String: String?]
    /// Rule ids (`risk.pay-when-paid`, `missing.deposit`) or kinds (`deposit`: every rule about it) to leave out.
    public var ignored: Set<String> = []
    /// Severity by rule id or kind, over the rule's own.
    public var severities: [String: Severity] = [:]
    /// The least severe finding that makes `boundary lint` exit 1.
    public var failOn: Severity = .error

    public static func standard(_ library: ClauseLibrary) -> LintPolicy {
        LintPolicy(required: Dictionary(uniqueKeysWithValues: library.kinds.filter(\.required).map { ($0.id, $0.needs) }))
    }

    /// `kind` or `kind:facet`; the facet defaults to the one the kind `needs`.
    public mutating func require(_ spec: String, library: ClauseLibrary) throws(Diagnostic) {
        let (kind, facet) = try Self.kindAndFacet(spec, library: library, what: "--require")
        required[kind] = .some(facet ?? library.kind(kind)?.needs)
    }

    public mutating func ignore(_ spec: String, library: ClauseLibrary, ruleIDs: [String]) throws(Diagnostic) {
        guard library.kind(spec) != nil || ruleIDs.contains(spec) else {
            let hint = Spelling.suggestion(for: spec, among: library.kinds.map(\.id) + ruleIDs).map { "did you mean `\($0)`?" }
            throw Diagnostic(file: "--ignore", "`\(spec)` is neither a kind nor a rule id", fix: hint ?? "`boundary lint --list-rules` shows them")
        }
        ignored.insert(spec)
        required[spec] = nil
    }

    /// `rule=severity` or `kind=severity`.
    public mutating func setSeverity(_ spec: String, library: ClauseLibrary, ruleIDs: [String]) throws(Diagnostic) {
        let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let severity = Severity(rawValue: parts[1]) else {
            throw Diagnostic(file: "--severity", "`\(spec)` is not RULE=SEVERITY", fix: "write e.g. risk.non-compete=error; severities are error, warning, note")
        }
        guard library.kind(parts[0]) != nil || ruleIDs.contains(parts[0]) else {
            let hint = Spelling.suggestion(for: parts[0], among: library.kinds.map(\.id) + ruleIDs).map { "did you mean `\($0)`?" }
            throw Diagnostic(file: "--severity", "`\(parts[0])` is neither a kind nor a rule id", fix: hint ?? "`boundary lint --list-rules` shows them")
        }
        severities[parts[0]] = severity
    }

    /// Reads a policy file: `require: [...]`, `ignore: [...]`, `severity: {rule: level}`, `fail_on: level`.
    /// `only: true` makes `require` the whole list instead of additions to the defaults.
    public static func read(_ node: Node, library: ClauseLibrary, ruleIDs: [String]) -> Result<LintPolicy, Diagnostics> {
        var reader = MapReader(node, what: "the policy")
        var policy = LintPolicy.standard(library)
        if let only = reader.node("only"), only.scalar == "true" { policy.required = [:] }
        for (key, apply) in [("require", { (policy: inout LintPolicy, spec: String) throws(Diagnostic) in try policy.require(spec, library: library) }),
                             ("ignore", { (policy: inout LintPolicy, spec: String) throws(Diagnostic) in try policy.ignore(spec, library: library, ruleIDs: ruleIDs) })] {
            for (item, spec) in zip(reader.node(key).map(items) ?? [], reader.textList(key)) {
                do { try apply(&policy, spec) } catch { reader.report(item, error.message, fix: error.fix) }
            }
        }
        if let severity = reader.node("severity") {
            if case .map(let entries) = severity.value {
                for entry in entries {
                    do { try policy.setSeverity("\(entry.key)=\(entry.value.scalar ?? "")", library: library, ruleIDs: ruleIDs) } catch {
                        reader.report(entry.value, error.message, fix: error.fix)
                    }
                }
            } else {
                reader.report(severity, "`severity` maps rule ids or kinds to error, warning or note")
            }
        }
        if let text = reader.text("fail_on"), let at = reader.node("fail_on") {
            if let level = Severity(rawValue: text) { policy.failOn = level } else { reader.report(at, "`fail_on` is error, warning or note, not `\(text)`") }
        }
        let problems = reader.finish(known: ["only", "require", "ignore", "severity", "fail_on"])
        return problems.isEmpty ? .success(policy) : .failure(Diagnostics(problems))
    }

    private static func items(_ node: Node) -> [Node] {
        if case .list(let items) = node.value { return items }
        return [node]
    }

    static func kindAndFacet(_ spec: String, library: ClauseLibrary, what: String) throws(Diagnostic) -> (String, String?) {
        let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
        let kind = parts.first ?? ""
        guard library.kind(kind) != nil else {
            let hint = Spelling.suggestion(for: kind, among: library.kinds.map(\.id)).map { "did you mean `\($0)`?" }
            throw Diagnostic(file: what, "unknown kind `\(kind)`", fix: hint ?? "`boundary clauses list` shows the kinds")
        }
        guard parts.count == 2 else { return (kind, nil) }
        let facets = library.facets(of: kind)
        guard facets.contains(parts[1]) else {
            throw Diagnostic(file: what, "`\(kind)` has no facet `\(parts[1])`", fix: "its facets are: \(facets.joined(separator: ", "))")
        }
        return (kind, parts[1])
    }

    /// The severity of a finding after the overrides, or nil when it is ignored.
    func severity(of finding: Finding) -> Severity? {
        if ignored.contains(finding.rule) || finding.kind.map(ignored.contains) == true { return nil }
        return severities[finding.rule] ?? finding.kind.flatMap { severities[$0] } ?? finding.severity
    }
}
