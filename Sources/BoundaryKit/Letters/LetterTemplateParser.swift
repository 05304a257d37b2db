/// Reads one letter template strictly: every problem is reported with its `file:line`.
public enum LetterTemplateParser {
    static let headerKeys = ["id", "version", "title", "subject", "variables"]

    /// Parses the template at `path` (e.g. `Clauses/letters/end.warm.md`).
    public static func parse(_ text: String, path: String) -> Result<LetterTemplate, Diagnostics> {
        let document: FrontMatter
        do { document = try FrontMatter.parse(text, file: path) } catch { return .failure(Diagnostics([error])) }

        var header = MapReader(document.header, what: "the header")
        let id = header.text("id", required: true) ?? ""
        let version = header.integer("version", required: true, in: 1...9999) ?? 1
        let title = header.text("title", required: true) ?? ""
        let subjectText = header.text("subject", required: true)
        let subjectLine = header.node("subject")?.line ?? document.header.line
        let variables = readVariables(header.node("variables"), into: &header)
        var diagnostics = header.finish(known: headerKeys)
        let keyLines = ClauseParser.keyLines(document.header)

        // The id names the letter and the register, and matches the file name.
        var variant: LetterVariant?, register: LetterRegister?
        if !id.isEmpty {
            let fileName = path.split(separator: "/").last.map { String($0.dropLast(3)) }
            let parts = id.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if let fileName, fileName != id {
                diagnostics.append(Diagnostic(file: path, line: keyLines["id"], "letter id `\(id)` does not match its file name", fix: "name the file \(id).md"))
            } else if parts.count != 2 {
                diagnostics.append(Diagnostic(file: path, line: keyLines["id"], "letter id `\(id)` must be LETTER.REGISTER, such as end.warm"))
            } else {
                variant = LetterVariant(rawValue: parts[0])
                register = LetterRegister(rawValue: parts[1])
                if variant == nil {
                    let hint = Spelling.suggestion(for: parts[0], among: LetterVariant.allCases.map(\.rawValue)).map { "did you mean `\($0)`?" }
                    diagnostics.append(Diagnostic(file: path, line: keyLines["id"], "unknown letter `\(parts[0])`",
                                                  fix: hint ?? "use one of " + LetterVariant.allCases.map(\.rawValue).joined(separator: ", ")))
                }
                if register == nil {
                    diagnostics.append(Diagnostic(file: path, line: keyLines["id"], "unknown register `\(parts[1])`", fix: "use warm or formal"))
                }
            }
        }
        if let subjectText, subjectText.contains("\n") {
            diagnostics.append(Diagnostic(file: path, line: subjectLine, "the subject must be one line"))
        }
        if document.body.allSatisfy(\.isWhitespace) {
            diagnostics.append(Diagnostic(file: path, line: document.bodyFirstLine, "the letter has no text after its header"))
        }

        var subject: Template?, body: Template?
        if let subjectText {
            do { subject = try Template(subjectText, file: path, firstLine: subjectLine) } catch { diagnostics.append(error) }
        }
        do { body = try Template(document.body, file: path, firstLine: document.bodyFirstLine) } catch { diagnostics.append(error) }

        // Every placeholder declared, every declared value used, and each one a value the letter has.
        var used: [String: Int] = [:]
        for template in [subject, body].compactMap({ $0 }) {
            for (name, line) in template.names { used[name] = min(used[name] ?? line, line) }
        }
        let declared = Set(variables.map(\.name))
        for (name, line) in used.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) where !declared.contains(name) {
            diagnostics.append(Diagnostic(file: path, line: line, "`{{\(name)}}` is not declared", fix: "declare `\(name)` under `variables:` with what it is"))
        }
        if subject != nil, body != nil {
            for variable in variables where used[variable.name] == nil {
                diagnostics.append(Diagnostic(file: path, line: variable.line, "variable `\(variable.name)` is declared but never used", fix: "use {{\(variable.name)}} in the letter or remove it"))
            }
        }
        if let variant {
            let known = LetterValues.names(for: variant)
            for variable in variables where !known.contains(variable.name) {
                let hint = Spelling.suggestion(for: variable.name, among: known.sorted()).map { "did you mean `\($0)`?" }
                diagnostics.append(Diagnostic(file: path, line: variable.line, "`\(variable.name)` is not a value of the \(variant.rawValue) letter",
                                              fix: hint ?? "its values are " + known.sorted().joined(separator: ", ")))
            }
        }
        guard diagnostics.isEmpty, let variant, let register, let subject, let body else { return .failure(Diagnostics(diagnostics.sorted())) }
        return .success(LetterTemplate(id: id, version: version, variant: variant, register: register, title: title,
                                       subject: subject, variables: variables, body: body, file: path))
    }

    /// `variables:` is a set of `name: what it is` lines.
    private static func readVariables(_ node: Node?, into header: inout MapReader) -> [LetterTemplate.Variable] {
        guard let node else { return [] }
        guard case .map(let entries) = node.value else {
            header.report(node, "`variables` must be a set of `name: what it is` lines, found \(node.shapeName)")
            return []
        }
        var variables: [LetterTemplate.Variable] = []
        for entry in entries {
            guard let description = entry.value.scalar, !description.isEmpty else {
                header.report(entry.line, "variable `\(entry.key)` needs a one-line description", fix: "write `\(entry.key): what it is`")
                continue
            }
            guard TemplateParser.isName(entry.key) else {
                header.report(entry.line, "`\(entry.key)` is not a variable name", fix: "use letters, digits and '_'")
                continue
            }
            variables.append(LetterTemplate.Variable(name: entry.key, description: description, line: entry.line))
        }
        return variables
    }
}
