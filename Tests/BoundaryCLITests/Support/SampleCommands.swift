import BoundaryCLI

/// A command shaped like the real ones (an input, an output, a format, repeatable and flag options),
/// which prints what it was given so tests can see how the command line was parsed.
enum Greet: Command {
    static let spec = CommandSpec(
        name: "greet",
        abstract: "Greet someone by name.",
        discussion: """
            Writes a greeting for NAME to standard output, or to the file given with --output. The \
            greeting is plain text unless --format says otherwise.

              boundary greet Ada --format json
            """,
        options: [
            OptionSpec(["-o", "--output"], valueName: "path", help: "Where to write the greeting; '-' is standard output."),
            OptionSpec(["--format"], valueName: "format", help: "How to write it.", allowedValues: ["text", "json", "html"], defaultValue: "text"),
            OptionSpec(["-t", "--tag"], valueName: "tag", help: "A tag to add to the greeting.", repeatable: true),
            .flag(["-f", "--force"], help: "Overwrite an existing output file."),
            .flag(["-q", "--quiet"], help: "Say nothing on standard error."),
        ],
        arguments: [
            ArgumentSpec("name", help: "Who to greet."),
            ArgumentSpec("files", help: "Files to read greetings from ('-' for standard input).", optional: true, variadic: true),
        ],
        examples: ["boundary greet Ada", "boundary greet Ada --format json -o greeting.json"]
    )

    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        let fields = [
            "name=\(arguments.positional("name") ?? "nil")",
            "files=\(arguments.positionals("files"))",
            "output=\(arguments.value("output") ?? "nil")",
            "format=\(arguments.value("--format") ?? "nil")",
            "tags=\(arguments.values("-t"))",
            "force=\(arguments.flag("force"))",
            "quiet=\(arguments.flag("-q"))",
        ]
        io.writeOut(fields.joined(separator: " ") + "\n")
        if arguments.positional("name") == "nobody" { throw CLIError("nobody to greet", fix: "give a name") }
        return arguments.positional("name") == "findings" ? ExitCode.findings : ExitCode.success
    }
}

/// A group with subcommands, like `boundary clauses list|show`.
enum Notes: Command {
    static let spec = CommandSpec(
        name: "notes", abstract: "Work with notes.", subcommands: [NotesList.self, NotesShow.self])
}

enum NotesList: Command {
    static let spec = CommandSpec(
        name: "list", abstract: "List the notes.",
        options: [OptionSpec(["--format"], valueName: "format", help: "Output format.", allowedValues: ["text", "json"], defaultValue: "text")])
    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        io.writeOut("list \(arguments.value("format")!)\n")
        return ExitCode.success
    }
}

enum NotesShow: Command {
    static let spec = CommandSpec(name: "show", abstract: "Show one note.", arguments: [ArgumentSpec("id", help: "The note's id.")])
    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        io.writeOut("show \(arguments.positional("id")!)\n")
        return ExitCode.success
    }
}

let sampleCommands: [any Command.Type] = [Greet.self, Notes.self]

/// Runs the sample CLI in-process.
func runCLI(_ arguments: [String], stdin: String = "", terminal: Set<IO.Stream> = [], environment: [String: String] = [:]) -> (status: Int32, out: String, err: String) {
    let captured = CapturedIO(stdin: stdin, terminal: terminal, environment: environment)
    let status = CLI.run(arguments: arguments, io: captured.io, commands: sampleCommands)
    return (status, captured.out, captured.err)
}
