/// Reads the small, strict, YAML-like subset that every Boundary data file uses: clause headers,
/// presets, risk and tone rules, letter templates and agreement files. Documented in `Clauses/README.md`.
///
/// The subset: `key: value` pairs; nesting by exactly two more spaces; lists of `- item`; inline
/// lists `[a, b]`; double-quoted strings with `\"`, `\\`, `\n`, `\t`; block text after `key: |`;
/// comments on lines of their own. Anything else is an error at its line, never a guess.
public struct FormatReader {
    private struct Line {
        var number: Int
        var indent: Int
        var content: Substring
        var raw: Substring
        var isBlank: Bool { content.isEmpty || content.hasPrefix("#") }
    }

    private var lines: [Line] = []
    private var index = 0
    private let file: String

    /// Parses `text`, whose first line is line `firstLine` of `file`, into a map node.
    public static func parse(_ text: String, file: String, firstLine: Int = 1) throws(Diagnostic) -> Node {
        var reader = FormatReader(file: file)
        try reader.load(text, firstLine: firstLine)
        return try reader.parseDocument(firstLine: firstLine)
    }

    private init(file: String) { self.file = file }

    private func error(_ line: Int, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(file: file, line: line, message, fix: fix)
    }

    private mutating func load(_ text: String, firstLine: Int) throws(Diagnostic) {
        var number = firstLine
        for raw in text.lineSlices {
            let raw = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let indent = raw.prefix { $0 == " " }.count
            if raw.dropFirst(indent).first == "\t" {
                throw error(number, "a tab in the indentation", fix: "indent with spaces only, two per level")
            }
            let content = raw.dropFirst(indent)
            lines.append(Line(number: number, indent: indent, content: trimTrailing(content), raw: raw))
            number += 1
        }
    }

    private mutating func parseDocument(firstLine: Int) throws(Diagnostic) -> Node {
        skipBlank()
        guard index < lines.count else { return Node(.map([]), file: file, line: firstLine) }
        let first = lines[index]
        guard first.indent == 0 else { throw error(first.number, "the first key is indented", fix: "start top-level keys in the first column") }
        if isListItem(first.content) {
            throw error(first.number, "a list where keys were expected", fix: "the file must start with `key: value` lines")
        }
        let root = try parseMap(indent: 0)
        skipBlank()
        if index < lines.count {
            throw error(lines[index].number, "unexpected indentation", fix: "nest by exactly two spaces under a key that ends with ':'")
        }
        return root
    }

    private mutating func skipBlank() {
        while index < lines.count, lines[index].isBlank { index += 1 }
    }

    /// The next line that carries content, without consuming it.
    private mutating func peek() -> Line? {
        skipBlank()
        return index < lines.count ? lines[index] : nil
    }

    private func isListItem(_ content: Substring) -> Bool {
        content == "-" || content.hasPrefix("- ")
    }

    private mutating func parseBlock(indent: Int) throws(Diagnostic) -> Node {
        guard let line = peek() else { throw error(lines.last?.number ?? 1, "unexpected end of file") }
        return isListItem(line.content) ? try parseList(indent: indent) : try parseMap(indent: indent)
    }

    private mutating func parseMap(indent: Int) throws(Diagnostic) -> Node {
        var entries: [Node.Entry] = []
        var seen: [String: Int] = [:]
        let startLine = peek()?.number ?? 1
        while let line = peek(), line.indent == indent {
            if isListItem(line.content) {
                throw error(line.number, "a list item among keys", fix: "put list items under a key of their own, indented two more spaces")
            }
            guard let colon = line.content.firstIndex(of: ":") else {
                throw error(line.number, "expected `key: value`, found `\(line.content)`")
            }
            let key = String(line.content[..<colon])
            guard Self.isValidKey(key) else {
                throw error(line.number, "`\(key)` is not a valid key", fix: "keys use letters, digits, '_', '-' and '.'")
            }
            let afterColon = line.content[line.content.index(after: colon)...]
            guard afterColon.isEmpty || afterColon.first == " " else {
                throw error(line.number, "expected a space after `\(key):`")
            }
            if let earlier = seen[key] {
                throw error(line.number, "duplicate key `\(key)` (first at line \(earlier))", fix: "keep one of them")
            }
            seen[key] = line.number
            index += 1
            let rest = afterColon.drop { $0 == " " }
            let value: Node
            if rest == "|" {
                value = try parseBlockText(parentIndent: indent, line: line.number)
            } else if rest.isEmpty {
                if let next = peek(), next.indent > indent {
                    guard next.indent == indent + 2 else {
                        throw error(next.number, "indented by \(next.indent - indent) spaces under `\(key):`", fix: "nest by exactly two spaces")
                    }
                    value = try parseBlock(indent: indent + 2)
                } else {
                    value = Node(.scalar(""), file: file, line: line.number)
                }
            } else {
                value = try parseInline(rest, line: line.number)
            }
            entries.append(Node.Entry(key: key, value: value, line: line.number))
        }
        if let line = peek(), line.indent > indent {
            throw error(line.number, "unexpected indentation", fix: "nest by exactly two spaces under a key that ends with ':'")
        }
        return Node(.map(entries), file: file, line: startLine)
    }

