/// Several usage errors found in one pass over the command line, reported together.
public struct CLIErrors: Error, Sendable, CustomStringConvertible {
    public var all: [CLIError]
    public init(_ all: [CLIError]) { self.all = all }
    public var description: String { all.map(\.description).joined(separator: "\n") }
}

/// Turns the words after a command's name into `ParsedArguments`, using only the command's spec.
///
/// Accepted: `--name value`, `--name=value`, `-n value`, `-nvalue`, `-n=value`, clustered short
/// flags (`-fq`), repeated options (when declared repeatable), `--` (everything after it is
/// positional), `-` as a positional (standard input). Negative numbers are positionals unless
/// the command has a digit short option.
public enum ArgumentParser {
    public static func parse(_ words: [String], spec: CommandSpec, commandPath: [String] = []) throws(CLIErrors) -> ParsedArguments {
        let options = spec.allOptions
        var errors: [CLIError] = []
        var values: [String: [String]] = [:]
        var flags: Set<String> = []
        var positionals: [String] = []
        var help = false
        var optionsEnded = false

        func lookup(_ name: String) -> OptionSpec? { options.first { $0.names.contains(name) } }
        func isPositional(_ word: String) -> Bool {
            word == "-" || !word.hasPrefix("-") || (isNumber(word) && lookup(String(word.prefix(2))) == nil)
        }
        func record(_ option: OptionSpec, _ value: String) {
            if !option.allowedValues.isEmpty && !option.allowedValues.contains(value) {
                errors.append(.invalidValue(value, for: option))
                return
            }
            if !option.repeatable, let previous = values[option.key], previous.last != value {
                errors.append(CLIError("'\(option.key)' given more than once ('\(previous[0])', then '\(value)')", fix: "give '\(option.key)' once"))
                return
            }
            values[option.key, default: []].append(value)
        }

        var index = 0
        // Takes the next word as the value of `option`, if there is one that is not itself an option.
        func takeValue(for option: OptionSpec, spelled name: String) {
            if index < words.count, isPositional(words[index]) {
                record(option, words[index])
                index += 1
            } else {
                let fix = index < words.count ? "write '\(name)=\(words[index])' if the value starts with '-'" : nil
                errors.append(CLIError("missing value for '\(name) <\(option.valueName)>'", fix: fix))
            }
        }

        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || isPositional(word) {
                positionals.append(word)
            } else if word == "--" {
                optionsEnded = true
            } else if word.hasPrefix("--") {
                let (name, inline) = split(word)
                guard let option = lookup(name) else {
                    errors.append(.unknownOption(name, among: options))
                    continue
                }
                if option.names.contains("--help") { help = true }
                if option.flag {
                    if inline != nil { errors.append(CLIError("'\(name)' takes no value", fix: "write '\(name)' alone")) }
                    flags.insert(option.key)
                } else if let inline {
                    record(option, inline)
                } else {
                    takeValue(for: option, spelled: name)
                }
            } else if word.count > 2, let long = lookup("-" + split(word).0) {
                // `-format`: a long name with one dash. Read as `-f -o rmat` it would do something else.
                errors.append(CLIError("unknown option '\(split(word).0)'; did you mean '\(long.key)'?"))
            } else {
                // One or more short options: `-f`, `-fq`, `-o value`, `-ovalue`, `-o=value`.
                var rest = Substring(word.dropFirst())
                while let letter = rest.first {
                    rest = rest.dropFirst()
                    let name = "-\(letter)"
                    guard let option = lookup(name) else {
                        errors.append(.unknownOption(rest.isEmpty && word.count == 2 ? name : word, among: options, short: name))
                        break
                    }
                    if option.names.contains("--help") { help = true }
                    if option.flag {
                        flags.insert(option.key)
                        continue
                    }
                    let inline = rest.hasPrefix("=") ? rest.dropFirst() : rest
                    if inline.isEmpty && !rest.hasPrefix("=") {
                        takeValue(for: option, spelled: name)
                    } else {
                        record(option, String(inline))
                    }
                    break
                }
            }
        }

        errors += bindingErrors(positionals, spec.arguments)
        let parsed = ParsedArguments(spec: spec, commandPath: commandPath, values: values, flags: flags, positionals: positionals, helpRequested: help)
        if !errors.isEmpty && !help { throw CLIErrors(errors) }
        return parsed
    }

    /// Too few or too many positionals for the declared arguments.
    static func bindingErrors(_ positionals: [String], _ arguments: [ArgumentSpec]) -> [CLIError] {
        let required = arguments.filter { !$0.optional }
        var errors: [CLIError] = []
        if positionals.count < required.count {
            for argument in required[positionals.count...] {
                errors.append(CLIError("missing argument '\(argument.display)'"))
            }
        }
        if !arguments.contains(where: \.variadic) && positionals.count > arguments.count {
            for extra in positionals[arguments.count...] {
                errors.append(CLIError("unexpected argument '\(extra)'"))
            }
        }
        return errors
    }

    /// `--name=value` → ("--name", "value"); `--name` → ("--name", nil).
    static func split(_ word: String) -> (String, String?) {
        guard let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }

    static func isNumber(_ word: String) -> Bool {
        let digits = word.dropFirst()
        return word.hasPrefix("-") && !digits.isEmpty && digits.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
            && digits.first!.isNumber
    }
}

extension CLIError {
    static func unknownOption(_ word: String, among options: [OptionSpec], short: String? = nil) -> CLIError {
        let candidates = options.flatMap(\.names)
        let suggestion = Suggestion.closest(to: word, among: candidates)
        var message = "unknown option '\(word)'"
        if let short, short != word { message = "unknown option '\(short)' in '\(word)'" }
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return CLIError(message)
    }

    static func invalidValue(_ value: String, for option: OptionSpec) -> CLIError {
        var message = "invalid value '\(value)' for '\(option.display)'"
        if let suggestion = Suggestion.closest(to: value, among: option.allowedValues) {
            message += "; did you mean '\(suggestion)'?"
        }
        return CLIError(message, fix: "use one of: \(option.allowedValues.joined(separator: ", "))")
    }

    static func missingSubcommand(path: [String], spec: CommandSpec) -> CLIError {
        let names = spec.subcommands.map { $0.spec.name }
        return CLIError(
            "'\(path.joined(separator: " "))' needs a subcommand: \(names.joined(separator: ", "))",
            fix: "run '\(path.joined(separator: " ")) --help' to see what each does")
    }
}
