import BoundaryKit

/// `boundary presets`: the trades' starting points for `draft` and `init`.
struct PresetsCommand: Command {
    static let spec = CommandSpec(
        name: "presets",
        abstract: "List the presets: a trade's choice of clauses and sample values.",
        options: [
            OptionSpec(["--format"], valueName: "FORMAT", help: "Output format.", allowedValues: ["text", "json"]),
            LibraryLoader.clausesOption,
        ],
        examples: ["boundary presets", "boundary draft --preset consulting"]
    )

    struct Entry: Encodable {
        var id: String, title: String, summary: String
        var clauses: [String]
    }

    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        let library = try LibraryLoader.load(arguments, io: io)
        let entries = library.orderedPresets.map { preset in
            Entry(id: preset.id, title: preset.title, summary: preset.summary,
                  clauses: ClauseSelection.clauses(for: preset.agreement, library: library, preset: preset).map(\.id))
        }
        if arguments.value("--format") == "json" {
            io.writeOut(JSONOutput.encode(entries))
            return ExitCode.success
        }
        io.writeOut(Table.render(entries.map { [$0.id, $0.title, $0.summary] }) + "\n")
        return ExitCode.success
    }
}
