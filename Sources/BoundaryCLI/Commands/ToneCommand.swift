import BoundaryKit
import BuiltinClauses

/// `boundary tone`: checks a letter the user wrote — "but", blame, you-statements, opinions as
/// facts, threats, shouting, hedging, no thanks, no next step, length — with a suggested rewrite.
struct ToneCommand: Command {
    static let spec = CommandSpec(
        name: "tone",
        abstract: "Check the tone of a letter you wrote to a client.",
        discussion: """
            Reads .txt, .md, .html and .eml (the Subject line and the body; quoted-printable and base64 are decoded), \
            a directory (recursively), or - for standard input. Lines quoted from someone else (starting with >, or inside <blockquote>) are not \
            checked and do not count toward the length. Each finding names the line and column and, where it can, \
            suggests the sentence rewritten. The rules are data, in the tone/ folder of the clause library. \
            Exit 0: no finding at or above --fail-on; 1: some; 2: bad input.
            """,
        options: [
            OptionSpec(["--format"], valueName: "FORMAT", help: "Output format (default text).", allowedValues: ["text", "json", "sarif", "html"]),
            OptionSpec(["-o", "--output"], valueName: "FILE", help: "Write the report to FILE instead of standard output."),
            OptionSpec.flag(["--force"], help: "Overwrite the output file if it exists."),
            OptionSpec(["--max-words"], valueName: "N", help: "Report a letter longer than N words of your own (default 250)."),
            OptionSpec(["--ignore"], valueName: "RULE", help: "Leave out a rule, e.g. hedging or tone.hedging.", repeatable: true),
            OptionSpec(["--fail-on"], valueName: "LEVEL", help: "Exit 1 when a finding is at or above LEVEL (default warning).", allowedValues: Severity.allCases.map(\.rawValue)),
            OptionSpec.flag(["--list-rules"], help: "List every rule id with its severity and message, and exit."),
            LibraryLoader.clausesOption,
        ],
        arguments: [ArgumentSpec(name: "LETTER", help: "Letter files (.txt .md .html .eml) or directories, or - for standard input.", optional: true, variadic: true)],
        examples: ["boundary tone reply.md", "boundary tone draft.eml --format html -o tone.html", "pbpaste | boundary tone - --ignore hedging"]
    )

    /// A letter is yours to rewrite, so anything the rules call a warning should stop it going out.
    static let defaultFailOn = Severity.warning

    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        let rules = try loadRules(arguments, io: io)
        if arguments.flag("--list-rules") {
            io.writeOut(listRules(rules))
            return ExitCode.success
        }
        var maxWords: Int?
        if let text = arguments.value("--max-words") {
            guard let value = Int(text), value >= 1, text.allSatisfy(\.isASCII) else {
                throw CLIError("--max-words must be a whole number of words, 1 or more, not '\(text)'", fix: "write e.g. --max-words 200")
            }
            maxWords = value
        }
        var ignored: Set<String> = []
        var problems: [Diagnostic] = []
        for spec in arguments.values("--ignore") {
            if let rule = rules.rule(named: spec) {
                ignored.insert(rule.id)
            } else {
                let known = rules.rules.map(\.id)
                let bare = spec.hasPrefix("tone.") ? String(spec.dropFirst(5)) : spec
                let hint = Spelling.suggestion(for: bare, among: known).map { "did you mean `\($0)`?" } ?? "known rules: \(known.joined(separator: ", "))"
                problems.append(Diagnostic("--ignore: no tone rule `\(spec)`", fix: hint))
            }
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        let paths = DocumentReader.expand(arguments.positionals, io: io, extensions: LetterReader.extensions)
        guard !paths.isEmpty else { throw CLIError("no letter to check", fix: "give a file, a directory, or - for standard input") }
        let failOn = arguments.value("--fail-on").flatMap(Severity.init(rawValue:)) ?? defaultFailOn
        let checker: ToneChecker
        do { checker = try ToneChecker(rules: rules.rules.filter { !ignored.contains($0.id) }, maxWords: maxWords) } catch {
            throw CLIError("the tone rules cannot be compiled: \(error)", fix: "check the files in the tone/ folder")
        }
        let reports = paths.map { path in
            Result { () throws in
                let letter = try LetterReader.read(path, io: io)
                return checker.check(letter.text, quotedLines: letter.quoted, path: path == "-" ? "<stdin>" : path, original: letter.original)
            }
        }
        return try ReportOutput.finish(reports, subject: .letter, failOn: failOn,
                                       ruleDescriptions: { Dictionary(uniqueKeysWithValues: rules.rules.map { ($0.rule, $0.title) }) },
                                       arguments: arguments, io: io, inputs: paths)
    }

    /// The built-in rules, with a user's `--clauses DIR` laid over them.
    static func loadRules(_ arguments: ParsedArguments, io: IO) throws -> ToneRuleSet {
        let (rules, diagnostics) = ToneRuleSet.load(try LibraryLoader.layers(userDirectory: arguments.value("--clauses"), io: io))
        guard diagnostics.isEmpty else { throw Diagnostics(diagnostics) }
        return rules
    }

    static func listRules(_ rules: ToneRuleSet) -> String {
        var rows = [["RULE", "SEVERITY", "MESSAGE"]]
        for rule in rules.rules {
            let message = rule.message.replacing("{{count}}", with: "N").replacing("{{max}}", with: "\(rule.maxWords)").replacing(" ({{words}})", with: "")
            rows.append([rule.rule, rule.severity.rawValue, message])
        }
        return Table.render(rows) + "\n"
    }
}
