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
        var isBlank: Bool { content.utf8.first.map { $0 == UInt8(ascii: "#") } ?? true }
    }

    private var lines: [Line] = []
    private var index = 0
    private let file: String

    /// Parses `text`, whose first line is line `firstLine` of `file`, into a map node.
    public static func parse(_ text: String, file: String, firstLine: Int = 1) throws(Diagnostic) -> Node {
        try parse(lines: text.lineSlices, file: file, firstLine: firstLine)
    }

    /// Parses lines already split at "\n" (as `FrontMatter` has them), without joining and splitting again.
    static func parse<Lines: Collection<Substring>>(lines: Lines, file: String, firstLine: Int = 1) throws(Diagnostic) -> Node {
        var reader = FormatReader(file: file)
        try reader.load(lines, firstLine: firstLine)
        return try reader.parseDocument(firstLine: firstLine)
    }

    private init(file: String) { self.file = file }

    private func error(_ line: Int, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(file: file, line: line, message, fix: fix)
    }

    private mutating func load<Lines: Collection<Substring>>(_ slices: Lines, firstLine: Int) throws(Diagnostic) {
        var number = firstLine
        lines.reserveCapacity(slices.count)
        for raw in slices {
            let raw = raw.utf8.last == 13 ? raw[..<raw.utf8.index(before: raw.utf8.endIndex)] : raw
            var start = raw.utf8.startIndex
            var indent = 0
            while start < raw.utf8.endIndex, raw.utf8[start] == .space { raw.utf8.formIndex(after: &start); indent += 1 }
            if start < raw.utf8.endIndex, raw.utf8[start] == 9 {
                throw error(number, "a tab in the indentation", fix: "indent with spaces only, two per level")
            }
            let content = raw[start...]
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
        var i = content.utf8.startIndex
        guard i < content.utf8.endIndex, content.utf8[i] == UInt8(ascii: "-") else { return false }
        content.utf8.formIndex(after: &i)
        return i == content.utf8.endIndex || content.utf8[i] == .space
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
            guard let colon = line.content.utf8.firstIndex(of: UInt8(ascii: ":")) else {
                throw error(line.number, "expected `key: value`, found `\(line.content)`")
            }
            let key = String(line.content[..<colon])
            guard Self.isValidKey(line.content[..<colon]) else {
                throw error(line.number, "`\(key)` is not a valid key", fix: "keys use letters, digits, '_', '-' and '.'")
            }
            let afterColon = line.content[line.content.utf8.index(after: colon)...]
            guard afterColon.utf8.first.map({ $0 == .space }) ?? true else {
                throw error(line.number, "expected a space after `\(key):`")
            }
            if let earlier = seen[key] {
                throw error(line.number, "duplicate key `\(key)` (first at line \(earlier))", fix: "keep one of them")
            }
            seen[key] = line.number
            index += 1
            let rest = dropLeadingSpaces(afterColon)
            let value: Node
            if rest.utf8.count == 1 && rest.utf8.first == UInt8(ascii: "|") {
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
            let rest = dropLeadingSpaces(line.content[line.content.utf8.index(after: line.content.utf8.startIndex)...])
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
            body.append(trimTrailing(next.raw[next.raw.utf8.index(next.raw.utf8.startIndex, offsetBy: expected)...]))
            index += 1
        }
        while body.last?.isEmpty == true { body.removeLast() }
        guard !body.isEmpty else { throw error(line, "`|` with no text under it", fix: "indent the text two spaces under the key") }
        // A blank line inside a block stays; one that ends the block belongs to what follows.
        return Node(.scalar(body.joined(separator: "\n")), file: file, line: line + 1)
    }

    private func parseInline(_ text: Substring, line: Int) throws(Diagnostic) -> Node {
        if text.utf8.first == UInt8(ascii: "[") {
            guard text.utf8.count >= 2, text.utf8.last == UInt8(ascii: "]") else { throw error(line, "an inline list must end with ']' on the same line") }
            let inner = text[text.utf8.index(after: text.utf8.startIndex)..<text.utf8.index(before: text.utf8.endIndex)]
            if inner.utf8.allSatisfy({ $0 == .space }) { return Node(.list([]), file: file, line: line) }
            var items: [Node] = []
            for part in try splitInlineList(inner, line: line) {
                let trimmed = trimTrailing(dropLeadingSpaces(part))
                guard !trimmed.isEmpty else { throw error(line, "an empty item in an inline list") }
                if trimmed.utf8.first == UInt8(ascii: "[") { throw error(line, "lists inside inline lists are not supported", fix: "use '- item' lines") }
                items.append(Node(.scalar(try scalar(trimmed, line: line)), file: file, line: line))
            }
            return Node(.list(items), file: file, line: line)
        }
        return Node(.scalar(try scalar(text, line: line)), file: file, line: line)
    }

    private func splitInlineList(_ text: Substring, line: Int) throws(Diagnostic) -> [Substring] {
        var parts: [Substring] = []
        // On the UTF-8 view: the delimiters are ASCII, and no byte of a multi-byte character is ASCII.
        let utf8 = text.utf8
        var start = utf8.startIndex
        var inQuotes = false
        var escaped = false
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let c = utf8[i]
            defer { utf8.formIndex(after: &i) }
            if escaped { escaped = false; continue }
            if c == UInt8(ascii: "\\") && inQuotes { escaped = true; continue }
            if c == UInt8(ascii: "\"") { inQuotes.toggle() }
            if c == UInt8(ascii: ",") && !inQuotes {
                parts.append(text[start..<i])
                start = utf8.index(after: i)
            }
        }
        if inQuotes { throw error(line, "an unclosed '\"' in an inline list") }
        parts.append(text[start...])
        return parts
    }

    private func scalar(_ text: Substring, line: Int) throws(Diagnostic) -> String {
        if text.utf8.first == UInt8(ascii: "\"") { return try quoted(text, line: line) }
        if let byte = text.utf8.first, Self.reservedFirstBytes.contains(byte), let first = text.first {
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

    private static let reservedFirstBytes = Array("'{&*!|>%@`".utf8)

    static func isValidKey<S: StringProtocol>(_ key: S) -> Bool {
        // ASCII only, so the UTF-8 view gives the same answer as the scalars.
        func isLetter(_ c: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(c) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(c) || c == UInt8(ascii: "_") }
        guard let first = key.utf8.first, isLetter(first) else { return false }
        return key.utf8.allSatisfy { isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }

    /// `key:` or `key: …` at the start of a list item.
    private static func startsWithKey(_ text: Substring) -> Bool {
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let after = text.utf8[text.utf8.index(after: colon)...]
        return isValidKey(text[..<colon]) && (after.first.map { $0 == .space } ?? true)
    }
}

private func trimTrailing(_ text: Substring) -> Substring {
    let utf8 = text.utf8
    var end = utf8.endIndex
    while end > utf8.startIndex {
        let before = utf8.index(before: end)
        guard utf8[before] == .space else { break }
        end = before
    }
    return text[..<end]
}

private func dropLeadingSpaces(_ text: Substring) -> Substring {
    let utf8 = text.utf8
    var start = utf8.startIndex
    while start < utf8.endIndex, utf8[start] == .space { utf8.formIndex(after: &start) }
    return text[start...]
}
