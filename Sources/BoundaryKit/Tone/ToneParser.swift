/// Reads one tone rule file strictly: every problem is reported with its `file:line`, and a key that
/// does not belong to the rule's `check` is an error rather than ignored.
public enum ToneParser {
    static let headerKeys = ["id", "version", "severity", "title", "message", "check", "detect", "conjunctions", "words", "allow", "marks",
                             "per_sentence", "per_letter", "max_words", "rewrite", "replace", "suggestion", "fallback", "examples"]

    /// The keys each check reads besides the common ones.
    static let keysOfCheck: [ToneRule.Check: Set<String>] = [
        .phrases: ["detect", "conjunctions", "rewrite", "replace", "suggestion"],
        .absence: ["detect"],
        .shouting: ["words", "allow", "marks", "rewrite", "suggestion"],
        .hedging: ["words", "per_sentence", "per_letter", "rewrite", "replace", "suggestion"],
        .length: ["max_words"],
    ]

    /// The rewrites each check may use.
    static let rewritesOfCheck: [ToneRule.Check: Set<ToneRule.Rewrite>] = [
        .phrases: [.none, .split, .replace, .drop],
        .absence: [.none],
        .shouting: [.none, .calm],
        .hedging: [.none, .drop, .replace],
        .length: [.none],
    ]

    /// The placeholders `message` and `fallback` may hold, per check.
    static let placeholdersOfCheck: [ToneRule.Check: Set<String>] = [
        .phrases: [], .absence: [], .shouting: ["words"], .hedging: ["words"], .length: ["count", "max"],
    ]

