/// An addendum to a contract that lacks protections: the library clauses for every required kind
/// that is missing or partial, filled from an agreement or `--set` values, with clearly marked
/// blanks for anything not given.
public enum Addendum {
    /// The clauses the findings propose, in the library's kind order, each once.
    public static func clauses(for document: DocumentReport, library: ClauseLibrary) -> [Clause] {
        let ids = Set(document.findings.filter { $0.rule.hasPrefix("missing.") || $0.rule.hasPrefix("partial.") }
            .compactMap { $0.fix?.split(separator: "@").first.map(String.init) })
        let rank = Dictionary(library.kinds.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { library.clauses[$0] }.sorted { (rank[$0.kind] ?? .max, $0.id) < (rank[$1.kind] ?? .max, $1.id) }
    }

    /// Every variable of `clauses`: from the plan of an agreement when there is one, else from the
    /// tree of `--set` values, else the variable's default; a marked blank otherwise.
    public static func values(for clauses: [Clause], node: Node, plan: DraftPlan?) -> [String: TemplateValue] {
        let currency = plan?.agreement.currency ?? node.lookup("currency")?.scalar.flatMap { try? Currency(code: $0) }
        var values: [String: TemplateValue] = [:]
        for variable in clauses.flatMap(\.variables) where values[variable.name] == nil {
            if let known = plan?.values[variable.name] ?? plan.flatMap({ plan in AgreementField.builtIn(variable.name).flatMap(plan.agreement.value(of:)) }) {
                values[variable.name] = known
                continue
            }
            let given = AgreementField.builtIn(variable.name).map { node.lookup($0.agreementKey) } ?? node.lookup("terms.\(variable.name)")
            func typed(_ written: Node) -> TemplateValue? {
                if variable.type == .party || variable.type == .text { return written.scalar.flatMap { $0.isEmpty ? nil : .text($0) } }
                // An amount needs the agreement's currency; other types ignore it.
                guard let unit = currency ?? (variable.type.isMoney ? nil : try? Currency(code: "USD")),
                      case .success(let value) = TypedValue.parse(written, as: variable, currency: unit) else { return nil }
                return value
            }
            let parsed = [given, variable.defaultValue].compactMap { $0 }.lazy.compactMap(typed).first
            values[variable.name] = parsed ?? (variable.optional ? .absent : blank(variable))
        }
        return values
    }

    static func blank(_ variable: Variable) -> TemplateValue {
        let label = "[ \(variable.name.replacingUnderscores) ]"
        return variable.type == .list ? .list(["**\(label)**"]) : .text("**\(label)**")
    }

    /// The addendum in Markdown.
    public static func render(_ clauses: [Clause], values: [String: TemplateValue], contract: String, library: ClauseLibrary) throws(TemplateError) -> String {
        var lines = [
            "# Addendum to \(contract)",
            "",
            "This addendum adds the clauses below to the agreement named above. Where the agreement and this addendum differ, this addendum applies.",
            "",
            "Text in **[ brackets ]** is a blank to fill in before signing.",
        ]
        for (offset, clause) in clauses.enumerated() {
            let number = offset + 1
            lines += ["", "## \(number). \(library.kind(clause.kind)?.title ?? clause.title)", ""]
            for block in Composer.blocks(try clause.template.render(values), section: number, after: []) {
                switch block {
                case .paragraph(let label, let text): lines += ["**\(label)** \(text)", ""]
                case .list(let items): lines += items.map { "- \($0)" } + [""]
                }
            }
            if lines.last == "" { lines.removeLast() }
        }
        lines += ["", "---", "", "Clauses used: " + clauses.map(\.reference).joined(separator: ", ") + "."]
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Variable.Kind {
    var isMoney: Bool { self == .money || self == .rate }
}

private extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
