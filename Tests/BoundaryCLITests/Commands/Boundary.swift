import BoundaryCLI

/// Runs the real `boundary` commands in-process, as a user would type them, in `directory`.
func boundary(_ arguments: [String], stdin: String = "", terminal: Set<IO.Stream> = [], in directory: String? = nil,
              environment: [String: String] = ["NO_COLOR": "1"]) -> (status: Int32, out: String, err: String) {
    let captured = directory.map { CapturedIO(stdin: stdin, terminal: terminal, environment: environment, currentDirectory: $0) }
        ?? CapturedIO(stdin: stdin, terminal: terminal, environment: environment)
    let status = CLI.run(arguments: arguments, io: captured.io, commands: CommandRegistry.commands)
    return (status, captured.out, captured.err)
}
