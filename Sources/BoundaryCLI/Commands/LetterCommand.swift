import BoundaryKit

/// `boundary letter KIND`: the hard conversations, as letters ready to send, built from the agreement.
struct LetterCommand: Command {
    static let letterOptions: [OptionSpec] = [
        OptionSpec(["--agreement"], valueName: "FILE", help: "The agreement file of `boundary draft`: names, clauses, terms and figures (every kind but decline needs an agreement)."),
        OptionSpec(["--preset"], valueName: "PRESET", help: "Without an agreement file: the agreement of a preset (`boundary presets`), with --set for your terms."),
        OptionSpec(["--set"], valueName: "KEY=VALUE", help: "A value of the agreement, as for `boundary draft`: terms.late_fee=50, terms.notice_days=30, client.name=…", repeatable: true),
        OptionSpec(["--register"], valueName: "REGISTER", help: "warm (first names, friendly) or formal (\"Dear …\", \"Kind regards\").", allowedValues: LetterRegister.allCases.map(\.rawValue), defaultValue: "warm"),
        OptionSpec(["--client"], valueName: "NAME", help: "The client's name (default: the agreement's client.name)."),
        OptionSpec(["--provider"], valueName: "NAME", help: "Your name or business (default: the agreement's provider.name)."),
        OptionSpec(["--dear"], valueName: "NAME", help: "Who the letter greets: a first name (warm) or \"Ms Lee\" (formal); default the client's name."),
        OptionSpec(["--sign"], valueName: "NAME", help: "The name you sign with (default the provider's name)."),
        OptionSpec(["--project"], valueName: "TEXT", help: "What the work is (default: the agreement's project; optional for decline)."),
        OptionSpec(["--date"], valueName: "DATE", help: "The date of the letter, YYYY-MM-DD (end, late-payment, pause)."),
        OptionSpec(["--reason"], valueName: "TEXT", help: "decline, end: your reason, as facts (optional: giving one is your choice)."),
        OptionSpec(["--refer"], valueName: "REFERRAL", help: "decline, end: another specialist to recommend, or a substitute, as \"Name <contact>\".", repeatable: true),
        OptionSpec(["--resource"], valueName: "TEXT", help: "decline: a free resource to point to.", repeatable: true),
        OptionSpec.flag(["--cannot-continue"], help: "end: you cannot go on; the substitution clause's path (substitute or refund, then release)."),
        OptionSpec(["--end-on"], valueName: "DATE", help: "end: the day the agreement ends (default: --date plus the agreement's notice period)."),
        RefundOptions.endedBy(help: "end: who ends it; only provider (the default) for a letter in which you end it."),
        OptionSpec(["--request"], valueName: "TEXT", help: "scope: what the client asked for."),
        OptionSpec(["--estimate-hours"], valueName: "HOURS", help: "scope: your estimate, quoted at the agreement's hourly rate (else a change request is offered)."),
        OptionSpec(["--level"], valueName: "LEVEL", help: "late-payment: 1 friendly reminder, 2 second reminder, 3 final notice before pausing work.", allowedValues: ["1", "2", "3"], defaultValue: "1"),
        OptionSpec(["--invoice"], valueName: "NUMBER", help: "late-payment, pause: the invoice number."),
        OptionSpec(["--amount"], valueName: "AMOUNT", help: "late-payment, pause: the invoice amount, in the agreement's currency."),
        OptionSpec(["--due"], valueName: "DATE", help: "late-payment, pause: the invoice's due date."),
        OptionSpec(["--pause-date"], valueName: "DATE", help: "late-payment --level 2 or 3, pause: the day work pauses (default: the first day the agreement allows)."),
        OptionSpec(["--from"], valueName: "ADDRESS", help: "eml: your e-mail address (default: the agreement's provider.email)."),
        OptionSpec(["--to"], valueName: "ADDRESS", help: "eml: the client's e-mail address (default: the agreement's client.email)."),
        OptionSpec(["--format"], valueName: "FORMAT", help: "Output format (default markdown); eml is a message for a mail client.", allowedValues: LetterRenderer.Format.allCases.map(\.rawValue)),
        OptionSpec(["-o", "--output"], valueName: "FILE", help: "Write the letter to FILE instead of standard output."),
        OptionSpec.flag(["--force"], help: "Overwrite the output file if it exists."),
        LibraryLoader.clausesOption,
    ]

    static let spec = CommandSpec(
        name: "letter",
        abstract: "Write a letter for a hard conversation: decline, end, scope, late-payment or pause.",
        discussion: """
            Each letter opens with thanks, states the decision plainly in I-messages, gives facts, and says what happens next. \
            Names, clauses and figures come from the agreement file (--agreement), flags overriding it; a missing value is an error \
            naming the flag or agreement key to set, and nothing is written. The end letter's money is computed by the refund engine \
            from the same flags as `boundary refund --agreement` (--paid, --status/--progress N=STATUS, --hours, --last-day, …), \
            with --ended-by provider: the figures equal `boundary refund … --ended-by provider`. \
            Templates are data in Clauses/letters/ (docs/letters.md).
            """,
        options: letterOptions + RefundOptions.options,
        arguments: [ArgumentSpec(name: "KIND", help: "decline, end, scope, late-payment or pause.")],
        examples: [
            "boundary letter decline --client Dana --provider Sam --reason \"My calendar is full until June.\" --refer \"Jo Lee <jo@example.com>\"",
            "boundary letter end --agreement acme.yaml --date 2027-03-01 --paid 3600.00 --status 1=accepted --status 2=in-progress@50",
            "boundary letter end --cannot-continue --agreement acme.yaml --date 2027-03-01 --paid 3600.00 --status 1=accepted --refer \"Jo Lee <jo@example.com>\"",
            "boundary letter scope --agreement acme.yaml --request \"an online shop\" --estimate-hours 12 --register formal",
            "boundary letter late-payment --level 2 --agreement acme.yaml --invoice 2027-004 --amount 3600.00 --due 2027-03-05 --date 2027-03-15",
            "boundary letter late-payment --preset writing --set terms.late_fee=25.00 --client \"Ada Lee\" --provider \"Sam Carter\" --invoice 7 --amount 800.00 --due 2027-03-05 --date 2027-03-20",
            "boundary letter pause --agreement acme.yaml --invoice 2027-004 --amount 3600.00 --due 2027-03-05 --date 2027-03-22 --format eml -o pause.eml",
        ]
    )

