/// Reads the keys of one map node against a schema: each key is taken once, and whatever was not
/// taken is reported as unknown. Problems are collected, not thrown, so a file is reported whole.
public struct MapReader {
    public let node: Node
    private var entries: [String: Node.Entry] = [:]
    private var taken: Set<String> = []
    public private(set) var diagnostics: [Diagnostic] = []

    /// A reader over `node`; a node that is not a map is reported and read as empty.
    public init(_ node: Node, what: String) {
        self.node = node
        if case .map(let list) = node.value {
            for entry in list { entries[entry.key] = entry }
        } else {
            diagnostics.append(Diagnostic(file: node.file, line: node.line, "\(what) must be a set of `key: value` lines, found \(node.shapeName)"))
        }
    }

    public var keys: [String] { entries.keys.sorted() }

    public mutating func report(_ line: Int, _ message: String, fix: String? = nil) {
        diagnostics.append(Diagnostic(file: node.file, line: line, message, fix: fix))
    }

    public mutating func report(_ at: Node, _ message: String, fix: String? = nil) {
        diagnostics.append(Diagnostic(file: at.file, line: at.line, message, fix: fix))
    }

    public mutating func report(_ diagnostics: [Diagnostic]) { self.diagnostics += diagnostics }

    /// The node under `key`, if present.
    public mutating func node(_ key: String) -> Node? {
        taken.insert(key)
        return entries[key]?.value
    }

    /// A text value; `required` reports its absence (or emptiness).
    public mutating func text(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key) else {
            if required { report(self.node.line, "missing `\(key)`", fix: "add `\(key): …`") }
            return nil
        }
        guard let text = node.scalar else {
            report(node, "`\(key)` must be text, found \(node.shapeName)")
            return nil
        }
        if text.isEmpty {
            if required { report(node, "`\(key)` is empty", fix: "give it a value") }
            return nil
        }
        return text
    }

    /// A list of text items; a single text value is not accepted as a list, to keep files regular.
    public mutating func textList(_ key: String) -> [String] {
        guard let node = node(key) else { return [] }
        if node.scalar == "" { return [] }
        guard case .list(let items) = node.value else {
            report(node, "`\(key)` must be a list, found \(node.shapeName)", fix: "write `\(key): [a, b]` or one '- item' per line")
            return []
        }
        var out: [String] = []
        for item in items {
            guard let text = item.scalar else {
                report(item, "each item of `\(key)` must be text, found \(item.shapeName)", fix: "quote an item that contains ': '")
                continue
            }
            out.append(text)
        }
        return out
    }

    /// A whole number within `range`.
    public mutating func integer(_ key: String, required: Bool = false, in range: ClosedRange<Int>) -> Int? {
        guard let text = text(key, required: required), let at = entries[key]?.value else { return nil }
        guard let value = Int(text), text.allSatisfy(\.isASCII), range.contains(value) else {
            report(at, "`\(key)` must be a whole number from \(range.lowerBound) to \(range.upperBound), found `\(text)`")
            return nil
        }
        return value
    }

    /// Reports every key that no `take` asked for, with the known keys as a hint.
    public mutating func finish(known: [String]? = nil) -> [Diagnostic] {
        for key in entries.keys.sorted() where !taken.contains(key) {
            let entry = entries[key]!
            let names = (known ?? Array(taken)).sorted()
            let suggestion = Spelling.suggestion(for: key, among: names).map { "did you mean `\($0)`?" }
            diagnostics.append(Diagnostic(file: entry.value.file, line: entry.line, "unknown key `\(key)`", fix: suggestion ?? "known keys: \(names.joined(separator: ", "))"))
        }
        return diagnostics
    }
}

extension MapReader {
    /// A required `error`, `warning` or `note`; nil (reported) when absent or unknown.
    mutating func severity(_ key: String) -> Severity? {
        guard let name = text(key, required: true) else { return nil }
        guard let severity = Severity(rawValue: name) else {
            if let at = node(key) { report(at, "unknown severity `\(name)`", fix: "use one of error, warning, note") }
            return nil
        }
        return severity
    }
}
