/// What the parser made of a command line, looked up by the names the command declared.
/// Any spelling of an option works as the key: `"--output"`, `"output"` or `"-o"`.
public struct ParsedArguments: Sendable {
    /// The words that led here: `["boundary", "clauses", "show"]`.
    public var commandPath: [String]
    /// Positional arguments in order, after options are taken out (`-` stays as `-`).
    public var positionals: [String]
    /// `-h` or `--help` was given: the CLI shows the help instead of running the command.
    public var helpRequested: Bool

    let options: [OptionSpec]
    let arguments: [ArgumentSpec]
    var optionValues: [String: [String]]  // by OptionSpec.key
    var flagsGiven: Set<String>  // by OptionSpec.key

    public init(
        spec: CommandSpec,
        commandPath: [String] = [],
        values: [String: [String]] = [:],
        flags: Set<String> = [],
        positionals: [String] = [],
        helpRequested: Bool = false
    ) {
        self.commandPath = commandPath
        self.positionals = positionals
        self.helpRequested = helpRequested
        self.options = spec.allOptions
        self.arguments = spec.arguments
        self.optionValues = [:]
        self.flagsGiven = []
        for (name, given) in values { if let option = option(name) { optionValues[option.key, default: []] += given } }
        for name in flags { if let option = option(name) { flagsGiven.insert(option.key) } }
    }

    /// The value of an option given once (the last one if repeated), else its default.
    public func value(_ name: String) -> String? {
        guard let option = option(name) else { return nil }
        return optionValues[option.key]?.last ?? option.defaultValue
    }

    /// Every value of a repeatable option, in the order given (the default alone if none was given).
    public func values(_ name: String) -> [String] {
        guard let option = option(name) else { return [] }
        return optionValues[option.key] ?? option.defaultValue.map { [$0] } ?? []
    }

    /// Whether a flag (or any option) was given.
    public func flag(_ name: String) -> Bool {
        guard let option = option(name) else { return false }
        return flagsGiven.contains(option.key) || optionValues[option.key] != nil
    }

    /// The positional bound to the argument called `name` (the first one, for a variadic argument).
    public func positional(_ name: String) -> String? {
        positionals(name).first
    }

    /// All positionals bound to the argument called `name` (one, none, or many for a variadic one).
    public func positionals(_ name: String) -> [String] {
        guard let index = arguments.firstIndex(where: { $0.name == name }) else {
            assertionFailure("no argument named '\(name)' in \(arguments.map(\.name))")
            return []
        }
        var start = 0
        for argument in arguments[..<index] { start += argument.variadic ? positionals.count : 1 }
        guard start < positionals.count else { return [] }
        return arguments[index].variadic ? Array(positionals[start...]) : [positionals[start]]
    }

    private func option(_ name: String) -> OptionSpec? {
        let spelled = name.hasPrefix("-") ? name : (name.count == 1 ? "-" : "--") + name
        guard let option = options.first(where: { $0.names.contains(spelled) }) else {
            assertionFailure("no option named '\(name)' in \(options.map(\.key))")
            return nil
        }
        return option
    }
}
