/// Reads one risk rule file strictly: every problem is reported with its `file:line`. References to
/// the rest of the library (`kind`, `fix`) are checked by `LibraryCheck`, once every layer is loaded.
public enum RiskParser {
    static let headerKeys = ["id", "version", "kind", "severity", "title", "message", "fix", "detect", "examples"]

    /// Parses the rule at `path` (relative to its library, e.g. `Clauses/risks/pay-when-paid.md`).
    public static func parse(_ text: String, path: String) -> Result<RiskRule, Diagnostics> {
        let document: FrontMatter
        do { document = try FrontMatter.parse(text, file: path) } catch { return .failure(Diagnostics([error])) }

        var header = MapReader(document.header, what: "the header")
        let id = header.text("id", required: true) ?? ""
        let version = header.integer("version", required: true, in: 1...9999) ?? 1
        let kind = header.text("kind", required: true) ?? ""
        let severity = header.severity("severity")
        let title = header.text("title", required: true) ?? ""
        let message = header.text("message", required: true) ?? ""
        let fix = header.text("fix", required: true) ?? ""
        let detectNode = header.node("detect")
        let detection = ClauseParser.readDetection(detectNode, for: .risk, into: &header)
        let examples = ClauseParser.readExamples(header.node("examples"), for: .risk, into: &header)
        var diagnostics = header.finish(known: headerKeys)

        let keyLines = ClauseParser.keyLines(document.header)
        let name = path.split(separator: "/").last.map { String($0.dropLast(3)) }
        if !id.isEmpty, let name, id != name {
            diagnostics.append(Diagnostic(file: path, line: keyLines["id"], "risk id `\(id)` does not match its file name", fix: "name the file \(id).md"))
        } else if !id.isEmpty, !id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) {
            diagnostics.append(Diagnostic(file: path, line: keyLines["id"], "risk id `\(id)` must be lower-case words joined by '-'"))
        }
        if message.contains("\n") {
            diagnostics.append(Diagnostic(file: path, line: keyLines["message"], "the message must be one line"))
        }
        if detectNode == nil {
            diagnostics.append(Diagnostic(file: path, line: document.header.line, "missing `detect`", fix: "add `detect:` with at least one signal"))
        } else if detection.signals.isEmpty, diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: path, line: keyLines["detect"], "a risk rule needs at least one signal under `detect:`"))
        }
        guard diagnostics.isEmpty, let severity else { return .failure(Diagnostics(diagnostics.sorted())) }
        return .success(RiskRule(id: id, version: version, kind: kind, severity: severity, title: title, message: message, fix: fix,
                                 detection: detection, examples: examples, explanation: document.body, file: path, keyLines: keyLines))
    }
}
