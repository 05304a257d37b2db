/// The commented agreement file that `boundary init` writes: a preset's sample values to edit, every
/// key explained, and each clause variable the preset's clauses take, with its default.
public enum StarterFile {
    static let comments: [String: String] = [
        "preset": "The preset whose clause choices and trade defaults this agreement starts from (`boundary presets`).",
        "title": "The agreement's title.",
        "project": "What the work is, in a few words.",
        "currency": "ISO 4217 code: it sets the decimals of every amount (JPY none, KWD three).",
        "start": "Dates are YYYY-MM-DD.",
        "governing_law": "The law that governs the agreement, as it should read in the clause.",
        "provider": "You.",
        "client": "The client who signs; the services are for them alone.",
        "scope": "What is included. Anything not listed is not included.",
        "exclusions": "What is not included, said plainly: the \"just one more thing\" requests.",
        "deliverables": "What the client receives.",
        "fee": "The fee for the whole scope; the deposit as an amount or a percent of it.",
        "milestones": "Stages and their share of the fee: all percents (adding up to 100) or all amounts (adding up to the fee).",
        "terms": "Values for the clauses. Lines starting with # show a default you can change.",
        "clauses": "The variant per kind (`boundary clauses list`), e.g. termination: termination.for-cause",
        "omit": "Kinds or clause ids to leave out.",
    ]

    public static func render(_ preset: Preset, library: ClauseLibrary) -> String {
        var lines = [
            "# Boundary agreement file. Edit the values, then run: boundary draft THIS_FILE",
            "# Format: `key: value`, nesting by two spaces, lists of `- item`; comments on lines of their own.",
            "# The clauses are not legal advice: have a lawyer review the agreement for your jurisdiction.",
        ]
        var entries: [Node.Entry] = [Node.Entry(key: "preset", value: Node(.scalar(preset.id), file: preset.file, line: 1)),
                                     Node.Entry(key: "title", value: Node(.scalar(preset.agreementTitle), file: preset.file, line: 1))]
        if case .map(let sample) = preset.agreement.value { entries += sample.filter { $0.key != "terms" } }
        let terms = preset.agreement.mapValue("terms")
        for entry in entries {
            lines.append("")
            if let comment = comments[entry.key] { lines.append("# \(comment)") }
            FormatWriter.write([entry], indent: "", into: &lines)
        }
        lines += ["", "# \(comments["terms"]!)", "terms:"]
        for variable in preset.variables(in: library) where AgreementField.builtIn(variable.name) == nil {
            let about = variable.prompt.map { "  # \($0)" } ?? nil
            if let value = terms?[variable.name]?.scalar {
                if let about { lines.append(about) }
                lines.append("  \(variable.name): \(FormatWriter.quotedIfNeeded(value))")
            } else if let value = variable.defaultValue?.scalar {
                if let about { lines.append(about) }
                lines.append("  # \(variable.name): \(FormatWriter.quotedIfNeeded(value))")
            } else if variable.isRequired {
                if let about { lines.append(about) }
                lines.append("  \(variable.name):")
            }
        }
        lines += ["", "# \(comments["clauses"]!)", "clauses:"]
        for clause in preset.clauses(in: library) { lines.append("  \(clause.kind): \(clause.id)") }
        lines += ["", "# \(comments["omit"]!)", "omit: [" + preset.omit.joined(separator: ", ") + "]"]
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Preset {
    /// The clauses the preset uses, in section order: its choice per kind, else the kind's default.
    public func clauses(in library: ClauseLibrary) -> [Clause] {
        library.kinds.compactMap { kind in
            guard !omit.contains(kind.id) else { return nil }
            return library.clauses[clauses[kind.id] ?? kind.defaultClause]
        }
    }

    /// The variables those clauses take, each once, in order of first use.
    func variables(in library: ClauseLibrary) -> [Variable] {
        var seen: Set<String> = []
        return clauses(in: library).flatMap(\.variables).filter { seen.insert($0.name).inserted }
    }
}

extension Node {
    /// The entries of the map under `key`, when this node is a map holding one.
    func mapValue(_ key: String) -> [String: Node]? {
        guard case .map(let entries) = value, let entry = entries.first(where: { $0.key == key }), case .map(let inner) = entry.value.value else { return nil }
        return Dictionary(inner.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
