import BoundaryKit

/// `boundary draft`: composes a service agreement from the clause library and the user's values.
struct DraftCommand: Command {
    static let spec = CommandSpec(
        name: "draft",
        abstract: "Compose a service agreement from the clause library.",
        discussion: """
            Values come from an agreement file (see `boundary init`), or with --preset alone from the preset's \
            sample values, with --set on top. On a terminal with neither, or with --interactive, it asks for them. \
            Every problem is reported at once, as file:line, and nothing is written.
            """,
        options: [
            OptionSpec(["--preset"], valueName: "PRESET", help: "Start from a preset (`boundary presets` lists them)."),
            OptionSpec(["--set"], valueName: "KEY=VALUE", help: "Set a value, e.g. client.name=\"Acme Ltd\", terms.notice_days=30; KEY+=VALUE appends to a list.", repeatable: true),
            OptionSpec(["--format"], valueName: "FORMAT", help: "Output format (default: markdown).", allowedValues: Drafting.Format.allCases.map(\.rawValue)),
            OptionSpec(["-o", "--output"], valueName: "FILE", help: "Write the agreement to FILE instead of standard output."),
            OptionSpec.flag(["--force"], help: "Overwrite the output file if it exists."),
            OptionSpec.flag(["-i", "--interactive"], help: "Ask for the values, offering the current ones as defaults."),
            OptionSpec.flag(["--no-input"], help: "Never ask; fail on a missing value instead."),
            LibraryLoader.clausesOption,
        ],
        arguments: [ArgumentSpec(name: "AGREEMENT", help: "An agreement file, or - for standard input.", optional: true)],
        examples: [
            "boundary draft --preset web-design",
            "boundary draft acme.yaml --format html -o acme.html",
            "boundary draft --preset consulting --set client.name=\"Acme Ltd\" --set fee.total=8000",
        ]
    )

    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        let library = try LibraryLoader.load(arguments, io: io)
        let path = arguments.positionals.first
        var file: Node?
        if let path {
            let (name, text) = try InputReader.read(path: path, io: io)
            file = try FormatReader.parse(text, file: name)
        }
        let presetID = arguments.value("--preset")
        var sets = arguments.values("--set")
        let terminal = io.isTerminal(.stdin) && io.isTerminal(.stderr)
        if arguments.flag("--interactive") && arguments.flag("--no-input") {
            throw CLIError("--interactive and --no-input contradict each other", fix: "use one of them")
        }
        let interactive = arguments.flag("--interactive") || (file == nil && presetID == nil && terminal && !arguments.flag("--no-input"))
        if file == nil && presetID == nil && !interactive {
            throw CLIError("nothing to draft: give an agreement file or a preset", fix: "try `boundary draft --preset web-design`, or `boundary init --preset web-design` to start a file")
        }
        var node = try Drafting.input(presetID: presetID, file: file, sets: sets, library: library).get()
        if interactive {
            let known = sets
            sets += ask(DraftQuestions.questions(for: node, library: library), io: io) { answers in
                (try? Drafting.input(presetID: presetID, file: file, sets: known + answers, library: library).get())?.lookup("currency")?.scalar
            }
            node = try Drafting.input(presetID: presetID, file: file, sets: sets, library: library).get()
            try offerToSave(node, io: io)
            io.writeErr("\nTo draft this again without questions:\n  \(commandLine(path: path, preset: presetID, sets: sets, arguments: arguments))\n\n")
        }
        let plan = try Drafting.plan(node, library: library).get()
        let format = Drafting.Format(rawValue: arguments.value("--format") ?? "markdown") ?? .markdown
        let text: String
        do {
            text = try Drafting.render(plan, as: format, library: library)
        } catch {
            throw CLIError("internal error: \(error) after the agreement was checked", fix: "please report it with the agreement file")
        }
        try OutputWriter.write(text, to: arguments.value("--output"), force: arguments.flag("--force"), io: io, inputs: path.map { [$0] } ?? [])
        return ExitCode.success
    }

    /// Asks each question on the terminal, again until the answer is valid; an empty answer keeps the
    /// value in brackets. Amounts are checked in the currency answered so far.
    private static func ask(_ questions: [DraftQuestion], io: IO, currency: ([String]) -> String?) -> [String] {
        let prompter = Prompter(io: io)
        io.writeErr("Answer each question; press Enter to keep the value in brackets.\n")
        var sets: [String] = []
        for question in questions {
            while true {
                guard let answer = prompter.ask(question.prompt, default: question.current) else { return sets }
                if answer.isEmpty || answer == question.current { break }
                if let problem = question.problem(with: answer, currencyCode: currency(sets)) {
                    io.writeErr("  \(problem). Please try again.\n")
                    continue
                }
                sets += question.assignments(answer)
                break
            }
        }
        return sets
    }

    /// Offers to keep the answers as an agreement file, so the next draft needs no questions.
    private static func offerToSave(_ node: Node, io: IO) throws {
        let prompter = Prompter(io: io)
        guard prompter.confirm("Save these answers as an agreement file?", default: false) else { return }
        let name = prompter.ask("File name", default: "agreement.yaml") ?? "agreement.yaml"
        let text = "# Boundary agreement file, saved from `boundary draft --interactive`. Edit it, then run: boundary draft \(name)\n"
            + FormatWriter.write(node)
        do {
            try OutputWriter.write(text, to: name.isEmpty ? "agreement.yaml" : name, force: false, io: io, inputs: [])
            io.writeErr("saved \(name)\n")
        } catch {
            io.writeErr("not saved: \(error)\n")
        }
    }

    private static func commandLine(path: String?, preset: String?, sets: [String], arguments: ParsedArguments) -> String {
        var words = ["boundary", "draft"]
        if let path { words.append(shellQuoted(path)) }
        if let preset { words += ["--preset", shellQuoted(preset)] }
        for set in sets { words += ["--set", shellQuoted(set)] }
        if let format = arguments.value("--format") { words += ["--format", format] }
        return words.joined(separator: " ")
    }

    private static func shellQuoted(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_.,/=+:@%".contains($0) }
        return plain ? word : "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
