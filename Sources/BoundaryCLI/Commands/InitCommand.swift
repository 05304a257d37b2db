import BoundaryKit

/// `boundary init`: a commented agreement file to fill in, started from a preset.
struct InitCommand: Command {
    static let spec = CommandSpec(
        name: "init",
        abstract: "Write a commented agreement file to edit, started from a preset.",
        discussion: "The file lists every value the preset's clauses use, with its default. Edit it, then run `boundary draft FILE`.",
        options: [
            OptionSpec(["--preset"], valueName: "PRESET", help: "The preset to start from (`boundary presets` lists them)."),
            OptionSpec(["-o", "--output"], valueName: "FILE", help: "Where to write the file (default: agreement.yaml; - for standard output)."),
            OptionSpec.flag(["--force"], help: "Overwrite the output file if it exists."),
            LibraryLoader.clausesOption,
        ],
        examples: ["boundary init --preset web-design", "boundary init --preset consulting -o acme.yaml"]
    )

    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        let library = try LibraryLoader.load(arguments, io: io)
        let ids = library.orderedPresets.map(\.id)
        guard let id = arguments.value("--preset") else {
            throw CLIError("choose a preset to start from with --preset", fix: "one of: \(ids.joined(separator: ", "))")
        }
        guard let preset = library.presets[id] else {
            let hint = Spelling.suggestion(for: id, among: ids).map { "did you mean `\($0)`?" }
            throw CLIError("unknown preset `\(id)`", fix: hint ?? "one of: \(ids.joined(separator: ", "))")
        }
        let output = arguments.value("--output") ?? "agreement.yaml"
        try OutputWriter.write(StarterFile.render(preset, library: library), to: output, force: arguments.flag("--force"), io: io, inputs: [])
        if output != "-" {
            io.writeErr("wrote \(output): edit it, then run `boundary draft \(output)`\n")
        }
        return ExitCode.success
    }
}