    /// The options each kind reads, beyond the common ones; any other is an error, not silently ignored.
    static let common: Set<String> = ["--agreement", "--preset", "--set", "--register", "--client", "--provider", "--dear", "--sign", "--project", "--from", "--to",
                                      "--format", "--output", "--force", "--clauses"]
    static func accepted(_ kind: LetterKind) -> Set<String> {
        switch kind {
        case .decline: common.union(["--reason", "--refer", "--resource"])
        case .end: common.union(["--date", "--reason", "--refer", "--cannot-continue", "--end-on", "--ended-by"]).union(RefundOptions.options.map(\.key))
        case .scope: common.union(["--request", "--estimate-hours"])
        case .latePayment: common.union(["--date", "--level", "--invoice", "--amount", "--due", "--pause-date"])
        case .pause: common.union(["--date", "--invoice", "--amount", "--due", "--pause-date"])
        }
    }

    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        let word = arguments.positional("KIND") ?? ""
        guard let kind = LetterKind(rawValue: word) else {
            let names = LetterKind.allCases.map(\.rawValue)
            let near = Suggestion.closest(to: word, among: names).map { "; did you mean '\($0)'?" } ?? ""
            throw CLIError("unknown letter '\(word)'\(near)", fix: "use one of \(names.joined(separator: ", "))")
        }
        let given = (letterOptions + RefundOptions.options).filter { arguments.flag($0.key) }.map(\.key)
        let stray = given.filter { !accepted(kind).contains($0) }
        if !stray.isEmpty {
            throw CLIErrors(stray.map { CLIError("\($0) is not used by \(kind.displayName)", fix: "see `boundary letter --help`") })
        }
        if kind == .end, let endedBy = arguments.value("--ended-by"), endedBy != "provider" {
            throw CLIError("\(kind.displayName) is written when you end the agreement, so --ended-by is provider",
                           fix: "for the money when the client ends it, run `boundary refund --agreement FILE --ended-by client`")
        }

        // The clauses and the letter templates, from the same files read once.
        let layers = try LibraryLoader.layers(userDirectory: arguments.value("--clauses"), io: io)
        let (library, problems) = ClauseLibrary.load(layers)
        let (letters, letterProblems) = LetterLibrary.load(layers)
        guard problems.isEmpty, letterProblems.isEmpty else { throw Diagnostics(problems + letterProblems) }
        let agreementPath = arguments.value("--agreement")
        let preset = arguments.value("--preset"), sets = arguments.values("--set")
        if !sets.isEmpty, agreementPath == nil, preset == nil {
            throw CLIError("--set changes an agreement, and there is none", fix: "give --agreement FILE, or --preset P for a preset's agreement")
        }
        let plan = agreementPath == nil && preset == nil ? nil
            : try AgreementFile.plan(path: agreementPath, preset: preset, sets: sets, library: library, io: io)

        var request = LetterRequest(kind: kind)
        request.register = LetterRegister(rawValue: arguments.value("--register") ?? "warm") ?? .warm
        request.cannotContinue = arguments.flag("--cannot-continue")
        request.level = arguments.value("--level")
        request.client = arguments.value("--client")
        request.provider = arguments.value("--provider")
        request.dear = arguments.value("--dear")
        request.sign = arguments.value("--sign")
        request.project = arguments.value("--project")
        request.reason = arguments.value("--reason")
        request.referrals = arguments.values("--refer")
        request.resources = arguments.values("--resource")
        request.request = arguments.value("--request")
        request.estimateHours = arguments.value("--estimate-hours")
        request.date = arguments.value("--date")
        request.due = arguments.value("--due")
        request.endOn = arguments.value("--end-on")
        request.pauseDate = arguments.value("--pause-date")
        request.invoice = arguments.value("--invoice")
        request.amount = arguments.value("--amount")
        request.from = arguments.value("--from")
        request.to = arguments.value("--to")

        // The end letters' money: the refund engine, on the agreement's terms and the progress flags,
        // as `boundary refund --agreement … --ended-by provider` computes it.
        var settlement: LetterSettlement?
        if kind == .end, let plan, arguments.value("--paid") != nil {
            let (base, _) = AgreementRefund.base(plan, endedBy: .provider)
            let (refundCase, result) = try RefundOptions.settle(arguments, base: base, io: io, json: false, help: "boundary letter --help")
            settlement = LetterSettlement(result, total: refundCase.total)
        }

        let letter: Letter
        do {
            letter = try LetterComposer.compose(request, from: .init(plan: plan, library: library, letters: letters, settlement: settlement))
        } catch {
            throw CLIErrors(error.all.map { CLIError($0.message, fix: $0.fix) })
        }
        let format = LetterRenderer.Format(rawValue: arguments.value("--format") ?? "markdown") ?? .markdown
        try OutputWriter.write(LetterRenderer.render(letter, as: format), to: arguments.value("--output"), force: arguments.flag("--force"),
                               io: io, inputs: agreementPath.map { [$0] } ?? [])
        return ExitCode.success
    }
}
