/// One option a command accepts, declared once: the parser and the help text both read it.
public struct OptionSpec: Sendable, Hashable {
    /// Every spelling, short first: `["-o", "--output"]`. The first long name is the option's key in
    /// `ParsedArguments` (any of the names works there too).
    public var names: [String]
    /// The placeholder shown in help and errors: `path` gives `--output <path>`. Ignored for flags.
    public var valueName: String
    public var help: String
    /// May be given more than once; every value is kept, in order (`values(_:)`).
    public var repeatable: Bool
    /// Takes no value: present or absent (`flag(_:)`).
    public var flag: Bool
    /// When not empty, the only values accepted (`--format text|json|…`); a typo gets a suggestion.
    public var allowedValues: [String]
    /// The value when the option is not given; shown in help.
    public var defaultValue: String?

    public init(
        _ names: [String],
        valueName: String = "value",
        help: String,
        repeatable: Bool = false,
        flag: Bool = false,
        allowedValues: [String] = [],
        defaultValue: String? = nil
    ) {
        precondition(!names.isEmpty && names.allSatisfy(OptionSpec.isValidName), "option names look like -o or --output: \(names)")
        self.names = names
        self.valueName = valueName
        self.help = help
        self.repeatable = repeatable
        self.flag = flag
        self.allowedValues = allowedValues
        self.defaultValue = defaultValue
    }

    /// A flag: `OptionSpec.flag(["-f", "--force"], help: "…")`.
    public static func flag(_ names: [String], help: String) -> OptionSpec {
        OptionSpec(names, help: help, flag: true)
    }

    /// The name the option is known by: the first long name, else the first name.
    public var key: String { names.first { $0.hasPrefix("--") } ?? names[0] }

    /// `--output <path>`, or `--force` for a flag: how errors name the option.
    public var display: String { flag ? key : "\(key) <\(valueName)>" }

    static func isValidName(_ name: String) -> Bool {
        if name.hasPrefix("--") {
            return name.count > 2 && !name.contains("=")
        }
        return name.count == 2 && name.hasPrefix("-") && name != "--"
    }
}

/// One positional argument.
public struct ArgumentSpec: Sendable, Hashable {
    /// Shown as `<name>` in help and errors, and the key for `ParsedArguments.positional(_:)`.
    public var name: String
    public var help: String
    /// May be left out (must come after the required ones).
    public var optional: Bool
    /// Takes all remaining positionals (must be last).
    public var variadic: Bool

    public init(_ name: String, help: String, optional: Bool = false, variadic: Bool = false) {
        self.name = name
        self.help = help
        self.optional = optional
        self.variadic = variadic
    }

    /// The same, with the name labelled.
    public init(name: String, help: String, optional: Bool = false, variadic: Bool = false) {
        self.init(name, help: help, optional: optional, variadic: variadic)
    }

    var display: String { "<\(name)>" + (variadic ? "..." : "") }
}
