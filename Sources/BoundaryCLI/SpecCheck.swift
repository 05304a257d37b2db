extension CommandSpec {
    /// Mistakes in the declaration itself, for a test over every registered command (see
    /// `CLI.problems(in:)`): clashing option names, an optional argument before a required one, a
    /// variadic argument that is not last, a default outside the allowed values, and the same for
    /// every subcommand. Empty when the spec is sound.
    public var problems: [String] {
        var problems: [String] = []
        var seen: Set<String> = []
        for option in allOptions {
            for name in option.names {
                if !seen.insert(name).inserted { problems.append("\(self.name): option '\(name)' is declared twice") }
            }
            if option.flag && (option.defaultValue != nil || !option.allowedValues.isEmpty) {
                problems.append("\(self.name): flag '\(option.key)' cannot have a default or allowed values")
            }
            if let value = option.defaultValue, !option.allowedValues.isEmpty, !option.allowedValues.contains(value) {
                problems.append("\(self.name): default '\(value)' of '\(option.key)' is not one of its allowed values")
            }
            if option.help.isEmpty { problems.append("\(self.name): option '\(option.key)' has no help") }
        }
        var sawOptional = false
        for (index, argument) in arguments.enumerated() {
            if argument.variadic && index != arguments.count - 1 {
                problems.append("\(self.name): variadic argument '\(argument.name)' must be the last")
            }
            if !argument.optional && sawOptional {
                problems.append("\(self.name): required argument '\(argument.name)' comes after an optional one")
            }
            sawOptional = sawOptional || argument.optional
        }
        if Set(arguments.map(\.name)).count != arguments.count { problems.append("\(self.name): two arguments share a name") }
        if abstract.isEmpty { problems.append("\(self.name): no abstract") }
        var names: Set<String> = []
        for subcommand in subcommands {
            let spec = subcommand.spec
            if !names.insert(spec.name).inserted { problems.append("\(self.name): subcommand '\(spec.name)' is declared twice") }
            problems += spec.problems.map { "\(self.name) \($0)" }
        }
        return problems
    }
}

extension CLI {
    /// `CommandSpec.problems` for every command, plus clashes with the built-in `help`.
    public static func problems(in commands: [any Command.Type]) -> [String] {
        var problems = rootSpec(commands).problems.filter { !$0.hasPrefix("\(toolName): no abstract") }
        if commands.contains(where: { $0.spec.name == "help" }) { problems.append("\(toolName): 'help' is built in") }
        return problems
    }
}
