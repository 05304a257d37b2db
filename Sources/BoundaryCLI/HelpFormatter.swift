/// The text of `boundary CMD --help` (also `-h` and `boundary help CMD`: the same text), generated
/// from the command's spec. Wrapped to 80 columns; the same spec always gives the same bytes.
///
/// ```
/// Draft an agreement from an agreement file.
///
/// Usage: boundary draft [-o <path>] [--force] <agreement>
///
/// Discussion, re-wrapped paragraph by paragraph.
///
/// Arguments:
///   <agreement>          The agreement file, or '-' for standard input.
///
/// Options:
///   -o, --output <path>  Where to write the draft. (default: -)
///   -h, --help           Show this help.
/// ```
public enum HelpFormatter {
    public static let width = 80
    /// The widest first column; longer labels put their help on the next line.
    static let labelLimit = 26

    /// The full help for the command reached by `path` (`["boundary", "clauses", "show"]`).
    public static func help(for spec: CommandSpec, path: [String], extraOptions: [OptionSpec] = [], footer: String? = nil) -> String {
        var sections: [String] = []
        if !spec.abstract.isEmpty { sections.append(wrap(spec.abstract, indent: 0)) }
        sections.append(usage(for: spec, path: path))
        if !spec.discussion.isEmpty { sections.append(paragraphs(spec.discussion)) }
        let options = spec.allOptions + extraOptions
        let indentLong = options.contains { $0.names.contains { !$0.hasPrefix("--") } }
        let argumentRows = spec.arguments.map { ($0.display, $0.help) }
        let commandRows = spec.subcommands.map { ($0.spec.name, $0.spec.abstract) }
        let optionRows = options.map { (label($0, indentLong: indentLong), optionHelp($0)) }
        // One column for every table, so the help reads as one page.
        let widest = (argumentRows + commandRows + optionRows).map(\.0.count).filter { $0 <= labelLimit }.max() ?? 0
        let column = 2 + widest + 2
        if !argumentRows.isEmpty { sections.append("Arguments:\n" + table(argumentRows, column: column)) }
        if !commandRows.isEmpty { sections.append("Commands:\n" + table(commandRows, column: column)) }
        sections.append("Options:\n" + table(optionRows, column: column))
        if !spec.examples.isEmpty {
            sections.append("Examples:\n" + spec.examples.map { "  " + $0 }.joined(separator: "\n"))
        }
        if let footer { sections.append(wrap(footer, indent: 0)) }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// `Usage: boundary draft [-o <path>] [--force] <agreement>`; `[options]` stands for the
    /// options when listing them would not fit on one line.
    public static func usage(for spec: CommandSpec, path: [String]) -> String {
        let head = "Usage: " + path.joined(separator: " ")
        var tail: [String] = []
        if !spec.subcommands.isEmpty && spec.arguments.isEmpty { tail.append("<command>") }
        for argument in spec.arguments {
            tail.append(argument.optional ? "[\(argument.display)]" : argument.display)
        }
        let options = spec.options.map { option in
            let name = option.names[0]
            return "[" + (option.flag ? name : "\(name) <\(option.valueName)>") + (option.repeatable ? " ..." : "") + "]"
        }
        let full = ([head] + options + tail).joined(separator: " ")
        if full.count <= width { return full }
        return ([head] + (options.isEmpty ? [] : ["[options]"]) + tail).joined(separator: " ")
    }

    static func label(_ option: OptionSpec, indentLong: Bool) -> String {
        let names = option.names.filter { !$0.hasPrefix("--") } + option.names.filter { $0.hasPrefix("--") }
        var label = names.joined(separator: ", ")
        if indentLong && names[0].hasPrefix("--") { label = "    " + label }
        return option.flag ? label : "\(label) <\(option.valueName)>"
    }

    static func optionHelp(_ option: OptionSpec) -> String {
        var notes: [String] = []
        if !option.allowedValues.isEmpty { notes.append("one of: " + option.allowedValues.joined(separator: ", ")) }
        if let value = option.defaultValue { notes.append("default: \(value)") }
        if option.repeatable { notes.append("repeatable") }
        if notes.isEmpty { return option.help }
        return option.help + (option.help.isEmpty ? "" : " ") + "(" + notes.joined(separator: "; ") + ")"
    }

    /// Two columns: labels indented by 2, help starting at `column` (on the next line when the
    /// label is too long).
    static func table(_ rows: [(String, String)], column: Int) -> String {
        return rows.map { label, help in
            let lead = "  " + label
            if help.isEmpty { return lead }
            let body = wrap(help, indent: column)
            if lead.count + 2 <= column {
                return lead + String(repeating: " ", count: column - lead.count) + body.dropFirst(column)
            }
            return lead + "\n" + body
        }.joined(separator: "\n")
    }

    /// Blank-line separated paragraphs, each re-wrapped; `- ` and `* ` lines are list items,
    /// wrapped under their text; lines indented in the source (command lines) are kept as they are.
    static func paragraphs(_ text: String) -> String {
        var blocks: [String] = []
        var prose: [String] = []
        var lines: [String] = []  // list items and verbatim lines, already laid out
        func flush() {
            if !prose.isEmpty { blocks.append(wrap(prose.joined(separator: " "), indent: 0)) }
            if !lines.isEmpty { blocks.append(lines.joined(separator: "\n")) }
            prose = []
            lines = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " }) {
                flush()
            } else if line.hasPrefix(" ") || line.hasPrefix("- ") || line.hasPrefix("* ") {
                if !prose.isEmpty { flush() }
                if line.hasPrefix(" ") {
                    lines.append(String(line))
                } else {
                    lines.append(String(line.prefix(2)) + String(wrap(String(line.dropFirst(2)), indent: 2).dropFirst(2)))
                }
            } else {
                if !lines.isEmpty { flush() }
                prose.append(line.trimmingCharactersSpaces)
            }
        }
        flush()
        return blocks.joined(separator: "\n\n")
    }

    /// Greedy word wrap to `width`, every line indented by `indent`; a word longer than a line
    /// stands alone.
    public static func wrap(_ text: String, indent: Int, width: Int = HelpFormatter.width) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = pad + word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = pad + word
            }
        }
        lines.append(current.isEmpty ? pad : current)
        return lines.joined(separator: "\n")
    }
}

extension Substring {
    var trimmingCharactersSpaces: String { String(self).trimmingSpaces }
}
