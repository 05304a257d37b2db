/// A clause or letter text with `{{name}}`, `{{#if name}}…{{else}}…{{/if}}` and
/// `{{#each name}}…{{.}}…{{/each}}`. It fails closed: a value that is not supplied is an error,
/// never an empty string.
public struct Template: Sendable, Equatable {
    indirect enum Piece: Sendable, Equatable {
        case text(String)
        case value(String, line: Int)
        case item(line: Int)
        case conditional(String, then: [Piece], otherwise: [Piece], line: Int)
        case each(String, body: [Piece], line: Int)
    }

    let pieces: [Piece]
    /// Every name the text refers to, with the line of its first use.
    public let names: [String: Int]
    /// The text as written, shown by `boundary clauses show`.
    public let source: String

    /// Parses `text`, which starts at line `firstLine` of `file`.
    public init(_ text: String, file: String, firstLine: Int = 1) throws(Diagnostic) {
        var parser = TemplateParser(tokens: try TemplateTokenizer.tokens(in: text, file: file, firstLine: firstLine), file: file)
        pieces = try parser.parseAll()
        var names: [String: Int] = [:]
        Self.collect(pieces, into: &names)
        self.names = names
        self.source = text
    }

    private static func collect(_ pieces: [Piece], into names: inout [String: Int]) {
        func note(_ name: String, _ line: Int) { names[name] = min(names[name] ?? line, line) }
        for piece in pieces {
            switch piece {
            case .text, .item: break
            case .value(let name, let line): note(name, line)
            case .conditional(let name, let then, let otherwise, let line):
                note(name, line)
                collect(then, into: &names)
                collect(otherwise, into: &names)
            case .each(let name, let body, let line):
                note(name, line)
                collect(body, into: &names)
            }
        }
    }

    /// The text with every placeholder filled from `values`.
    public func render(_ values: [String: TemplateValue]) throws(TemplateError) -> String {
        var out = ""
        try Self.render(pieces, values: values, item: nil, into: &out)
        return out
    }

    private static func render(_ pieces: [Piece], values: [String: TemplateValue], item: String?, into out: inout String) throws(TemplateError) {
        for piece in pieces {
            switch piece {
            case .text(let text):
                out += text
            case .value(let name, let line):
                guard let value = values[name], !value.isAbsent else { throw TemplateError(name: name, line: line) }
                out += value.inline
            case .item(let line):
                guard let item else { throw TemplateError(name: ".", line: line) }
                out += item
            case .conditional(let name, let then, let otherwise, _):
                let chosen = values[name]?.isTruthy == true ? then : otherwise
                try render(chosen, values: values, item: item, into: &out)
            case .each(let name, let body, let line):
                guard case .list(let items)? = values[name] else { throw TemplateError(name: name, line: line) }
                for element in items { try render(body, values: values, item: element, into: &out) }
            }
        }
    }
}

/// A value ready to be put into a template: already formatted for reading.
public enum TemplateValue: Sendable, Equatable {
    /// Formatted text; `isZero` makes `{{#if}}` treat it as not given (0 days, 0%).
    case text(String, isZero: Bool = false)
    case list([String])
    /// Declared optional and not given.
    case absent

    var isAbsent: Bool { self == .absent }

    var isTruthy: Bool {
        switch self {
        case .text(let text, let isZero): !text.isEmpty && !isZero
        case .list(let items): !items.isEmpty
        case .absent: false
        }
    }

    /// A list read inline: "a, b and c".
    var inline: String {
        switch self {
        case .text(let text, _): text
        case .list(let items): items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
        case .absent: ""
        }
    }
}

/// A placeholder with no value: a bug in the caller's validation, reported rather than rendered empty.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public var name: String
    public var line: Int
    public var description: String { "no value for `{{\(name)}}` at line \(line)" }
}
