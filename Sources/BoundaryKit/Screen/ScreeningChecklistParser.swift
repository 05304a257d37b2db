/// Reads the screening checklist strictly: every problem is reported at its `file:line`. The clause
/// kinds it names are checked against a library by `ScreeningChecklist.check(against:)`.
public enum ScreeningChecklistParser {
    static let headerKeys = ["version", "title", "questions"]
    static let questionKeys = ["id", "question", "why", "warning", "weight", "insist", "letter_reason", "source"]

    /// Parses the checklist at `path` (e.g. `Clauses/screen/checklist.md`).
    public static func parse(_ text: String, path: String) -> Result<ScreeningChecklist, Diagnostics> {
        let document: FrontMatter
        do { document = try FrontMatter.parse(text, file: path) } catch { return .failure(Diagnostics([error])) }

        var header = MapReader(document.header, what: "the header")
        let version = header.integer("version", required: true, in: 1...9999) ?? 1
        let title = header.text("title", required: true) ?? ""
        var questions: [ScreeningQuestion] = []
        var diagnostics: [Diagnostic] = []
        if let node = header.node("questions") {
            if case .list(let items) = node.value, !items.isEmpty {
                var seen: [String: Int] = [:]
                for item in items {
                    var reader = MapReader(item, what: "a question")
                    let question = readQuestion(&reader)
                    diagnostics += reader.finish(known: questionKeys)
                    guard let question else { continue }
                    if let earlier = seen[question.id] {
                        diagnostics.append(Diagnostic(file: path, line: question.line, "duplicate question id `\(question.id)` (first at line \(earlier))", fix: "give each question its own id"))
                    }
                    seen[question.id] = question.line
                    questions.append(question)
                }
            } else {
                header.report(node, "`questions` must be a list of questions, found \(node.scalar == "" ? "nothing" : node.shapeName)",
                              fix: "write one `- id: …` item per question")
            }
        } else {
            header.report(document.header.line, "missing `questions`", fix: "add `questions:` with one `- id: …` item per question")
        }
        diagnostics += header.finish(known: headerKeys)

        if diagnostics.isEmpty {
            let gates = questions.filter { $0.weight == .gate }
            if gates.count != 1 {
                diagnostics.append(Diagnostic(file: path, line: gates.dropFirst().first?.line ?? document.header.line,
                                              "the checklist needs exactly one question with `weight: gate`, found \(gates.count)",
                                              fix: "one question decides whether boundaries are enough: \"can you price the extra time?\""))
            }
            if !questions.contains(where: { $0.weight != .gate }) {
                diagnostics.append(Diagnostic(file: path, line: document.header.line, "the checklist has no question to screen with", fix: "add questions of weight `decline` or `boundary`"))
            }
        }
        guard diagnostics.isEmpty else { return .failure(Diagnostics(diagnostics.sorted())) }
        return .success(ScreeningChecklist(version: version, title: title, questions: questions, explanation: document.body, file: path))
    }

    private static func readQuestion(_ reader: inout MapReader) -> ScreeningQuestion? {
        let start = reader.diagnostics.count
        let line = reader.node.line
        let id = reader.text("id", required: true) ?? ""
        if !id.isEmpty, !isID(id), let at = reader.node("id") {
            reader.report(at, "question id `\(id)` must be lower-case words joined by '-'")
        }
        let question = oneLine("question", &reader)
        let why = oneLine("why", &reader)
        let warningText = reader.text("warning", required: true)
        let warning = warningText.flatMap(ScreeningAnswer.init(rawValue:))
        if let warningText, warning == nil || warning == .unsure, let at = reader.node("warning") {
            reader.report(at, "`warning` must be `yes` or `no`, found `\(warningText)`", fix: "name the answer that is the warning sign")
        }
        let weightText = reader.text("weight", required: true)
        let weight = weightText.flatMap(ScreeningWeight.init(rawValue:))
        if let weightText, weight == nil, let at = reader.node("weight") {
            let hint = Spelling.suggestion(for: weightText, among: ScreeningWeight.allCases.map(\.rawValue)).map { "did you mean `\($0)`?" }
            reader.report(at, "unknown weight `\(weightText)`", fix: hint ?? "use one of decline, boundary, gate")
        }
        let insist = reader.textList("insist")
        if insist.isEmpty {
            reader.report(reader.node("insist") ?? reader.node, "question `\(id)` names no clause kinds under `insist`", fix: "add `insist: [kind, …]`: the clauses that set this boundary")
        }
        let letterReason = oneLine("letter_reason", &reader)
        let source = oneLine("source", &reader)
        guard reader.diagnostics.count == start, let warning, let weight else { return nil }
        return ScreeningQuestion(id: id, question: question, why: why, warning: warning, weight: weight, insist: insist,
                                 letterReason: letterReason, source: source, line: line)
    }

    private static func oneLine(_ key: String, _ reader: inout MapReader) -> String {
        let text = reader.text(key, required: true) ?? ""
        if text.contains("\n"), let at = reader.node(key) { reader.report(at, "`\(key)` must be one line") }
        return text
    }

    static func isID(_ text: String) -> Bool {
        !text.hasPrefix("-") && !text.hasSuffix("-") && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }
}
