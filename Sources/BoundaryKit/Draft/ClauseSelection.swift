/// Chooses an agreement's clauses: per kind, the agreement's choice, else the preset's, else the
/// kind's default; less what is omitted; plus what is added. Then checks `requires` and `conflicts`.
public enum ClauseSelection {
    static func select(_ agreement: Agreement, library: ClauseLibrary, diagnostics: inout [Diagnostic]) -> [Clause] {
        var omitted: [String: Node?] = [:]
        for reference in agreement.preset?.omit ?? [] { omitted[reference] = .some(nil) }
        for node in agreement.omitted {
            let reference = node.scalar ?? ""
            if library.knows(reference) { omitted[reference] = node } else { diagnostics.append(unknownReference(reference, at: node, key: "omit", library: library)) }
        }
        var chosen: [String: Clause] = [:]
        for (kind, node) in agreement.clauseChoices.sorted(by: { $0.key < $1.key }) {
            guard library.kind(kind) != nil else {
                let hint = Spelling.suggestion(for: kind, among: library.kinds.map(\.id)).map { "did you mean `\($0)`?" }
                diagnostics.append(Diagnostic(file: node.file, line: node.line, "unknown kind `\(kind)` under `clauses`", fix: hint ?? "`boundary clauses list` shows the kinds"))
                continue
            }
            guard let id = node.scalar, let clause = library.clauses[id] else {
                diagnostics.append(LibraryCheck.unknownClause(node.scalar ?? "", file: node.file, line: node.line, library: library))
                continue
            }
            guard clause.kind == kind else {
                diagnostics.append(Diagnostic(file: node.file, line: node.line, "`\(id)` is a \(clause.kind) clause, not \(kind)", fix: "choose one of \(library.orderedClauses.filter { $0.kind == kind }.map(\.id).joined(separator: ", "))"))
                continue
            }
            if case let omitNode?? = omitted[kind] ?? omitted[id] {
                diagnostics.append(Diagnostic(file: omitNode.file, line: omitNode.line, "`\(kind)` is both chosen (`clauses`) and left out (`omit`)", fix: "remove one of them"))
            }
            chosen[kind] = clause
        }
        var selected: [Clause] = []
        for kind in library.kinds {
            if let clause = chosen[kind.id] { selected.append(clause); continue }
            guard omitted[kind.id] == nil else { continue }
            let id = agreement.preset?.clauses[kind.id] ?? kind.defaultClause
            guard let clause = library.clauses[id], omitted[id] == nil else { continue }
            selected.append(clause)
        }
        for node in agreement.added {
            guard let id = node.scalar, let clause = library.clauses[id] else {
                diagnostics.append(LibraryCheck.unknownClause(node.scalar ?? "", file: node.file, line: node.line, library: library))
                continue
            }
            if !selected.contains(where: { $0.id == id }) { selected.append(clause) }
        }
        let rank = Dictionary(library.kinds.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        selected.sort { (rank[$0.kind] ?? .max, $0.id) < (rank[$1.kind] ?? .max, $1.id) }
        checkRelations(selected, agreement: agreement, omitted: omitted, diagnostics: &diagnostics)
        return selected
    }

    private static func checkRelations(_ selected: [Clause], agreement: Agreement, omitted: [String: Node?], diagnostics: inout [Diagnostic]) {
        func isPresent(_ reference: String) -> Bool {
            switch AgreementRequirement(rawValue: reference) {
            case .milestones: !agreement.milestones.isEmpty
            case .deposit: agreement.deposit.map { $0.minorUnits > 0 } ?? false
            case .end: agreement.end != nil
            case nil: selected.contains { $0.id == reference || $0.kind == reference }
            }
        }
        for clause in selected {
            for reference in clause.requires where !isPresent(reference) {
                let fix: String
                if let requirement = AgreementRequirement(rawValue: reference) {
                    fix = requirement.fix + ", or leave out \(clause.id)"
                } else if omitted[reference] != nil {
                    fix = "remove `\(reference)` from `omit`, or leave out \(clause.id)"
                } else {
                    fix = "add a \(reference) clause, or leave out \(clause.id)"
                }
                let place = omitted[reference].flatMap { $0 }
                diagnostics.append(Diagnostic(file: place?.file, line: place?.line, "\(clause.id) requires \(reference), which the agreement does not have", fix: fix))
            }
            for reference in clause.conflicts {
                for other in selected where other.id != clause.id && (other.id == reference || other.kind == reference) {
                    diagnostics.append(Diagnostic("\(clause.id) and \(other.id) cannot both be in an agreement", fix: "leave one out with `omit`"))
                }
            }
        }
    }

    private static func unknownReference(_ reference: String, at node: Node, key: String, library: ClauseLibrary) -> Diagnostic {
        let candidates = library.kinds.map(\.id) + library.clauses.keys.sorted()
        let hint = Spelling.suggestion(for: reference, among: candidates).map { "did you mean `\($0)`?" }
        return Diagnostic(file: node.file, line: node.line, "`\(key)` names `\(reference)`, which is neither a kind nor a clause id", fix: hint ?? "`boundary clauses list` shows them")
    }
}

extension ClauseSelection {
    /// The clauses an agreement that is still incomplete would use, read leniently from its tree:
    /// enough to know which questions to ask before the agreement can be read in full.
    public static func clauses(for node: Node, library: ClauseLibrary, preset: Preset? = nil) -> [Clause] {
        let preset = preset ?? node.lookup("preset").flatMap(\.scalar).flatMap { library.presets[$0] }
        func texts(_ key: String) -> [String] {
            guard case .list(let items)? = node.lookup(key)?.value else { return [] }
            return items.compactMap(\.scalar)
        }
        let omitted = Set((preset?.omit ?? []) + texts("omit"))
        var selected = library.kinds.compactMap { kind -> Clause? in
            let id = node.lookup("clauses.\(kind.id)")?.scalar ?? preset?.clauses[kind.id] ?? kind.defaultClause
            guard !omitted.contains(kind.id), !omitted.contains(id) else { return nil }
            return library.clauses[id]
        }
        for id in texts("add") where !selected.contains(where: { $0.id == id }) {
            if let clause = library.clauses[id] { selected.append(clause) }
        }
        return selected
    }
}
