/// Writes a node back in the format `FormatReader` reads, quoting only where a value needs it, so
/// that what Boundary writes (a starter agreement, saved answers) reads back to the same values.
public enum FormatWriter {
    public static func write(_ node: Node) -> String {
        var lines: [String] = []
        if case .map(let entries) = node.value { write(entries, indent: "", into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func write(_ entries: [Node.Entry], indent: String, into lines: inout [String]) {
        for entry in entries { write(entry.value, key: "\(indent)\(entry.key):", indent: indent, into: &lines) }
    }

    private static func write(_ node: Node, key: String, indent: String, into lines: inout [String]) {
        switch node.value {
        case .scalar(let text) where text.contains("\n"):
            lines.append("\(key) |")
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "\(indent)  \($0)" }
        case .scalar(let text):
            lines.append(text.isEmpty ? key : "\(key) \(quotedIfNeeded(text))")
        case .map(let entries):
            lines.append(key)
            write(entries, indent: indent + "  ", into: &lines)
        case .list(let items):
            if items.isEmpty { lines.append("\(key) []"); return }
            lines.append(key)
            for item in items {
                switch item.value {
                case .map(let entries):
                    var nested: [String] = []
                    write(entries, indent: indent + "    ", into: &nested)
                    if let first = nested.first {
                        lines.append("\(indent)  - " + first.dropFirst(indent.count + 4))
                        lines += nested.dropFirst()
                    }
                case .scalar(let text):
                    lines.append("\(indent)  - \(quotedIfNeeded(text))")
                case .list(let inner):
                    // Agreements hold no lists of lists; written inline, they still read back.
                    lines.append("\(indent)  - [" + inner.compactMap(\.scalar).map(quotedIfNeeded).joined(separator: ", ") + "]")
                }
            }
        }
    }

    /// The text as a plain value when it reads back unchanged, else double-quoted.
    public static func quotedIfNeeded(_ text: String) -> String {
        let needsQuotes = text.isEmpty || text.first == " " || text.last == " " || "\"'{[&*!|>%@`#-".contains(text.first!)
            || text.contains(" #") || text.contains(": ") || text.hasSuffix(":") || text.contains("\t")
        guard needsQuotes else { return text }
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
