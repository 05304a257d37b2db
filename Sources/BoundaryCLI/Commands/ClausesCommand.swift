import BoundaryKit

/// `boundary clauses`: browse and check the clause library.
struct ClausesCommand: Command {
    static let spec = CommandSpec(
        name: "clauses",
        abstract: "List, show and check the clauses of the library.",
        subcommands: [ClausesList.self, ClausesShow.self, ClausesCheck.self]
    )

    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        throw CLIError("`boundary clauses` needs a subcommand: list, show or check", fix: "run `boundary clauses --help`")
    }
}

struct ClausesList: Command {
    static let spec = CommandSpec(
        name: "list",
        abstract: "List the clauses, in the order of the kinds of an agreement.",
        options: [
            OptionSpec(["--kind"], valueName: "KIND", help: "Only the clauses of this kind (e.g. termination)."),
            OptionSpec(["--format"], valueName: "FORMAT", help: "Output format.", allowedValues: ["text", "json"]),
            LibraryLoader.clausesOption,
        ],
        examples: ["boundary clauses list", "boundary clauses list --kind termination", "boundary clauses list --format json"]
    )

    struct Entry: Encodable {
        var id: String, version: Int, kind: String, title: String, summary: String
        var isDefault: Bool, required: Bool
        enum CodingKeys: String, CodingKey { case id, version, kind, title, summary, isDefault = "default", required }
    }

    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        let library = try LibraryLoader.load(arguments, io: io)
        var clauses = library.orderedClauses
        if let kind = arguments.value("--kind") {
            guard library.kind(kind) != nil else {
                let hint = Spelling.suggestion(for: kind, among: library.kinds.map(\.id)).map { "did you mean `\($0)`?" }
                throw CLIError("unknown kind `\(kind)`", fix: hint ?? "the kinds are: \(library.kinds.map(\.id).joined(separator: ", "))")
            }
            clauses = clauses.filter { $0.kind == kind }
        }
        let entries = clauses.map { clause in
            let kind = library.kind(clause.kind)
            return Entry(id: clause.id, version: clause.version, kind: clause.kind, title: clause.title, summary: clause.summary,
                         isDefault: kind?.defaultClause == clause.id, required: kind?.required ?? false)
        }
        if arguments.value("--format") == "json" {
            io.writeOut(JSONOutput.encode(entries))
            return ExitCode.success
        }
        let rows = [["ID", "VERSION", "KIND", "TITLE"]] + entries.map { [$0.id + ($0.isDefault ? " *" : ""), String($0.version), $0.kind, $0.title] }
        io.writeOut(Table.render(rows) + "\n* the kind's default clause in a drafted agreement\n")
        return ExitCode.success
    }
}

struct ClausesShow: Command {
    static let spec = CommandSpec(
        name: "show",
        abstract: "Show one clause: its summary, variables with types and defaults, and text.",
        options: [
            OptionSpec(["--format"], valueName: "FORMAT", help: "Output format.", allowedValues: ["text", "json"]),
            LibraryLoader.clausesOption,
        ],
        arguments: [ArgumentSpec(name: "ID", help: "A clause id, such as termination.on-notice.")],
        examples: ["boundary clauses show termination.on-notice"]
    )

