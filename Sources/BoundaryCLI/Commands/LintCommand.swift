import BoundaryKit

/// `boundary lint`: the protections a contract lacks and the terms that put the provider at risk.
struct LintCommand: Command {
    static let spec = CommandSpec(
        name: "lint",
        abstract: "Check a contract for missing protections and risky terms.",
        discussion: """
            Reads .txt, .md, .html, .docx and .pdf (through pdftotext), a directory (recursively), or - for standard input. \
            For every kind of clause in the library it says present, partial or missing, with the evidence; it reports the \
            required kinds that are missing and the risky terms, each with the library clause to use instead. Nothing leaves \
            your machine, and the input is never modified. Exit 0: no finding at or above --fail-on; 1: some; 2: bad input.
            """,
        options: [
            OptionSpec(["--format"], valueName: "FORMAT", help: "Output format (default text).", allowedValues: ["text", "json", "sarif", "html"]),
            OptionSpec(["-o", "--output"], valueName: "FILE", help: "Write the report to FILE instead of standard output."),
            OptionSpec.flag(["--force"], help: "Overwrite the output file if it exists."),
            OptionSpec(["--require"], valueName: "KIND[:FACET]", help: "Also require this kind (and facet).", repeatable: true),
            OptionSpec(["--ignore"], valueName: "RULE|KIND", help: "Leave out a rule or every rule about a kind.", repeatable: true),
            OptionSpec(["--severity"], valueName: "RULE=LEVEL", help: "Change a rule's (or kind's) severity: error, warning or note.", repeatable: true),
            OptionSpec(["--policy"], valueName: "FILE", help: "A policy file: require, ignore, severity, fail_on (see docs/lint-policy.md)."),
            OptionSpec(["--addendum"], valueName: "FILE", help: "Write an addendum in Markdown with the library clauses for every missing required kind (one contract)."),
            OptionSpec(["--agreement"], valueName: "FILE", help: "With --addendum: fill the clauses from this agreement file."),
            OptionSpec(["--set"], valueName: "KEY=VALUE", help: "With --addendum: a value for the clauses, e.g. provider.name=…, terms.notice_days=30.", repeatable: true),
            OptionSpec.flag(["--list-rules"], help: "List every rule id with its severity and message, and exit."),
            OptionSpec(["--fail-on"], valueName: "LEVEL", help: "Exit 1 when a finding is at or above LEVEL (default error).", allowedValues: Severity.allCases.map(\.rawValue)),
            LibraryLoader.clausesOption,
        ],
        arguments: [ArgumentSpec(name: "CONTRACT", help: "Contract files or directories, or - for standard input.", optional: true, variadic: true)],
        examples: ["boundary lint contract.docx", "boundary lint contracts/ --format sarif -o lint.sarif", "boundary lint draft.md --ignore deposit --fail-on warning"]
    )

    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        if arguments.flag("--list-rules") {
            io.writeOut(listRules(try LibraryLoader.load(arguments, io: io)))
            return ExitCode.success
        }
        let paths = DocumentReader.expand(arguments.positionals, io: io)
        if paths.filter({ $0 == "-" }).count > 1 {
            throw CLIError("standard input (-) is given more than once", fix: "give - once")
        }
        // The first document is read while the library loads: neither needs the other.
        let (setUp, first) = Parallel.both({ Result { () throws in try makeLinter(arguments, io: io) } }, {
            paths.first.map { path in Result { () throws in try document(path, io: io) } }
        })
        let linter = try setUp.get()
        let library = linter.library, policy = linter.policy
        guard let first else { throw CLIError("no contract to check", fix: "give a file, a directory, or - for standard input") }
        @Sendable func report(_ path: String, _ read: Result<(TextModel, original: String), any Error>) -> Result<DocumentReport, any Error> {
            read.map { model, original in linter.lint(model, path: path == "-" ? "<stdin>" : path, original: original) }
        }
        // Then every other document, read and linted on all cores, reported in the order given.
        let reports = [report(paths[0], first)] + Parallel.map(Array(paths.dropFirst())) { path in
            report(path, Result { () throws in try document(path, io: io) })
        }
        return try ReportOutput.finish(reports, subject: .contract, failOn: policy.failOn, ruleDescriptions: { ruleDescriptions(library) },
                                       arguments: arguments, io: io, inputs: paths) { report in
            if let addendum = arguments.value("--addendum") {
                try writeAddendum(addendum, report: report, library: library, arguments: arguments, io: io, inputs: paths)
            }
        }
    }

    /// The library, the policy and the linter built from them.
    static func makeLinter(_ arguments: ParsedArguments, io: IO) throws -> Linter {
        let library = try LibraryLoader.load(arguments, io: io)
        let policy = try makePolicy(arguments, library: library, io: io)
        do { return try Linter(library: library, policy: policy) } catch {
            throw CLIError("the library's detection signals cannot be compiled: \(error)", fix: "run `boundary clauses check`")
        }
    }

    /// A document read into its text model, and the text its positions refer to.
    static func document(_ path: String, io: IO) throws -> (TextModel, original: String) {
        let (extracted, original) = try DocumentReader.read(path, io: io)
        return (TextModel(extracted), original ?? extracted.text)
    }

    static func writeAddendum(_ path: String, report: LintReport, library: ClauseLibrary, arguments: ParsedArguments, io: IO, inputs: [String]) throws {
        guard report.documents.count == 1, let document = report.documents.first else {
            throw CLIError("--addendum is for one contract; \(report.documents.count) were checked", fix: "run lint --addendum on each contract")
        }
        let clauses = Addendum.clauses(for: document, library: library)
        guard !clauses.isEmpty else {
            io.writeErr("no addendum written: \(document.path) has every required clause\n")
            return
        }
        var plan: DraftPlan?
        var node = Node(.map([]), file: "--set", line: 0)
        if let agreement = arguments.value("--agreement") {
            let (name, text) = try InputReader.read(path: agreement, io: io)
            let file = try FormatReader.parse(text, file: name)
            node = try Drafting.input(presetID: nil, file: file, sets: arguments.values("--set"), library: library).get()
            plan = try Drafting.plan(node, library: library).get()
        } else {
            node = try AgreementInput.applying(arguments.values("--set"), to: node).get()
        }
        let values = Addendum.values(for: clauses, node: node, plan: plan)
        let text: String
        do { text = try Addendum.render(clauses, values: values, contract: document.path, library: library) } catch {
            throw CLIError("internal error: \(error) while writing the addendum", fix: "please report it")
        }
        try OutputWriter.write(text, to: path, force: arguments.flag("--force"), io: io, inputs: inputs + (arguments.value("--agreement").map { [$0] } ?? []))
        io.writeErr("wrote \(path): \(clauses.count) clause\(clauses.count == 1 ? "" : "s") to add\n")
    }

    static func makePolicy(_ arguments: ParsedArguments, library: ClauseLibrary, io: IO) throws -> LintPolicy {
        let ruleIDs = Linter.ruleIDs(library)
        var policy = LintPolicy.standard(library)
        if let path = arguments.value("--policy") {
            let (name, text) = try InputReader.read(path: path, io: io)
            policy = try LintPolicy.read(try FormatReader.parse(text, file: name), library: library, ruleIDs: ruleIDs).get()
        }
        var problems: [Diagnostic] = []
        for spec in arguments.values("--require") { do { try policy.require(spec, library: library) } catch { problems.append(error) } }
        for spec in arguments.values("--ignore") { do { try policy.ignore(spec, library: library, ruleIDs: ruleIDs) } catch { problems.append(error) } }
        for spec in arguments.values("--severity") { do { try policy.setSeverity(spec, library: library, ruleIDs: ruleIDs) } catch { problems.append(error) } }
        if let level = arguments.value("--fail-on").flatMap(Severity.init(rawValue:)) { policy.failOn = level }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return policy
    }

    /// Every rule: id, default severity, and what it reports.
    static func listRules(_ library: ClauseLibrary) -> String {
        let policy = LintPolicy.standard(library)
        var rows = [["RULE", "SEVERITY", "MESSAGE"]]
        for kind in library.kinds {
            let required = policy.required.keys.contains(kind.id)
            rows.append(["missing.\(kind.id)", required ? "error" : "(not required)", kind.missing])
            if let partial = kind.partial { rows.append(["partial.\(kind.id)", required ? "warning" : "(not required)", partial]) }
        }
        for risk in library.orderedRisks { rows.append([risk.rule, risk.severity.rawValue, risk.message]) }
        return Table.render(rows) + "\n"
    }

    /// A short description of every rule, for SARIF viewers.
    static func ruleDescriptions(_ library: ClauseLibrary) -> [String: String] {
        var descriptions: [String: String] = [:]
        for kind in library.kinds {
            descriptions["missing.\(kind.id)"] = kind.missing
            if let partial = kind.partial { descriptions["partial.\(kind.id)"] = partial }
        }
        return descriptions
    }
}
