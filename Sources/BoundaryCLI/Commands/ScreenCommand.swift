import BoundaryKit

/// `boundary screen`: the "say no early" checklist for a prospective client, and the verdict.
struct ScreenCommand: Command {
    static let defaultPreset = "web-design"

    static let spec = CommandSpec(
        name: "screen",
        abstract: "Screen a prospective client: take, take with boundaries, or decline.",
        discussion: """
            The "say no early" checklist: the seven situations in which to say no, the three questions of \
            whether a client is worth it, and "can you set boundaries and price the extra time?". Answer each \
            yes, no or unsure, with --answer, in an answers file, or at the prompt on a terminal (? shows why a \
            question matters). Unsure is never a pass: it needs a boundary.

            The verdict lists every warning answer with its reason. Take with boundaries names the clauses to \
            insist on and the `boundary draft` command that includes them; decline gives the `boundary letter \
            decline` command to send. The exit status is 0 whatever the verdict: it is advice. `docs/screen.md` \
            has the decision table and the JSON shape.
            """,
        options: [
            OptionSpec(["--answer"], valueName: "ID=ANSWER", help: "Answer a question: yes, no or unsure, e.g. --answer third-party=no.", repeatable: true),
            OptionSpec(["--answers"], valueName: "FILE", help: "Read answers from FILE (- for standard input): one `id: yes|no|unsure` line each. --answer wins over it."),
            OptionSpec(["--assume"], valueName: "ANSWER", help: "Count unanswered questions as unsure instead of failing.", allowedValues: ["unsure"]),
            OptionSpec(["--client"], valueName: "NAME", help: "The prospective client's name, for the draft or letter command."),
            OptionSpec(["--provider"], valueName: "NAME", help: "Your name or business, for the draft or letter command."),
            OptionSpec(["--preset"], valueName: "PRESET", help: "The preset of the draft command (`boundary presets`).", defaultValue: defaultPreset),
            OptionSpec.flag(["--give-reason"], help: "Give the decline letter a factual reason from the answers (by default it gives none)."),
            OptionSpec.flag(["--no-input"], help: "Never ask, even on a terminal."),
            OptionSpec.flag(["--list"], help: "Print the checklist and stop."),
            OptionSpec(["--format"], valueName: "FORMAT", help: "Output format (default text).", allowedValues: ["text", "json"]),
            OptionSpec(["-o", "--output"], valueName: "FILE", help: "Write to FILE instead of standard output."),
            OptionSpec.flag(["--force"], help: "Overwrite the output file if it exists."),
            LibraryLoader.clausesOption,
        ],
        examples: [
            "boundary screen",
            "boundary screen --list",
            "boundary screen --answers northwind.txt --client \"Northwind Bakery Ltd\" --provider \"Sam Carter\"",
            "boundary screen --answer guarantees=yes --answer price-extra-time=yes --assume unsure --format json",
        ]
    )

    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        let layers = try LibraryLoader.layers(userDirectory: arguments.value("--clauses"), io: io)
        let (library, libraryProblems) = ClauseLibrary.load(layers)
        guard libraryProblems.isEmpty else { throw Diagnostics(libraryProblems) }
        guard let file = ScreeningChecklist.find(in: layers) else {
            throw CLIError("the clause library has no \(ScreeningChecklist.relativePath)", fix: "add one to your --clauses folder, or leave --clauses out")
        }
        let checklist = try ScreeningChecklistParser.parse(file.text, path: file.displayPath).get()
        let problems = checklist.check(against: library)
        guard problems.isEmpty else { throw Diagnostics(problems) }

        let format = arguments.value("--format") ?? "text"
        var inputs: [String] = []
        if arguments.flag("--list") {
            for option in ["--answer", "--answers", "--assume", "--client", "--provider", "--give-reason"] where arguments.flag(option) {
                throw CLIError("--list prints the checklist and takes no \(option)", fix: "leave out --list to screen a client")
            }
            let text = format == "json" ? checklist.json.pretty() + "\n" : checklist.text
            try OutputWriter.write(text, to: arguments.value("--output"), force: arguments.flag("--force"), io: io, inputs: [])
            return ExitCode.success
        }

        let presetID = arguments.value("--preset") ?? defaultPreset
        guard let preset = library.presets[presetID] else {
            let hint = Spelling.suggestion(for: presetID, among: library.orderedPresets.map(\.id)).map { "did you mean `\($0)`?" }
            throw CLIError("unknown preset `\(presetID)`", fix: hint ?? "`boundary presets` lists them")
        }

        var answers = ScreeningAnswers()
        var fromFile = false
        if let path = arguments.value("--answers") {
            inputs.append(path)
            let (name, text) = try InputReader.read(path: path, io: io)
            answers = try ScreeningAnswers.read(text, file: name, checklist: checklist).get()
            fromFile = path == "-"
        }
        answers = answers.merging(try ScreeningAnswers.parse(flags: arguments.values("--answer"), checklist: checklist).get())