    struct Shown: Encodable {
        struct Field: Encodable {
            var name: String, type: String, required: Bool
            var defaultValue: String?, min: String?, max: String?, prompt: String?
            enum CodingKeys: String, CodingKey { case name, type, required, defaultValue = "default", min, max, prompt }
        }
        var id: String, version: Int, kind: String, title: String, summary: String
        var requires: [String], conflicts: [String], facets: [String], variables: [Field], text: String, file: String
    }

    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        let library = try LibraryLoader.load(arguments, io: io)
        let id = arguments.positionals.first ?? ""
        guard let clause = library.clauses[id] else {
            throw CLIError(LibraryCheck.unknownClause(id, file: nil, line: nil, library: library).message,
                           fix: Spelling.suggestion(for: id, among: library.clauses.keys.sorted()).map { "did you mean `\($0)`?" } ?? "`boundary clauses list` shows the ids")
        }
        let fields = clause.variables.map { variable in
            Shown.Field(name: variable.name, type: variable.type.rawValue, required: variable.isRequired,
                        defaultValue: variable.defaultValue?.answerText, min: variable.min, max: variable.max, prompt: variable.prompt)
        }
        let shown = Shown(id: clause.id, version: clause.version, kind: clause.kind, title: clause.title, summary: clause.summary,
                          requires: clause.requires, conflicts: clause.conflicts, facets: clause.facets, variables: fields,
                          text: clause.template.source, file: clause.file)
        if arguments.value("--format") == "json" {
            io.writeOut(JSONOutput.encode(shown))
            return ExitCode.success
        }
        var out = "\(clause.reference)  \(clause.title)\n\n\(clause.summary)\n\n"
        out += "kind       \(clause.kind)\(library.kind(clause.kind)?.required == true ? " (required in an agreement)" : "")\n"
        if !clause.facets.isEmpty { out += "facets     \(clause.facets.joined(separator: ", "))\n" }
        if !clause.requires.isEmpty { out += "requires   \(clause.requires.joined(separator: ", "))\n" }
        if !clause.conflicts.isEmpty { out += "conflicts  \(clause.conflicts.joined(separator: ", "))\n" }
        if !fields.isEmpty {
            out += "\nVariables\n"
            let rows = fields.map { field -> [String] in
                let value = field.defaultValue.map { "default \($0)" } ?? (field.required ? "required" : "optional")
                let bounds = [field.min.map { "min \($0)" }, field.max.map { "max \($0)" }].compactMap { $0 }.joined(separator: ", ")
                return ["  " + field.name, field.type, value, bounds, field.prompt ?? ""]
            }
            out += Table.render(rows) + "\n"
        }
        out += "\nText\n\n\(clause.template.source.trimmingTrailingNewlines)\n"
        io.writeOut(out)
        return ExitCode.success
    }
}

struct ClausesCheck: Command {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Check a clause library (its letter templates too) and report every problem as file:line.",
        discussion: "With DIR, checks your library laid over the built-in one (so your clauses may use the built-in kinds); without, checks the built-in library. Exit status 0 when clean, 1 when there are problems.",
        arguments: [ArgumentSpec(name: "DIR", help: "A folder of clause files in the Clauses/ layout.", optional: true)],
        examples: ["boundary clauses check my-clauses"]
    )

    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        let directory = arguments.positionals.first
        let layers = try LibraryLoader.layers(userDirectory: directory, io: io)
        var (library, diagnostics) = ClauseLibrary.load(layers)
        // Letter templates (`letters/`), tone rules (`tone/`) and the screening checklist (`screen/`) of
        // the same layers, checked as `boundary letter`, `tone` and `screen` read them.
        let letters = LetterLibrary.load(layers)
        diagnostics += letters.diagnostics + ToneRuleSet.load(layers).diagnostics
        if let file = ScreeningChecklist.find(in: layers) {
            switch ScreeningChecklistParser.parse(file.text, path: file.displayPath) {
            case .success(let checklist): diagnostics += checklist.check(against: library)
            case .failure(let problems): diagnostics += problems.all
            }
        }
        diagnostics.sort()
        let mine = directory.map { directory in diagnostics.filter { $0.file?.hasPrefix(directory) ?? true } } ?? diagnostics
        let others = diagnostics.count - mine.count
        for diagnostic in diagnostics { io.writeOut(diagnostic.description + "\n") }
        if diagnostics.isEmpty {
            io.writeErr("ok: \(library.kinds.count) kinds, \(library.clauses.count) clauses, \(library.presets.count) presets, \(letters.library.templates.count) letter templates\n")
            return ExitCode.success
        }
        let extra = others > 0 && directory != nil ? " (\(others) from how your clauses meet the built-in library)" : ""
        io.writeErr("\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s")\(extra)\n")
        return ExitCode.findings
    }
}
