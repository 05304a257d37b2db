/// Builds the one tree of values an agreement is read from: a preset's values, an agreement file,
/// then `--set key=value` from the command line, each overriding the one before.
public enum AgreementInput {
    /// `top` laid over `base`: maps merge key by key; any other value replaces.
    public static func overlay(_ base: Node, _ top: Node) -> Node {
        guard case .map(let baseEntries) = base.value, case .map(let topEntries) = top.value else { return top }
        var merged = baseEntries
        for entry in topEntries {
            if let index = merged.firstIndex(where: { $0.key == entry.key }) {
                merged[index].value = overlay(merged[index].value, entry.value)
            } else {
                merged.append(entry)
            }
        }
        return Node(.map(merged), file: top.file, line: top.line)
    }

    /// Applies `key=value` (set) and `key+=value` (append to a list) assignments, in order.
    /// Keys are dotted paths (`client.name`, `terms.notice_days`).
    public static func applying(_ assignments: [String], to node: Node) -> Result<Node, Diagnostics> {
        var node = node
        var diagnostics: [Diagnostic] = []
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else {
                diagnostics.append(Diagnostic(file: "--set", "`\(assignment)` is not `key=value`", fix: "write --set client.name=\"Acme Ltd\""))
                continue
            }
            var key = String(assignment[..<equals])
            let value = String(assignment[assignment.index(after: equals)...])
            let append = key.hasSuffix("+")
            if append { key.removeLast() }
            let path = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard path.allSatisfy(FormatReader.isValidKey) else {
                diagnostics.append(Diagnostic(file: "--set", "`\(key)` is not a key", fix: "use dotted names such as terms.notice_days"))
                continue
            }
            var leaf = Node(.scalar(value), file: "--set \(assignment)", line: 0)
            if value.hasPrefix("["), value.hasSuffix("]") {
                // An inline list, as in a file: --set omit=[kill-fee, availability]
                guard let list = try? FormatReader.parse("list: \(value)", file: leaf.file).lookup("list") else {
                    diagnostics.append(Diagnostic(file: "--set", "`\(value)` is not a list", fix: "write items as [a, b], quoting any that hold a comma"))
                    continue
                }
                let items = if case .list(let items) = list.value { items } else { [Node]() }
                leaf = Node(.list(items.map { Node($0.value, file: leaf.file, line: 0) }), file: leaf.file, line: 0)
            }
            switch set(path[...], in: node, to: leaf, append: append) {
            case .success(let updated): node = updated
            case .failure(let error): diagnostics.append(Diagnostic(file: "--set", "\(error.message) for `\(key)`", fix: error.fix))
            }
        }
        return diagnostics.isEmpty ? .success(node) : .failure(Diagnostics(diagnostics))
    }

    private static func set(_ path: ArraySlice<String>, in node: Node, to leaf: Node, append: Bool) -> Result<Node, Diagnostic> {
        guard let key = path.first else {
            guard append else { return .success(leaf) }
            switch node.value {
            case .list(let items): return .success(Node(.list(items + [leaf]), file: leaf.file, line: 0))
            case .scalar(""): return .success(Node(.list([leaf]), file: leaf.file, line: 0))
            default: return .failure(Diagnostic("`+=` appends to a list, but the value is \(node.shapeName)", fix: "use `=` to replace it"))
            }
        }
        var entries: [Node.Entry]
        switch node.value {
        case .map(let existing): entries = existing
        case .scalar(""): entries = []
        default: return .failure(Diagnostic("cannot set a key inside \(node.shapeName)"))
        }
        let index = entries.firstIndex { $0.key == key }
        let child = index.map { entries[$0].value } ?? Node(append ? .list([]) : .scalar(""), file: leaf.file, line: 0)
        switch set(path.dropFirst(), in: child, to: leaf, append: append) {
        case .success(let updated):
            if let index { entries[index].value = updated } else { entries.append(Node.Entry(key: key, value: updated)) }
            return .success(Node(.map(entries), file: node.file, line: node.line))
        case .failure(let error):
            return .failure(error)
        }
    }
}
