/// Reads one clause file strictly: every problem is reported with its `file:line`.
public enum ClauseParser {
    static let headerKeys = ["id", "version", "kind", "title", "summary", "variables", "requires", "conflicts", "facets", "detect", "examples"]

    /// Parses the clause at `path` (relative to its library, e.g. `Clauses/termination/on-notice.md`).
    public static func parse(_ text: String, path: String) -> Result<Clause, Diagnostics> {
        let document: FrontMatter
        do { document = try FrontMatter.parse(text, file: path) } catch { return .failure(Diagnostics([error])) }

        var header = MapReader(document.header, what: "the header")
        let id = header.text("id", required: true) ?? ""
        let version = header.integer("version", required: true, in: 1...9999) ?? 1
        let kind = header.text("kind", required: true) ?? ""
        let title = header.text("title", required: true) ?? ""
        let summary = header.text("summary", required: true) ?? ""
        let variables = readVariables(header.node("variables"), into: &header)
        let requires = header.textList("requires")
        let conflicts = header.textList("conflicts")
        let facets = header.textList("facets")
        let detection = readDetection(header.node("detect"), for: .clause, into: &header)
        let examples = readExamples(header.node("examples"), for: .clause, into: &header)
        var diagnostics = header.finish(known: headerKeys)

        let expected = expectedID(for: path)
        if !id.isEmpty, let expected, id != expected.id {
            diagnostics.append(Diagnostic(file: path, line: lineOf("id", in: document.header), "id `\(id)` does not match the file's place", fix: "a clause at \(path) has id `\(expected.id)`"))
        }
        if !kind.isEmpty, let expected, kind != expected.kind {
            diagnostics.append(Diagnostic(file: path, line: lineOf("kind", in: document.header), "kind `\(kind)` does not match the folder `\(expected.kind)`", fix: "move the file or change its kind"))
        }
        if summary.contains("\n") {
            diagnostics.append(Diagnostic(file: path, line: lineOf("summary", in: document.header), "the summary must be one line"))
        }
        if document.body.allSatisfy(\.isWhitespace) {
            diagnostics.append(Diagnostic(file: path, line: document.bodyFirstLine, "the clause has no text after its header"))
        }

        var template: Template?
        do { template = try Template(document.body, file: path, firstLine: document.bodyFirstLine) } catch { diagnostics.append(error) }
        if let template {
            let declared = Set(variables.map(\.name))
            for (name, line) in template.names.sorted(by: { $0.value < $1.value }) where !declared.contains(name) {
                diagnostics.append(Diagnostic(file: path, line: line, "`{{\(name)}}` is not declared", fix: "declare `\(name)` under `variables:` with its type"))
            }
            for variable in variables where template.names[variable.name] == nil {
                diagnostics.append(Diagnostic(file: path, line: variable.line, "variable `\(variable.name)` is declared but never used", fix: "use {{\(variable.name)}} in the text or remove it"))
            }
        }
        guard diagnostics.isEmpty, let template else { return .failure(Diagnostics(diagnostics.sorted())) }
        return .success(Clause(id: id, version: version, kind: kind, title: title, summary: summary, variables: variables,
                               requires: requires, conflicts: conflicts, facets: facets, detection: detection,
                               examples: examples, template: template, file: path, keyLines: keyLines(document.header)))
    }

    /// `Clauses/termination/on-notice.md` → kind `termination`, id `termination.on-notice`.
    static func expectedID(for path: String) -> (kind: String, id: String)? {
        let parts = path.split(separator: "/")
        guard parts.count >= 2, parts[parts.count - 1].hasSuffix(".md") else { return nil }
        let kind = String(parts[parts.count - 2])
        return (kind, "\(kind).\(parts[parts.count - 1].dropLast(3))")
    }

    static func keyLines(_ node: Node) -> [String: Int] {
        guard case .map(let entries) = node.value else { return [:] }
        return Dictionary(entries.map { ($0.key, $0.line) }, uniquingKeysWith: { first, _ in first })
    }

    private static func lineOf(_ key: String, in header: Node) -> Int {
        if case .map(let entries) = header.value, let entry = entries.first(where: { $0.key == key }) { return entry.line }
        return header.line
    }