    private mutating func parseList(indent: Int) throws(Diagnostic) -> Node {
        var items: [Node] = []
        let startLine = peek()?.number ?? 1
        while let line = peek(), line.indent == indent {
            guard isListItem(line.content) else {
                throw error(line.number, "a key among list items", fix: "every item of a list starts with '- '")
            }
            let rest = line.content.dropFirst().drop { $0 == " " }
            if rest.isEmpty {
                index += 1
                guard let next = peek(), next.indent == indent + 2 else {
                    throw error(line.number, "an empty list item", fix: "write the item after '- '")
                }
                items.append(try parseBlock(indent: indent + 2))
            } else if Self.startsWithKey(rest) {
                // `- key: value` opens a map whose further keys line up under `key`.
                lines[index].indent = indent + 2
                lines[index].content = rest
                items.append(try parseMap(indent: indent + 2))
            } else {
                index += 1
                items.append(try parseInline(rest, line: line.number))
            }
        }
        if let line = peek(), line.indent > indent {
            throw error(line.number, "unexpected indentation", fix: "nest by exactly two spaces")
        }
        return Node(.list(items), file: file, line: startLine)
    }

    /// The lines after `key: |`, kept as written less their common indentation.
    private mutating func parseBlockText(parentIndent: Int, line: Int) throws(Diagnostic) -> Node {
        var body: [Substring] = []
        var blockIndent: Int?
        while index < lines.count {
            let next = lines[index]
            if next.content.isEmpty {
                body.append("")
                index += 1
                continue
            }
            guard next.indent > parentIndent else { break }
            let expected = blockIndent ?? next.indent
            guard next.indent >= expected else {
                throw error(next.number, "block text indented less than its first line", fix: "indent every line of the block at least as far as the first")
            }
            blockIndent = expected
            body.append(trimTrailing(next.raw.dropFirst(expected)))
            index += 1
        }
        while body.last?.isEmpty == true { body.removeLast() }
        guard !body.isEmpty else { throw error(line, "`|` with no text under it", fix: "indent the text two spaces under the key") }
        // A blank line inside a block stays; one that ends the block belongs to what follows.
        return Node(.scalar(body.joined(separator: "\n")), file: file, line: line + 1)
    }

    private func parseInline(_ text: Substring, line: Int) throws(Diagnostic) -> Node {
        if text.first == "[" {
            guard text.last == "]" else { throw error(line, "an inline list must end with ']' on the same line") }
            let inner = text.dropFirst().dropLast()
            if inner.allSatisfy({ $0 == " " }) { return Node(.list([]), file: file, line: line) }
            var items: [Node] = []
            for part in try splitInlineList(inner, line: line) {
                let item = part.drop { $0 == " " }
                let trimmed = trimTrailing(item)
                guard !trimmed.isEmpty else { throw error(line, "an empty item in an inline list") }
                if trimmed.first == "[" { throw error(line, "lists inside inline lists are not supported", fix: "use '- item' lines") }
                items.append(Node(.scalar(try scalar(trimmed, line: line)), file: file, line: line))
            }
            return Node(.list(items), file: file, line: line)
        }
        return Node(.scalar(try scalar(text, line: line)), file: file, line: line)
    }

    private func splitInlineList(_ text: Substring, line: Int) throws(Diagnostic) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var inQuotes = false
        var escaped = false
        for i in text.indices {
            let c = text[i]
            if escaped { escaped = false; continue }
            if c == "\\" && inQuotes { escaped = true; continue }
            if c == "\"" { inQuotes.toggle() }
            if c == "," && !inQuotes {
                parts.append(text[start..<i])
                start = text.index(after: i)
            }
        }
        if inQuotes { throw error(line, "an unclosed '\"' in an inline list") }
        parts.append(text[start...])
        return parts
    }

    private func scalar(_ text: Substring, line: Int) throws(Diagnostic) -> String {
        if text.first == "\"" { return try quoted(text, line: line) }
        if let first = text.first, "'{&*!|>%@`".contains(first) {
            throw error(line, "a value starting with '\(first)' is outside the supported format", fix: "put the value in double quotes")
        }
        if text.containsASCII(.space, .hash) {
            throw error(line, "' #' inside a value", fix: "comments go on lines of their own; quote the value if '#' is part of it")
        }
        return String(text)
    }

    private func quoted(_ text: Substring, line: Int) throws(Diagnostic) -> String {
        var out = ""
        var iterator = text.dropFirst().makeIterator()
        while let c = iterator.next() {
            switch c {
            case "\"":
                if iterator.next() != nil {
                    throw error(line, "text after a closing '\"'", fix: "put the whole value inside the quotes")
                }
                return out
            case "\\":
                switch iterator.next() {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "n": out.append("\n")
                case "t": out.append("\t")
                case let other?: throw error(line, "unknown escape '\\\(other)' in a quoted value", fix: "use \\\", \\\\, \\n or \\t")
                case nil: throw error(line, "a quoted value ends with '\\'")
                }
            default: out.append(c)
            }
        }
        throw error(line, "a quoted value with no closing '\"'", fix: "close the quotes on the same line, or use `key: |` for text on several lines")
    }

    static func isValidKey(_ key: String) -> Bool {
        func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_" }
        guard let first = key.unicodeScalars.first, isLetter(first) else { return false }
        return key.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
    }

    /// `key:` or `key: …` at the start of a list item.
    private static func startsWithKey(_ text: Substring) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let after = text[text.index(after: colon)...]
        return isValidKey(String(text[..<colon])) && (after.isEmpty || after.first == " ")
    }
}

private func trimTrailing(_ text: Substring) -> Substring {
    var end = text.endIndex
    while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
    return text[..<end]
}
