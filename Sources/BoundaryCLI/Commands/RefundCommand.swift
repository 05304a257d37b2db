import BoundaryKit

/// `boundary refund`: what the provider keeps and what the client gets back, exactly.
struct RefundCommand: Command {
    static let spec = CommandSpec(
        name: "refund",
        abstract: "Compute what the provider keeps and the client gets back when an agreement ends early.",
        discussion: """
            The terms come from flags, from a JSON case (--input), or from an agreement file (--agreement: currency, fee, \
            deposit, cancellation fee, milestones, term and hourly rate, as its clauses state them); flags add the progress. \
            Amounts are exact, in the currency's minor units, rounded once per reported amount. \
            Methods: time (--start --end --last-day), milestones (--milestone W:STATUS, or --status with --agreement), \
            hours (--hours --rate), deliverables (--delivered --of), percent (--percent-complete), greater-of (several of them).
            """,
        options: [
            OptionSpec(["--agreement"], valueName: "FILE", help: "Take the terms from an agreement file of `boundary draft`."),
            OptionSpec(["--input"], valueName: "FILE", help: "Read the case as JSON (- for standard input)."),
            RefundOptions.endedBy(help: "With --agreement: who ended it (default client). When the provider ends it, no deposit minimum and no cancellation fee apply."),
        ] + RefundOptions.options + [
            OptionSpec(["--format"], valueName: "FORMAT", help: "Output format (default text).", allowedValues: ["text", "json", "markdown"]),
            OptionSpec(["-o", "--output"], valueName: "FILE", help: "Write to FILE instead of standard output."),
            OptionSpec.flag(["--force"], help: "Overwrite the output file if it exists."),
            LibraryLoader.clausesOption,
        ],
        examples: [
            "boundary refund --currency USD --total 12000.00 --paid 12000.00 --method time --start 2025-01-01 --end 2025-12-31 --last-day 2025-03-31",
            "boundary refund --currency EUR --total 8000 --paid 4000 --milestone 20:accepted --milestone 30:delivered --milestone 30:in-progress@50 --milestone 20:not-started",
            "boundary refund --agreement acme.yaml --paid 3600.00 --status 1=accepted --status 2=in-progress@50",
            "boundary refund --input case.json --format json",
        ]
    )

    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        let format = arguments.value("--format") ?? "text"
        var base: [(key: String, value: JSONValue)] = []
        var notes: [String] = []
        var inputs: [String] = []
        switch (arguments.value("--input"), arguments.value("--agreement")) {
        case (_?, _?):
            throw CLIError("--input and --agreement both give the terms", fix: "use one of them")
        case (let path?, nil):
            inputs.append(path)
            let (name, text) = try InputReader.read(path: path, io: io)
            do {
                guard case .object(let entries) = try JSONValue.parse(text) else {
                    throw CLIError("\(name): a refund case is a JSON object", fix: "see the example in `boundary refund --help`")
                }
                base = entries
            } catch let error as JSONError {
                throw CLIError("\(name):\(error.line):\(error.column): \(error.message)", fix: "correct the JSON")
            }
        case (nil, let path?):
            inputs.append(path)
            let plan = try AgreementFile.plan(path, library: try LibraryLoader.load(arguments, io: io), io: io)
            let endedBy = AgreementRefund.EndedBy(rawValue: arguments.value("--ended-by") ?? "client") ?? .client
            (base, notes) = AgreementRefund.base(plan, endedBy: endedBy)
        case (nil, nil):
            if arguments.value("--ended-by") != nil { throw CLIError("--ended-by goes with --agreement") }
        }

        let (refundCase, settlement) = try RefundOptions.settle(arguments, base: base, io: io, json: format == "json", help: "boundary refund --help")
        let output: String
        switch format {
        case "json": output = settlement.json.pretty() + "\n"
        case "markdown": output = SettlementStatement(settlement, total: refundCase.total, extraNotes: notes).markdown
        default: output = SettlementStatement(settlement, total: refundCase.total, extraNotes: notes).text
        }
        try OutputWriter.write(output, to: arguments.value("--output"), force: arguments.flag("--force"), io: io, inputs: inputs)
        return ExitCode.success
    }
}
