/// A command or subcommand of `boundary`.
///
/// ```swift
/// enum Draft: Command {
///     static let spec = CommandSpec(name: "draft", abstract: "Draft an agreement.", …)
///     static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 { … }
/// }
/// ```
/// `run` returns an `ExitCode`, or throws a `CLIError` (or a BoundaryKit `Diagnostic`) that the CLI
/// prints on standard error with exit code 2.
public protocol Command: SendableMetatype {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32
}

extension Command {
    /// A command that only groups subcommands: called when none is named, it explains which exist.
    public static func run(_ arguments: ParsedArguments, io: IO) throws -> Int32 {
        throw CLIError.missingSubcommand(path: arguments.commandPath, spec: spec)
    }
}

/// What a command is and accepts: the single source of its parsing and its help.
public struct CommandSpec: Sendable {
    /// The word that invokes it: `draft`, `list`.
    public var name: String
    /// One line, sentence case, ending in a period: shown in lists of commands and atop the help.
    public var abstract: String
    /// Paragraphs shown after the usage line; blank lines separate paragraphs, each is re-wrapped.
    public var discussion: String
    public var options: [OptionSpec]
    public var arguments: [ArgumentSpec]
    public var subcommands: [any Command.Type]
    /// Whole command lines, shown as they are: `boundary draft agreement.txt -o contract.md`.
    public var examples: [String]

    public init(
        name: String,
        abstract: String,
        discussion: String = "",
        options: [OptionSpec] = [],
        arguments: [ArgumentSpec] = [],
        subcommands: [any Command.Type] = [],
        examples: [String] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.options = options
        self.arguments = arguments
        self.subcommands = subcommands
        self.examples = examples
    }

    /// The built-in `-h, --help`, listed last in every command's help.
    public static let helpOption = OptionSpec.flag(["-h", "--help"], help: "Show this help.")
    /// The built-in `--version`, at the top level only.
    public static let versionOption = OptionSpec.flag(["--version"], help: "Show the version.")

    /// Declared options plus `--help`, as the parser and the help see them.
    var allOptions: [OptionSpec] { options + [CommandSpec.helpOption] }

    func subcommand(named name: String) -> (any Command.Type)? {
        subcommands.first { $0.spec.name == name }
    }
}
