import Testing
@testable import BoundaryCLI

@Suite("Command declarations")
struct SpecCheckTests {
    @Test func sampleCommandsAreSound() {
        #expect(CLI.problems(in: sampleCommands) == [])
    }

    @Test func mistakesAreFound() {
        enum Bad: Command {
            static let spec = CommandSpec(
                name: "bad", abstract: "Bad.",
                options: [
                    OptionSpec(["-h", "--hue"], help: "Clashes with -h."),
                    OptionSpec(["--format"], help: "Format.", allowedValues: ["a", "b"], defaultValue: "c"),
                ],
                arguments: [ArgumentSpec(name: "rest", help: "R.", variadic: true), ArgumentSpec(name: "last", help: "L.")])
            static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 { 0 }
        }
        #expect(CLI.problems(in: [Bad.self]) == [
            "boundary bad: default 'c' of '--format' is not one of its allowed values",
            "boundary bad: option '-h' is declared twice",
            "boundary bad: variadic argument 'rest' must be the last",
        ])
        #expect(CLI.problems(in: [NotesList.self, NotesList.self]) == ["boundary: subcommand 'list' is declared twice"])
    }
}