    /// Parses the rule at `path` (e.g. `Clauses/tone/but.md`).
    public static func parse(_ text: String, path: String) -> Result<ToneRule, Diagnostics> {
        let document: FrontMatter
        do { document = try FrontMatter.parse(text, file: path) } catch { return .failure(Diagnostics([error])) }
        var header = MapReader(document.header, what: "the header")
        let keyLines = ClauseParser.keyLines(document.header)
        func line(_ key: String) -> Int { keyLines[key] ?? document.header.line }

        let id = header.text("id", required: true) ?? ""
        let version = header.integer("version", required: true, in: 1...9999) ?? 1
        let severity = header.severity("severity")
        let title = header.text("title", required: true) ?? ""
        let message = header.text("message", required: true) ?? ""
        let checkName = header.text("check") ?? "phrases"
        let check = ToneRule.Check(rawValue: checkName)
        if check == nil, let at = header.node("check") {
            header.report(at, "unknown check `\(checkName)`", fix: "use one of \(ToneRule.Check.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let rewriteName = header.text("rewrite") ?? "none"
        let rewrite = ToneRule.Rewrite(rawValue: rewriteName)
        if rewrite == nil, let at = header.node("rewrite") {
            header.report(at, "unknown rewrite `\(rewriteName)`", fix: "use one of \(ToneRule.Rewrite.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let detectNode = header.node("detect")
        let detection = ClauseParser.readDetection(detectNode, for: .risk, into: &header)
        let words = header.textList("words")
        let conjunctions = header.textList("conjunctions").map { $0.lowercased() }
        let allow = header.textList("allow")
        let marks = header.textList("marks")
        let perSentence = header.integer("per_sentence", in: 1...20) ?? 2
        let perLetter = header.integer("per_letter", in: 1...100) ?? 3
        let maxWords = header.integer("max_words", in: 1...100_000) ?? 250
        let replacements = readReplacements(header.node("replace"), into: &header)
        let suggestion = header.text("suggestion")
        let fallback = header.text("fallback", required: true)
        let examples = readExamples(header.node("examples"), into: &header)
        var diagnostics = header.finish(known: headerKeys)

        func report(_ key: String, _ text: String, fix: String? = nil) {
            diagnostics.append(Diagnostic(file: path, line: line(key), text, fix: fix))
        }
        let name = path.split(separator: "/").last.map { String($0.dropLast(3)) }
        if !id.isEmpty, let name, id != name {
            report("id", "tone rule id `\(id)` does not match its file name", fix: "name the file \(id).md")
        } else if !id.isEmpty, !id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) {
            report("id", "tone rule id `\(id)` must be lower-case words joined by '-'")
        }
        if message.contains("\n") { report("message", "the message must be one line") }

        if let check {
            let allowed = keysOfCheck[check]!
            let specific = Set(keysOfCheck.values.flatMap { $0 })
            for key in keyLines.keys.sorted() where specific.contains(key) && !allowed.contains(key) {
                report(key, "`\(key)` does not apply to `check: \(check.rawValue)`", fix: "remove it, or use a check that reads it")
            }
            if check == .phrases || check == .absence {
                if detectNode == nil {
                    report("check", "`check: \(check.rawValue)` needs `detect:` with at least one signal")
                } else if detection.signals.isEmpty {
                    report("detect", "a tone rule needs at least one signal under `detect:`")
                }
                for signal in detection.signals where signal.actor != nil || signal.daysOver != nil {
                    diagnostics.append(Diagnostic(file: path, line: signal.line, "a tone signal has only `all`, `within` and `unless`"))
                }
            }
            let signalWords = Set(detection.signals.flatMap { $0.all.joined() })
            for word in conjunctions where !signalWords.contains(word) {
                report("conjunctions", "`\(word)` is not a phrase of `detect:`", fix: "list only words the signals look for")
            }
            if check == .hedging, words.isEmpty { report("check", "`check: hedging` needs `words:`, the phrases that hedge") }
            if check == .shouting, marks.contains(where: { $0.count < 2 || !$0.allSatisfy({ $0 == "!" || $0 == "?" }) }) {
                report("marks", "each mark is two or more of `!` and `?`, like \"!!\"")
            }
            if let rewrite, !rewritesOfCheck[check]!.contains(rewrite) {
                report("rewrite", "`rewrite: \(rewrite.rawValue)` does not apply to `check: \(check.rawValue)`",
                       fix: "use one of \(ToneRule.Rewrite.allCases.filter { rewritesOfCheck[check]!.contains($0) }.map(\.rawValue).joined(separator: ", "))")
            }
            let allowedNames = placeholdersOfCheck[check]!
            for (key, text) in [("message", message), ("fallback", fallback ?? "")] {
                for placeholder in placeholders(in: text) where !allowedNames.contains(placeholder) {
                    report(key, "`{{\(placeholder)}}` is not known in `\(key)` of a `\(check.rawValue)` rule",
                           fix: allowedNames.isEmpty ? "write the text out" : "use \(allowedNames.sorted().map { "{{\($0)}}" }.joined(separator: ", "))")
                }
            }
            if check != .length, examples.contains(where: { $0.maxWords != nil }) {
                report("examples", "`max_words` in an example is for `check: length` rules")
            }
        }
        if let rewrite {
            if rewrite == .none, suggestion != nil { report("suggestion", "`suggestion` needs a `rewrite`", fix: "add `rewrite:` or move the text to `fallback`") }
            if rewrite != .none {
                if let suggestion {
                    let names = placeholders(in: suggestion)
                    if !names.contains("rewrite") { report("suggestion", "the suggestion must show the rewrite", fix: "put {{rewrite}} in it") }
                    for other in names where other != "rewrite" { report("suggestion", "`{{\(other)}}` is not known in `suggestion`", fix: "use {{rewrite}}") }
                } else {
                    report("rewrite", "`rewrite: \(rewrite.rawValue)` needs a `suggestion` that shows {{rewrite}}")
                }
            }
            if rewrite == .replace, replacements.isEmpty { report("rewrite", "`rewrite: replace` needs `replace:` pairs") }
            if !replacements.isEmpty, rewrite != .replace, rewrite != .drop { report("replace", "`replace` is read by `rewrite: replace` or `drop` only") }
        }
        if examples.filter(\.isPresent).isEmpty || examples.filter({ !$0.isPresent }).isEmpty, diagnostics.isEmpty {
            report("examples", "a tone rule needs examples, `present` and `absent`", fix: "add texts that trigger it and near misses that must not")
        }
        guard diagnostics.isEmpty, let severity, let check, let rewrite, let fallback else { return .failure(Diagnostics(diagnostics.sorted())) }
        return .success(ToneRule(
            id: id, version: version, severity: severity, title: title, message: message, check: check,
            detection: detection, conjunctions: conjunctions, words: words.map { $0.lowercased() }, allow: allow, marks: marks, perSentence: perSentence, perLetter: perLetter,
            maxWords: maxWords, rewrite: rewrite, replacements: replacements, suggestion: suggestion, fallback: fallback,
            examples: examples, explanation: document.body, file: path, line: document.header.line))
    }

    /// The names of `{{name}}` placeholders in `text`.
    static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else { names.append(String(rest[open.upperBound...])); break }
            names.append(String(rest[open.upperBound..<close.lowerBound]).trimmingSpaces)
            rest = rest[close.upperBound...]
        }
        return names
    }

    /// `replace:` as a list of inline pairs, `- [you must, I need you to]`; the second may be `""`.
    static func readReplacements(_ node: Node?, into header: inout MapReader) -> [Replacement] {
        guard let node else { return [] }
        guard case .list(let items) = node.value else {
            header.report(node, "`replace` must be a list of pairs, like `- [you must, I need you to]`")
            return []
        }
        var pairs: [Replacement] = []
        for item in items {
            guard case .list(let parts) = item.value, parts.count == 2, let from = parts[0].scalar, let to = parts[1].scalar, !from.isEmpty else {
                header.report(item, "each item of `replace` is a pair `[phrase, replacement]`", fix: "write `- [you must, I need you to]`; an empty replacement is \"\"")
                continue
            }
            pairs.append(Replacement(from.lowercased(), to))
        }
        return pairs
    }

    static func readExamples(_ node: Node?, into header: inout MapReader) -> [ToneExample] {
        ClauseParser.readExamples(node, into: &header, keys: ["max_words"]) { text, isPresent, item, details in
            ToneExample(text: text, isPresent: isPresent, maxWords: details?.integer("max_words", in: 1...100_000), file: item.file, line: item.line)
        }
    }
}
