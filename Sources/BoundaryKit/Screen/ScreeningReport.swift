/// A screening's verdict and its next step, as text for a person or JSON for a program (the JSON
/// shape is documented in `docs/screen.md`), and the checklist itself for `boundary screen --list`.
public struct ScreeningReport: Sendable {
    public var verdict: ScreeningVerdict
    public var next: ScreeningNextStep
    public var checklist: ScreeningChecklist
    public var client: String?
    public var provider: String?

    public init(verdict: ScreeningVerdict, next: ScreeningNextStep, checklist: ScreeningChecklist, client: String?, provider: String?) {
        self.verdict = verdict
        self.next = next
        self.checklist = checklist
        self.client = client
        self.provider = provider
    }

    // MARK: Text

    public var text: String {
        var lines: [String] = []
        if let client { lines.append("Client: \(client)") }
        lines.append("Verdict: \(verdict.decision.words)")
        lines.append(sentence(verdict.summary))
        if !verdict.assumed.isEmpty {
            lines.append("Not answered, so counted as unsure: \(verdict.assumed.joined(separator: ", ")).")
        }
        let answered = verdict.answers.count
        if verdict.warnings.isEmpty {
            lines += ["", "No warning signs in \(answered) answers."]
        } else {
            lines += ["", "Warning signs (\(verdict.warnings.count) of \(answered) answers):"]
            let width = verdict.warnings.map(\.question.id.count).max() ?? 0
            for warning in verdict.warnings {
                let answer = warning.answer.rawValue + (warning.assumed ? " (no answer)" : "")
                lines.append("  " + pad(warning.question.id, width) + "  " + pad(answer, 6) + "  " + Self.effect(warning))
                lines.append("    " + warning.question.question)
                lines.append("    Why: " + warning.question.why)
            }
        }
        switch verdict.decision {
        case .take:
            lines += ["", "Draft the agreement:", "  " + next.command]
        case .takeWithBoundaries:
            lines += ["", "Insist on these clauses:"]
            let kindWidth = verdict.boundaries.map(\.kind.count).max() ?? 0
            let clauseWidth = verdict.boundaries.map(\.clause.count).max() ?? 0
            for boundary in verdict.boundaries {
                lines.append("  " + pad(boundary.kind, kindWidth) + "  " + pad(boundary.clause, clauseWidth) + "  for " + boundary.because.joined(separator: ", "))
            }
            lines += ["", "Draft the agreement with them:", "  " + next.command]
            if next.arguments.contains(where: { $0.hasPrefix("clauses.") }) {
                lines.append("Each --set clauses.KIND=ID adds a clause that the preset leaves out.")
            }
        case .decline:
            lines += ["", "Send the decline letter:", "  " + next.command]
            if !next.placeholders.isEmpty {
                lines.append("Replace \(placeholderNames) first, or screen again with \(next.placeholders.joined(separator: " and ")).")
            }
            if next.reason != nil {
                lines.append("The letter gives a factual reason (--reason); leave it out to give none, which is your right.")
            } else if let reason = verdict.letterReason {
                lines.append("The letter gives no reason: giving one is your right, not a duty. To give a factual one, add:")
                lines.append("  --reason " + ShellWords.quoted(reason))
            }
            lines.append("To recommend another specialist, add --refer \"Name <contact>\".")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private var placeholderNames: String {
        next.placeholders.map { $0 == "--client" ? ScreeningNextStep.clientPlaceholder : ScreeningNextStep.providerPlaceholder }.joined(separator: " and ")
    }

    static func effect(_ warning: ScreeningVerdict.Warning) -> String {
        switch (warning.effect, warning.answer) {
        case (.declines, _): "a reason to say no at once"
        case (.needsBoundary, .unsure): "unsure, which is never a pass: needs a boundary"
        case (.needsBoundary, _): "needs a boundary"
        case (.boundariesNotEnough, .unsure): "unsure, which is not a yes: boundaries are not enough"
        case (.boundariesNotEnough, _): "boundaries are not enough"
        }
    }

    // MARK: JSON

    public var json: JSONValue {
        .object([
            ("answers", .object(verdict.answers.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value.rawValue)) })),
            ("assumed", .array(verdict.assumed.map(JSONValue.string))),
            ("boundaries", .array(verdict.boundaries.map { boundary in
                .object([
                    ("because", .array(boundary.because.map(JSONValue.string))),
                    ("clause", .string(boundary.clause)),
                    ("kind", .string(boundary.kind)),
                    ("title", .string(boundary.title)),
                ])
            })),
            ("checklist_version", .number(String(checklist.version))),
            ("client", client.map(JSONValue.string) ?? .null),
            ("decided_by", .array(verdict.decidedBy.map(JSONValue.string))),
            ("decision", .string(verdict.decision.rawValue)),
            ("next", .object([
                ("arguments", .array(next.arguments.map(JSONValue.string))),
                ("command", .string(next.command)),
                ("kind", .string(next.kind.rawValue)),
                ("placeholders", .array(next.placeholders.map(JSONValue.string))),
                ("reason", next.reason.map(JSONValue.string) ?? .null),
            ])),
            ("provider", provider.map(JSONValue.string) ?? .null),
            ("suggested_reason", verdict.letterReason.map(JSONValue.string) ?? .null),
            ("summary", .string(verdict.summary)),
            ("warnings", .array(verdict.warnings.map { warning in
                .object([
                    ("answer", .string(warning.answer.rawValue)),
                    ("assumed", .bool(warning.assumed)),
                    ("effect", .string(warning.effect.rawValue)),
                    ("id", .string(warning.question.id)),
                    ("insist", .array(warning.question.insist.map(JSONValue.string))),
                    ("question", .string(warning.question.question)),
                    ("source", .string(warning.question.source)),
                    ("warning_answer", .string(warning.question.warning.rawValue)),
                    ("weight", .string(warning.question.weight.rawValue)),
                    ("why", .string(warning.question.why)),
                ])
            })),
        ])
    }
}

extension ScreeningChecklist {
    /// The checklist for `boundary screen --list`: each question, its warning answer, weight and the
    /// clause kinds it insists on.
    public var text: String {
        var lines = ["\(title): \(questions.count) questions. Answer each yes, no or unsure: boundary screen --answer ID=ANSWER", ""]
        for question in questions {
            var weight: String
            switch question.weight {
            case .decline: weight = "declines at once"
            case .boundary: weight = "needs a boundary"
            case .gate: weight = "decides whether boundaries are enough; asked only when it does"
            }
            lines.append("\(question.id)  (warning sign: \(question.warning.rawValue); \(weight))")
            lines.append("  " + question.question)
            lines.append("  Why: " + question.why + " (" + question.source + ")")
            lines.append("  Insist on: " + question.insist.joined(separator: ", "))
            lines.append("")
        }
        lines.append("`unsure` counts as a warning that needs a boundary, never as a pass.")
        return lines.joined(separator: "\n") + "\n"
    }

    public var json: JSONValue {
        .object([
            ("questions", .array(questions.map { question in
                .object([
                    ("id", .string(question.id)),
                    ("insist", .array(question.insist.map(JSONValue.string))),
                    ("letter_reason", .string(question.letterReason)),
                    ("question", .string(question.question)),
                    ("source", .string(question.source)),
                    ("warning_answer", .string(question.warning.rawValue)),
                    ("weight", .string(question.weight.rawValue)),
                    ("why", .string(question.why)),
                ])
            })),
            ("title", .string(title)),
            ("version", .number(String(version))),
        ])
    }
}

private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

private func sentence(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
}
