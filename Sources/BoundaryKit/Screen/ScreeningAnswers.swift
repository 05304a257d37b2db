/// The answers to a screening, by question id: from an answers file (`id: yes` lines, the format of
/// every Boundary data file), from `--answer ID=ANSWER` flags, or from the prompt.
public struct ScreeningAnswers: Sendable, Equatable {
    public private(set) var byID: [String: ScreeningAnswer]

    public init(_ byID: [String: ScreeningAnswer] = [:]) { self.byID = byID }

    public subscript(id: String) -> ScreeningAnswer? {
        get { byID[id] }
        set { byID[id] = newValue }
    }

    /// These answers with `other`'s laid on top (the same id: `other` wins).
    public func merging(_ other: ScreeningAnswers) -> ScreeningAnswers {
        ScreeningAnswers(byID.merging(other.byID) { _, new in new })
    }

    /// Reads an answers file: one `id: yes|no|unsure` line per question, comments on lines of their own.
    /// Unknown ids and answers are errors at their line.
    public static func read(_ text: String, file: String, checklist: ScreeningChecklist) -> Result<ScreeningAnswers, Diagnostics> {
        let root: Node
        do { root = try FormatReader.parse(text, file: file) } catch { return .failure(Diagnostics([error])) }
        guard case .map(let entries) = root.value else {
            return .failure(Diagnostics([Diagnostic(file: file, line: root.line, "an answers file is a list of `id: yes|no|unsure` lines", fix: "write e.g. `third-party: no`")]))
        }
        var answers = ScreeningAnswers()
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            if let problem = problem(id: entry.key, checklist: checklist) {
                diagnostics.append(Diagnostic(file: file, line: entry.line, problem.message, fix: problem.fix))
                continue
            }
            guard let text = entry.value.scalar, let answer = ScreeningAnswer(rawValue: text) else {
                let found = entry.value.scalar.map { "`\($0)`" } ?? entry.value.shapeName
                diagnostics.append(Diagnostic(file: file, line: entry.line, "the answer to `\(entry.key)` must be yes, no or unsure, found \(found)"))
                continue
            }
            answers[entry.key] = answer
        }
        return diagnostics.isEmpty ? .success(answers) : .failure(Diagnostics(diagnostics))
    }

    /// Reads `--answer ID=ANSWER` values. The same id twice with different answers is an error.
    public static func parse(flags: [String], option: String = "--answer", checklist: ScreeningChecklist) -> Result<ScreeningAnswers, Diagnostics> {
        var answers = ScreeningAnswers()
        var diagnostics: [Diagnostic] = []
        for flag in flags {
            guard let equals = flag.firstIndex(of: "=") else {
                diagnostics.append(Diagnostic("\(option) `\(flag)` has no answer", fix: "write \(option) ID=yes, ID=no or ID=unsure, e.g. \(option) third-party=no"))
                continue
            }
            let id = String(flag[..<equals]).strippedOfSpaces
            let text = String(flag[flag.index(after: equals)...]).strippedOfSpaces
            if let problem = problem(id: id, checklist: checklist) {
                diagnostics.append(Diagnostic("\(option) \(flag): \(problem.message)", fix: problem.fix))
                continue
            }
            guard let answer = ScreeningAnswer(rawValue: text) else {
                diagnostics.append(Diagnostic("\(option) \(flag): the answer must be yes, no or unsure, found `\(text)`"))
                continue
            }
            if let earlier = answers[id], earlier != answer {
                diagnostics.append(Diagnostic("\(option) answers `\(id)` twice: \(earlier.rawValue) and \(answer.rawValue)", fix: "keep one of them"))
                continue
            }
            answers[id] = answer
        }
        return diagnostics.isEmpty ? .success(answers) : .failure(Diagnostics(diagnostics))
    }

    private static func problem(id: String, checklist: ScreeningChecklist) -> (message: String, fix: String)? {
        guard checklist.question(id) == nil else { return nil }
        let ids = checklist.questions.map(\.id)
        let hint = Spelling.suggestion(for: id, among: ids).map { "did you mean `\($0)`?" }
        return ("unknown question `\(id)`", hint ?? "`boundary screen --list` shows the questions: \(ids.joined(separator: ", "))")
    }
}

extension String {
    fileprivate var strippedOfSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