    private static func readVariables(_ node: Node?, into header: inout MapReader) -> [Variable] {
        guard let node, node.scalar != "" else { return [] }
        guard case .map(let entries) = node.value else {
            header.report(node, "`variables` must list each variable as `name:` with its keys under it")
            return []
        }
        var variables: [Variable] = []
        for entry in entries {
            guard TemplateParser.isName(entry.key) else {
                header.report(entry.value, "`\(entry.key)` is not a valid variable name", fix: "use letters, digits and '_'")
                continue
            }
            var reader = MapReader(entry.value, what: "variable `\(entry.key)`")
            let typeName = reader.text("type", required: true)
            let type = typeName.flatMap(Variable.Kind.init(rawValue:))
            if let typeName, type == nil, let at = reader.node("type") {
                reader.report(at, "unknown type `\(typeName)` for `\(entry.key)`", fix: "use one of \(Variable.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let defaultValue = reader.node("default")
            let optional = readBool(reader.node("optional"), into: &reader) ?? false
            let min = reader.text("min"), max = reader.text("max")
            if let type, !type.isNumeric, min != nil || max != nil {
                reader.report(entry.value, "`min` and `max` apply to numbers, not to \(type.rawValue)")
            }
            if defaultValue != nil && optional {
                reader.report(entry.value, "`\(entry.key)` has a default and is optional", fix: "keep one: a default always gives a value")
            }
            let prompt = reader.text("prompt")
            header.report(reader.finish(known: ["type", "default", "optional", "min", "max", "prompt"]))
            variables.append(Variable(name: entry.key, type: type ?? .text, defaultValue: defaultValue, optional: optional,
                                      min: min, max: max, prompt: prompt, file: entry.value.file, line: entry.line))
        }
        return variables
    }

    static func readBool(_ node: Node?, into reader: inout MapReader) -> Bool? {
        guard let node else { return nil }
        switch node.scalar {
        case "true": return true
        case "false": return false
        default:
            reader.report(node, "expected `true` or `false`")
            return nil
        }
    }

    /// Reads a `detect:` block. A clause has `headings` and `signals` with facets; a risk rule has
    /// signals only, without facets.
    static func readDetection(_ node: Node?, for owner: DataFileKind, into header: inout MapReader) -> Detection {
        guard let node else { return Detection() }
        var reader = MapReader(node, what: "`detect`")
        var detection = Detection(headings: owner == .clause ? reader.textList("headings") : [])
        for text in detection.headings where !Detection.hasWords(text) {
            if let at = reader.node("headings") { reader.report(at, "the heading `\(text)` has no word to look for", fix: "write words: punctuation is skipped") }
        }
        if let signals = reader.node("signals") {
            if case .list(let items) = signals.value {
                detection.signals = items.compactMap { readSignal($0, for: owner, into: &reader) }
            } else {
                reader.report(signals, "`signals` must be a list of `- all: …` entries")
            }
        }
        header.report(reader.finish(known: owner == .clause ? ["headings", "signals"] : ["signals"]))
        return detection
    }

    private static func readSignal(_ node: Node, for owner: DataFileKind, into parent: inout MapReader) -> Detection.Signal? {
        var reader = MapReader(node, what: "a signal")
        let facet = owner == .clause ? reader.text("facet") : nil
        var groups: [[String]] = []
        if let all = reader.node("all"), case .list(let items) = all.value, !items.isEmpty {
            for item in items {
                guard case .list(let phrases) = item.value, !phrases.isEmpty, let texts = Optional(phrases.compactMap(\.scalar)), texts.count == phrases.count else {
                    reader.report(item, "each group of `all` must be an inline list of phrases, like `- [terminate, cancel]`")
                    continue
                }
                for text in texts where !Detection.hasWords(text) {
                    reader.report(item, "the phrase `\(text)` has no word to look for", fix: "write words: punctuation is skipped, `*` alone is any word")
                }
                groups.append(texts.map { $0.lowercased() })
            }
        } else {
            reader.report(node, "a signal needs `all:`, a list of phrase groups")
        }
        let within = reader.integer("within", in: 1...500) ?? 30
        let unless = reader.textList("unless").map { $0.lowercased() }
        for text in unless where !Detection.hasWords(text) {
            if let at = reader.node("unless") { reader.report(at, "the phrase `\(text)` has no word to look for", fix: "write words: punctuation is skipped") }
        }
        let actor = reader.text("actor")
        if let actor, !Detection.Signal.actors.contains(actor), let at = reader.node("actor") {
            reader.report(at, "unknown actor `\(actor)`", fix: "use one of \(Detection.Signal.actors.joined(separator: ", "))")
        }
        let daysOver = reader.integer("days_over", in: 1...3650)
        let known = (owner == .clause ? ["facet"] : []) + ["all", "within", "unless", "actor", "days_over"]
        parent.report(reader.finish(known: known))
        return Detection.Signal(facet: facet, all: groups, within: within, unless: unless, actor: actor, daysOver: daysOver, line: node.line)
    }

    /// Reads an `examples:` block: `present` and `absent` lists of texts or `- text:` maps. Only a
    /// clause's present examples carry `facets`.
    static func readExamples(_ node: Node?, for owner: DataFileKind, into header: inout MapReader) -> [ClauseExample] {
        readExamples(node, into: &header, keys: owner == .clause ? ["facets"] : []) { text, isPresent, item, details in
            let facets = owner == .clause ? details?.textList("facets") ?? [] : []
            if !isPresent && !facets.isEmpty { details?.report(item, "an absent example has no facets") }
            return ClauseExample(text: text, facets: facets, isPresent: isPresent, file: item.file, line: item.line)
        }
    }

    /// An `examples:` block as every rule file writes it: `present` and `absent` lists whose items are
    /// a text, or a map with `text:` and the `keys` that `example` reads from `details` (nil for a text).
    static func readExamples<Example>(_ node: Node?, into header: inout MapReader, keys: [String],
                                      example: (_ text: String, _ isPresent: Bool, _ item: Node, _ details: inout MapReader?) -> Example) -> [Example] {
        guard let node else { return [] }
        var reader = MapReader(node, what: "`examples`")
        var examples: [Example] = []
        for (key, isPresent) in [("present", true), ("absent", false)] {
            guard let list = reader.node(key) else { continue }
            guard case .list(let items) = list.value else {
                reader.report(list, "`\(key)` must be a list of example texts")
                continue
            }
            for item in items {
                if let text = item.scalar {
                    var none: MapReader? = nil
                    examples.append(example(text, isPresent, item, &none))
                    continue
                }
                var details: MapReader? = MapReader(item, what: "an example")
                let text = details?.text("text", required: true) ?? ""
                examples.append(example(text, isPresent, item, &details))
                if var details { reader.report(details.finish(known: ["text"] + keys)) }
            }
        }
        header.report(reader.finish(known: ["present", "absent"]))
        return examples
    }
}

/// The library files whose `detect:` and `examples:` blocks share one reader.
enum DataFileKind: Sendable {
    case clause, risk
}
