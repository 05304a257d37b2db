/// The checks that need the whole library: references between files (clauses, presets, risk rules),
/// and one meaning per variable name.
public enum LibraryCheck {
    static func check(_ library: ClauseLibrary) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let kindIDs = library.kinds.map(\.id)
        if library.kinds.isEmpty {
            diagnostics.append(Diagnostic("the library has no kinds.md", fix: "add a kinds.md that lists the clause kinds"))
        }
        for kind in library.kinds {
            if let clause = library.clauses[kind.defaultClause] {
                if clause.kind != kind.id {
                    diagnostics.append(Diagnostic(file: kind.file, line: kind.line, "the default clause of `\(kind.id)` is `\(clause.id)`, of kind `\(clause.kind)`"))
                }
            } else {
                diagnostics.append(unknownClause(kind.defaultClause, file: kind.file, line: kind.line, library: library))
            }
            if let needs = kind.needs, !library.facets(of: kind.id).contains(needs) {
                diagnostics.append(Diagnostic(file: kind.file, line: kind.line, "`\(kind.id)` needs facet `\(needs)`, which no \(kind.id) clause has",
                                              fix: "use one of: \(library.facets(of: kind.id).joined(separator: ", "))"))
            }
        }
        var firstDeclaration: [String: Variable] = [:]
        for clause in library.orderedClauses {
            if library.kind(clause.kind) == nil {
                let hint = Spelling.suggestion(for: clause.kind, among: kindIDs).map { "did you mean `\($0)`?" } ?? "add it to kinds.md"
                diagnostics.append(Diagnostic(file: clause.file, line: clause.line(of: "kind"), "unknown kind `\(clause.kind)`", fix: hint))
            }
            for (key, references) in [("requires", clause.requires), ("conflicts", clause.conflicts)] {
                for reference in references where !library.knows(reference) && AgreementRequirement(rawValue: reference) == nil {
                    diagnostics.append(Diagnostic(file: clause.file, line: clause.line(of: key), "`\(key)` names `\(reference)`, which is neither a kind nor a clause id"))
                }
            }
            let facets = Set(clause.facets)
            for example in clause.examples {
                for facet in example.facets where !facets.contains(facet) {
                    diagnostics.append(Diagnostic(file: example.file, line: example.line, "example facet `\(facet)` is not among the clause's facets", fix: "add it to `facets:` or correct the example"))
                }
            }
            for signal in clause.detection.signals {
                if let facet = signal.facet, !facets.contains(facet) {
                    diagnostics.append(Diagnostic(file: clause.file, line: signal.line, "signal facet `\(facet)` is not among the clause's facets"))
                }
            }
            for variable in clause.variables {
                if let builtIn = AgreementField.builtIn(variable.name), builtIn.type != variable.type {
                    diagnostics.append(Diagnostic(file: variable.file, line: variable.line, "`\(variable.name)` comes from the agreement and has type \(builtIn.type.rawValue), not \(variable.type.rawValue)"))
                }
                if let first = firstDeclaration[variable.name] {
                    if !first.agrees(with: variable) {
                        diagnostics.append(Diagnostic(file: variable.file, line: variable.line, "`\(variable.name)` is declared differently in \(first.file):\(first.line)", fix: "one name has one type, default and bounds across the library"))
                    }
                } else {
                    firstDeclaration[variable.name] = variable
                }
                diagnostics += TypedValue.checkDeclaration(variable)
            }
        }
        for risk in library.orderedRisks {
            if library.kind(risk.kind) == nil {
                let hint = Spelling.suggestion(for: risk.kind, among: kindIDs).map { "did you mean `\($0)`?" } ?? "add it to kinds.md"
                diagnostics.append(Diagnostic(file: risk.file, line: risk.line(of: "kind"), "unknown kind `\(risk.kind)`", fix: hint))
            }
            if library.clauses[risk.fix] == nil {
                diagnostics.append(unknownClause(risk.fix, file: risk.file, line: risk.line(of: "fix"), library: library))
            }
        }
        for preset in library.orderedPresets {
            for (kind, id) in preset.clauses.sorted(by: { $0.key < $1.key }) {
                guard let clause = library.clauses[id] else {
                    diagnostics.append(unknownClause(id, file: preset.file, line: preset.keyLines["clauses"], library: library))
                    continue
                }
                if clause.kind != kind {
                    diagnostics.append(Diagnostic(file: preset.file, line: preset.keyLines["clauses"], "`\(kind): \(id)` chooses a clause of kind `\(clause.kind)`"))
                }
            }
            for reference in preset.omit where !library.knows(reference) {
                diagnostics.append(Diagnostic(file: preset.file, line: preset.keyLines["omit"], "`omit` names `\(reference)`, which is neither a kind nor a clause id"))
            }
        }
        return diagnostics
    }

    public static func unknownClause(_ id: String, file: String?, line: Int?, library: ClauseLibrary) -> Diagnostic {
        let hint = Spelling.suggestion(for: id, among: library.clauses.keys.sorted()).map { "did you mean `\($0)`?" } ?? "`boundary clauses list` shows the ids"
        return Diagnostic(file: file, line: line, "unknown clause id `\(id)`", fix: hint)
    }
}