        let terminal = io.isTerminal(.stdin) && io.isTerminal(.stderr) && !arguments.flag("--no-input") && !fromFile
        var asked = false
        if terminal && !Screener.missing(answers, checklist: checklist).isEmpty {
            asked = true
            answers = ask(checklist, answers: answers, io: io)
        }
        let missing = Screener.missing(answers, checklist: checklist)
        if !missing.isEmpty && arguments.value("--assume") == nil {
            let ids = missing.map(\.id)
            let example = missing[0]
            throw CLIError(
                "no answer to \(ids.count == 1 ? "the question" : "\(ids.count) questions"): \(ids.joined(separator: ", "))",
                fix: "answer with --answer ID=yes|no|unsure (e.g. --answer \(example.id)=\(example.clearAnswer.rawValue)), in --answers FILE, "
                    + "or on a terminal; --assume unsure counts them as unsure; `boundary screen --list` shows the questions")
        }

        let client = arguments.value("--client"), provider = arguments.value("--provider")
        let verdict = Screener.verdict(answers, checklist: checklist, library: library) { kind in
            ScreeningNextStep.clause(for: kind, preset: preset, library: library)
        }
        let next = verdict.decision == .decline
            ? ScreeningNextStep.declineLetter(verdict, client: client, provider: provider, giveReason: arguments.flag("--give-reason"))
            : ScreeningNextStep.draft(verdict, preset: preset, library: library, client: client, provider: provider)
        if asked {
            io.writeErr("\nTo screen with these answers again without questions:\n  \(commandLine(answers, checklist: checklist, arguments: arguments))\n\n")
        }
        let report = ScreeningReport(verdict: verdict, next: next, checklist: checklist, client: client, provider: provider)
        let text = format == "json" ? report.json.pretty() + "\n" : report.text
        try OutputWriter.write(text, to: arguments.value("--output"), force: arguments.flag("--force"), io: io, inputs: inputs)
        return ExitCode.success
    }

    /// Asks each unanswered question on the terminal, one at a time: yes, no or unsure; `?` shows why
    /// it matters; anything else asks again. The gate comes last, and only when its answer decides.
    /// The end of input stops the questions (what is left unanswered is reported by the caller).
    private static func ask(_ checklist: ScreeningChecklist, answers: ScreeningAnswers, io: IO) -> ScreeningAnswers {
        var answers = answers
        let open = checklist.screeningQuestions.filter { answers[$0.id] == nil }
        io.writeErr("Answer each question yes, no or unsure (y, n, u); ? shows why it matters.\n")
        for (number, question) in open.enumerated() {
            guard let answer = ask(question, label: "\(number + 1)/\(open.count)", io: io) else { return answers }
            answers[question.id] = answer
        }
        if let gate = checklist.gate, answers[gate.id] == nil, Screener.gateDecides(answers, checklist: checklist) {
            io.writeErr("Some answers need boundaries. One more question:\n")
            if let answer = ask(gate, label: "last", io: io) { answers[gate.id] = answer }
        }
        return answers
    }

    private static func ask(_ question: ScreeningQuestion, label: String, io: IO) -> ScreeningAnswer? {
        while true {
            io.writeErr("[\(label)] \(question.question) [yes/no/unsure/?]: ")
            guard let line = io.readLine() else {
                io.writeErr("\n")
                return nil
            }
            let typed = line.trimmingSpaces
            if typed == "?" {
                io.writeErr("  Why it matters: \(question.why) (\(question.source))\n  The warning sign is \"\(question.warning.rawValue)\".\n")
                continue
            }
            if let answer = ScreeningAnswer(typed: typed) { return answer }
            io.writeErr("  Please answer yes, no or unsure, or ? to see why it matters.\n")
        }
    }

    /// The command line that screens again with `answers`, without questions.
    private static func commandLine(_ answers: ScreeningAnswers, checklist: ScreeningChecklist, arguments: ParsedArguments) -> String {
        var words = ["boundary", "screen"]
        for question in checklist.questions {
            if let answer = answers[question.id] { words += ["--answer", "\(question.id)=\(answer.rawValue)"] }
        }
        for option in ["--client", "--provider", "--clauses"] {
            if let value = arguments.value(option) { words += [option, ShellWords.quoted(value)] }
        }
        if let assume = arguments.value("--assume") { words += ["--assume", assume] }
        if let preset = arguments.value("--preset"), preset != defaultPreset { words += ["--preset", ShellWords.word(preset)] }
        if arguments.flag("--give-reason") { words.append("--give-reason") }
        if let format = arguments.value("--format") { words += ["--format", format] }
        return words.joined(separator: " ")
    }
}
