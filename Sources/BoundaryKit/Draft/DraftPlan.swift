/// What goes into an agreement: the clauses chosen for it, in section order, and every variable's
/// value, checked and formatted. Building the plan is where an agreement is validated as a whole.
public struct DraftPlan: Sendable {
    public var agreement: Agreement
    public var clauses: [Clause]
    public var values: [String: TemplateValue]

    public static func make(_ agreement: Agreement, library: ClauseLibrary) -> Result<DraftPlan, Diagnostics> {
        var diagnostics: [Diagnostic] = []
        let clauses = ClauseSelection.select(agreement, library: library, diagnostics: &diagnostics)
        var values: [String: TemplateValue] = [:]
        var failed: Set<String> = []  // report a bad value once, not once per clause that uses it
        for clause in clauses {
            for variable in clause.variables where values[variable.name] == nil && !failed.contains(variable.name) {
                if let field = AgreementField.builtIn(variable.name) {
                    switch agreement.value(of: field) {
                    case let value? where value.isTruthy || field == .deposit: values[variable.name] = value
                    case let value:
                        if variable.optional { values[variable.name] = .absent; continue }
                        failed.insert(variable.name)
                        let state = value == nil ? "is missing" : "is empty or zero"
                        diagnostics.append(Diagnostic("`\(field.agreementKey)` \(state), but \(clause.id) needs it", fix: "set `\(field.agreementKey)` in the agreement file, or --set \(field.agreementKey)=…"))
                    }
                    continue
                }
                guard let node = agreement.term(variable.name) ?? variable.defaultValue else {
                    if variable.optional { values[variable.name] = .absent; continue }
                    failed.insert(variable.name)
                    let what = variable.prompt.map { " (\($0))" } ?? ""
                    diagnostics.append(Diagnostic("missing `terms.\(variable.name)`\(what), needed by \(clause.id)", fix: "add it under `terms:` or --set terms.\(variable.name)=…"))
                    continue
                }
                switch TypedValue.parse(node, as: variable, currency: agreement.currency) {
                case .success(let value): values[variable.name] = value
                case .failure(let error):
                    failed.insert(variable.name)
                    diagnostics.append(error)
                }
            }
        }
        let declared = Set(library.clauses.values.flatMap { $0.variables.map(\.name) })
        for (name, node) in agreement.terms.sorted(by: { $0.key < $1.key }) where !declared.contains(name) {
            let hint = Spelling.suggestion(for: name, among: declared.sorted()).map { "did you mean `\($0)`?" }
            diagnostics.append(Diagnostic(file: node.file, line: node.line, "unknown term `\(name)`: no clause uses it", fix: hint ?? "`boundary clauses show ID` lists a clause's variables"))
        }
        guard diagnostics.isEmpty else { return .failure(Diagnostics(diagnostics.sorted())) }
        return .success(DraftPlan(agreement: agreement, clauses: clauses, values: values))
    }
}

extension Agreement {
    /// A clause variable's value as written: the agreement's `terms`, then its preset's.
    func term(_ name: String) -> Node? {
        terms[name] ?? preset?.agreement.lookup("terms.\(name)")
    }

    /// The value of a built-in variable, formatted for a clause; nil when the agreement does not give it.
    func value(of field: AgreementField) -> TemplateValue? {
        switch field {
        case .provider: .text(provider.name)
        case .client: .text(client.name)
        case .project: .text(project)
        case .scopeItems: .list(scope)
        case .exclusions: .list(exclusions)
        case .deliverables: .list(deliverables)
        case .totalFee: .text(total.formatted, isZero: total.minorUnits == 0)
        case .deposit: deposit.map { .text($0.formatted, isZero: $0.minorUnits == 0) }
        case .startDate: .text(start.formatted)
        case .endDate: end.map { .text($0.formatted) }
        case .governingLaw: governingLaw.map { .text($0) }
        }
    }
}
