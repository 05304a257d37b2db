import BoundaryKit

/// The top level of `boundary`: dispatch to a command, help, version, and turning every error into
/// a line on standard error and an exit code. Nothing here prints except through `io`, and nothing
/// calls `exit`: `main.swift` does, with the value returned.
public enum CLI {
    public static let toolName = "boundary"
    /// The one place the version comes from.
    public static let version = BoundaryKitVersion.string
    public static let abstract = "Contracts, refunds and letters for freelancers."

    public static func run(arguments: [String], io: IO, commands: [any Command.Type]) -> Int32 {
        let root = rootSpec(commands)
        let path = [toolName]
        do {
            guard let first = arguments.first else {
                io.writeOut(rootHelp(root))
                return ExitCode.success
            }
            if first == "help" {
                return try help(for: Array(arguments.dropFirst()), root: root, io: io)
            }
            if first.hasPrefix("-") {
                let parsed: ParsedArguments
                do {
                    parsed = try ArgumentParser.parse(arguments, spec: rootWithVersion(root), commandPath: path)
                } catch {
                    throw CLIErrorsWithHelp(errors: error, helpPath: path)
                }
                if parsed.helpRequested {
                    io.writeOut(rootHelp(root))
                } else if parsed.flag("--version") {
                    io.writeOut("\(toolName) \(version)\n")
                } else {
                    throw CLIError("no command given", fix: "run '\(toolName) --help' for the list of commands")
                }
                return ExitCode.success
            }
            guard let command = root.subcommand(named: first) else {
                throw unknownCommand(first, in: root, path: path)
            }
            return try dispatch(command, arguments: Array(arguments.dropFirst()), path: path + [first], io: io)
        } catch {
            return report(error, io: io)
        }
    }

    /// Runs `command`, or the subcommand its first word names.
    static func dispatch(_ command: any Command.Type, arguments: [String], path: [String], io: IO) throws -> Int32 {
        let spec = command.spec
        if !spec.subcommands.isEmpty, let first = arguments.first, !first.hasPrefix("-") {
            if let sub = spec.subcommand(named: first) {
                return try dispatch(sub, arguments: Array(arguments.dropFirst()), path: path + [first], io: io)
            }
            if spec.arguments.isEmpty { throw unknownCommand(first, in: spec, path: path) }
        }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments, spec: spec, commandPath: path)
        } catch {
            throw CLIErrorsWithHelp(errors: error, helpPath: path)
        }
        if parsed.helpRequested {
            io.writeOut(HelpFormatter.help(for: spec, path: path))
            return ExitCode.success
        }
        return try command.run(parsed, io: io)
    }

    /// `boundary help [COMMAND [SUBCOMMAND]]`: the same text as `--help`.
    static func help(for words: [String], root: CommandSpec, io: IO) throws -> Int32 {
        if words.isEmpty {
            io.writeOut(rootHelp(root))
            return ExitCode.success
        }
        var path = [toolName]
        var spec = root
        for word in words {
            guard let next = spec.subcommand(named: word) else { throw unknownCommand(word, in: spec, path: path) }
            spec = next.spec
            path.append(word)
        }
        io.writeOut(HelpFormatter.help(for: spec, path: path))
        return ExitCode.success
    }

    static func rootSpec(_ commands: [any Command.Type]) -> CommandSpec {
        CommandSpec(name: toolName, abstract: abstract, subcommands: commands)
    }

    static func rootWithVersion(_ root: CommandSpec) -> CommandSpec {
        var spec = root
        spec.options.append(CommandSpec.versionOption)
        return spec
    }

    static func rootHelp(_ root: CommandSpec) -> String {
        var spec = root
        spec.subcommands.append(HelpCommand.self)
        spec.options.append(CommandSpec.versionOption)
        return HelpFormatter.help(
            for: spec, path: [toolName],
            footer: "Run '\(toolName) help <command>' for a command's arguments and options.")
    }

    static func unknownCommand(_ word: String, in spec: CommandSpec, path: [String]) -> CLIError {
        var names = spec.subcommands.map { $0.spec.name }
        if path.count == 1 { names.append("help") }
        var message = "unknown command '\(word)'"
        if let near = Suggestion.closest(to: word, among: names) { message += "; did you mean '\(near)'?" }
        return CLIError(message, fix: "run '\(path.joined(separator: " ")) --help' for the list of commands")
    }

    /// Prints `error` on standard error and returns its exit code.
    static func report(_ error: any Error, io: IO) -> Int32 {
        let colour = Terminal.useColour(io: io, stream: .stderr)
        let errorWord = Terminal.style("error:", "1;31", colour)
        func line(_ message: String) -> String { "\(toolName): \(errorWord) \(message)\n" }
        func fixLine(_ fix: String) -> String { "  fix: \(fix)\n" }

        switch error {
        case let error as CLIError:
            io.writeErr(line(error.message) + (error.fix.map(fixLine) ?? ""))
            return error.exitCode
        case let error as CLIErrorsWithHelp:
            var fixes: [String] = []
            for fix in error.errors.all.compactMap(\.fix) where !fixes.contains(fix) { fixes.append(fix) }
            if fixes.isEmpty { fixes = ["run '\(error.helpPath.joined(separator: " ")) --help' for usage"] }
            io.writeErr(error.errors.all.map { line($0.message) }.joined() + fixes.map(fixLine).joined())
            return ExitCode.usage
        case let error as CLIErrors:
            io.writeErr(error.all.map { line($0.message) + ($0.fix.map(fixLine) ?? "") }.joined())
            return error.all.map(\.exitCode).max() ?? ExitCode.usage
        case let diagnostic as Diagnostic:
            io.writeErr(describe(diagnostic, errorWord: errorWord))
            return ExitCode.usage
        case let diagnostics as Diagnostics:
            io.writeErr(diagnostics.all.map { describe($0, errorWord: errorWord) }.joined())
            return ExitCode.usage
        default:
            io.writeErr(line(String(describing: error)))
            return ExitCode.error
        }
    }

    /// `file:line: error: message; fix`, as `Diagnostic` spells it; `boundary:` stands in for a
    /// missing file.
    static func describe(_ diagnostic: Diagnostic, errorWord: String) -> String {
        var text = diagnostic.description
        if let range = text.range(of: "error: ") { text.replaceSubrange(range, with: errorWord + " ") }
        return (diagnostic.file == nil ? "\(toolName): " : "") + text + "\n"
    }
}

/// Usage errors for one command, printed with a pointer to that command's help.
struct CLIErrorsWithHelp: Error {
    var errors: CLIErrors
    var helpPath: [String]
}

/// Listed in the top-level help; `CLI` handles the word `help` itself.
enum HelpCommand: Command {
    static let spec = CommandSpec(name: "help", abstract: "Show help for a command.", arguments: [ArgumentSpec("command", help: "", optional: true)])
    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 { ExitCode.success }
}
