/// Splits a template into text and tags, line by line; a line holding nothing but a block tag
/// disappears with its line break, so `{{#each}}` on a line of its own leaves no blank line behind.
enum TemplateTokenizer {
    enum Token: Equatable {
        case text(String)
        case tag(String, line: Int)
    }

    static func tokens(in text: String, file: String, firstLine: Int) throws(Diagnostic) -> [Token] {
        var tokens: [Token] = []
        let lines = text.lineSlices
        for (offset, content) in lines.enumerated() {
            let line = firstLine + offset
            let isLast = offset == lines.count - 1
            let trimmed = content.trimmingSpaces
            if trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), Substring(trimmed).dropFirst(2).firstRange(ofASCII: .openBrace, .openBrace) == nil {
                let name = String(trimmed.dropFirst(2).dropLast(2)).trimmingSpaces
                if isBlockTag(name) {
                    tokens.append(.tag(name, line: line))
                    continue
                }
            }
            var rest = content
            while let open = rest.firstRange(ofASCII: .openBrace, .openBrace) {
                try checkNoStrayClose(rest[..<open.lowerBound], file: file, line: line)
                tokens.append(.text(String(rest[..<open.lowerBound])))
                guard let close = rest[open.upperBound...].firstRange(ofASCII: .closeBrace, .closeBrace), !rest[open.upperBound..<close.lowerBound].utf8.contains(.openBrace) else {
                    throw Diagnostic(file: file, line: line, "`{{` with no closing `}}`", fix: "close the placeholder on the same line")
                }
                tokens.append(.tag(rest[open.upperBound..<close.lowerBound].trimmingSpaces, line: line))
                rest = rest[close.upperBound...]
            }
            try checkNoStrayClose(rest, file: file, line: line)
            tokens.append(.text(String(rest) + (isLast ? "" : "\n")))
        }
        return tokens
    }

    private static func checkNoStrayClose(_ text: Substring, file: String, line: Int) throws(Diagnostic) {
        if text.containsASCII(.closeBrace, .closeBrace) { throw Diagnostic(file: file, line: line, "`}}` with no opening `{{`") }
    }

    private static func isBlockTag(_ name: String) -> Bool {
        name.hasPrefix("#") || name.hasPrefix("/") || name == "else"
    }
}

struct TemplateParser {
    typealias Piece = Template.Piece
    private let tokens: [TemplateTokenizer.Token]
    private let file: String
    private var index = 0

    init(tokens: [TemplateTokenizer.Token], file: String) {
        self.tokens = tokens
        self.file = file
    }

    mutating func parseAll() throws(Diagnostic) -> [Piece] {
        let (pieces, end) = try parse(until: [])
        if let end { throw Diagnostic(file: file, line: end.line, "`{{\(end.tag)}}` with no block to close") }
        return pieces
    }

    /// Pieces up to one of the `closers` tags, which is returned (nil at the end of the text).
    private mutating func parse(until closers: Set<String>) throws(Diagnostic) -> ([Piece], (tag: String, line: Int)?) {
        var pieces: [Piece] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .text(let text):
                if !text.isEmpty { pieces.append(.text(text)) }
            case .tag(let tag, let line):
                if closers.contains(tag) || tag.hasPrefix("/") || tag == "else" { return (pieces, (tag, line)) }
                pieces.append(try piece(for: tag, line: line))
            }
        }
        return (pieces, nil)
    }

    private mutating func piece(for tag: String, line: Int) throws(Diagnostic) -> Piece {
        if tag == "." { return .item(line: line) }
        if tag.hasPrefix("#") {
            let words = tag.dropFirst().split(separator: " ")
            guard words.count == 2, let name = words.last.map(String.init), Self.isName(name) else {
                throw Diagnostic(file: file, line: line, "`{{\(tag)}}` is not a block tag", fix: "use {{#if name}} or {{#each name}}")
            }
            switch words[0] {
            case "if":
                let (then, end) = try parse(until: ["else", "/if"])
                var otherwise: [Piece] = []
                var close = end
                if end?.tag == "else" { (otherwise, close) = try parse(until: ["/if"]) }
                guard close?.tag == "/if" else { throw unclosed("if", name, line) }
                return .conditional(name, then: then, otherwise: otherwise, line: line)
            case "each":
                let (body, end) = try parse(until: ["/each"])
                guard end?.tag == "/each" else { throw unclosed("each", name, line) }
                return .each(name, body: body, line: line)
            default:
                throw Diagnostic(file: file, line: line, "unknown block `{{#\(words[0])}}`", fix: "use {{#if name}} or {{#each name}}")
            }
        }
        guard Self.isName(tag) else {
            throw Diagnostic(file: file, line: line, "`{{\(tag)}}` is not a placeholder", fix: "placeholders are names of letters, digits and '_', like {{notice_days}}")
        }
        return .value(tag, line: line)
    }

    private func unclosed(_ block: String, _ name: String, _ line: Int) -> Diagnostic {
        Diagnostic(file: file, line: line, "`{{#\(block) \(name)}}` is never closed", fix: "end it with {{/\(block)}}")
    }

    static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces. Walks indices rather than reversing: this runs on every
    /// line of every clause at start-up.
    var trimmingSpaces: String {
        var start = startIndex, end = endIndex
        while start < end, self[start] == " " { formIndex(after: &start) }
        while end > start, self[index(before: end)] == " " { formIndex(before: &end) }
        return String(self[start..<end])
    }
}
