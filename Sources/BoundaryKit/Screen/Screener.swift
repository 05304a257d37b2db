/// Decides a screening: `take`, `take with boundaries` or `decline`, from the answers to the
/// checklist. Pure; the decision table is in `Clauses/screen/checklist.md` and `docs/screen.md`:
///
/// 1. The warning answer to a `decline` question declines at once, whatever else was answered.
/// 2. Otherwise, with no warning and no `unsure`, take.
/// 3. Otherwise every warning (and every `unsure`, which is never a pass) needs its boundary, and the
///    gate decides: "can you set these boundaries in writing and price the extra time?" — its clear
///    answer gives `take with boundaries`; its warning answer, or `unsure`, gives `decline`.
public enum Screener {
    /// Whether the gate's answer decides the verdict, given the answers so far: some answer needs a
    /// boundary and none declines at once. Unanswered questions are left out.
    public static func gateDecides(_ answers: ScreeningAnswers, checklist: ScreeningChecklist) -> Bool {
        var needsBoundary = false
        for question in checklist.screeningQuestions {
            guard let answer = answers[question.id], question.isWarning(answer) else { continue }
            if question.weight == .decline && answer == question.warning { return false }
            needsBoundary = true
        }
        return needsBoundary
    }

    /// The questions that still need an answer: every question but the gate, and the gate when it
    /// decides (as far as the answers given tell).
    public static func missing(_ answers: ScreeningAnswers, checklist: ScreeningChecklist) -> [ScreeningQuestion] {
        var missing = checklist.screeningQuestions.filter { answers[$0.id] == nil }
        if let gate = checklist.gate, answers[gate.id] == nil, gateDecides(answers, checklist: checklist) { missing.append(gate) }
        return missing
    }

    /// The verdict. A question without an answer counts as `unsure` and is listed in `assumed`; the
    /// clause of each kind to insist on is the one `boundary draft --preset` would use (`clauseFor`).
    public static func verdict(_ answers: ScreeningAnswers, checklist: ScreeningChecklist, library: ClauseLibrary,
                               clauseFor: (ClauseKind) -> String) -> ScreeningVerdict {
        var used: [String: ScreeningAnswer] = [:]
        var assumed: [String] = []
        var warnings: [ScreeningVerdict.Warning] = []
        func answer(_ question: ScreeningQuestion) -> ScreeningAnswer {
            if let given = answers[question.id] { used[question.id] = given; return given }
            assumed.append(question.id)
            used[question.id] = .unsure
            return .unsure
        }
        for question in checklist.screeningQuestions {
            let given = answer(question)
            guard question.isWarning(given) else { continue }
            let effect: ScreeningVerdict.Effect = question.weight == .decline && given == question.warning ? .declines : .needsBoundary
            warnings.append(.init(question: question, answer: given, effect: effect, assumed: answers[question.id] == nil))
        }

        let declines = warnings.filter { $0.effect == .declines }
        if let first = declines.first {
            if let gate = checklist.gate, let given = answers[gate.id] { used[gate.id] = given }
            let ids = declines.map(\.question.id)
            return ScreeningVerdict(decision: .decline, warnings: warnings, boundaries: [], answers: used, assumed: assumed,
                                    summary: "\(listed(ids)) \(ids.count == 1 ? "is a reason" : "are reasons") to say no at once",
                                    decidedBy: ids, letterReason: first.question.letterReason)
        }
        guard !warnings.isEmpty, let gate = checklist.gate else {
            if let gate = checklist.gate, let given = answers[gate.id] { used[gate.id] = given }
            return ScreeningVerdict(decision: .take, warnings: [], boundaries: [], answers: used, assumed: assumed,
                                    summary: "no warning signs: every answer is clear", decidedBy: [], letterReason: nil)
        }

        let boundaryIDs = warnings.map(\.question.id)
        let need = boundaryIDs.count > 3 ? "\(boundaryIDs.count) answers need boundaries"
            : "\(listed(boundaryIDs)) \(boundaryIDs.count == 1 ? "needs a boundary" : "need boundaries")"
        let them = boundaryIDs.count == 1 ? "it" : "them"
        let gateAnswer = answer(gate)
        if gate.isWarning(gateAnswer) {
            // The reason a letter can state as a fact: the first warning actually answered, not an unsure one.
            let reason = warnings.first { $0.answer == $0.question.warning }?.question.letterReason ?? gate.letterReason
            warnings.append(.init(question: gate, answer: gateAnswer, effect: .boundariesNotEnough, assumed: answers[gate.id] == nil))
            let summary = gateAnswer == .unsure
                ? "\(need), and you are unsure whether you can set \(them) and price the extra time: unsure is not a yes, so work out the price first, then screen again"
                : "\(need), and you cannot set \(them) and price the extra time"
            return ScreeningVerdict(decision: .decline, warnings: warnings, boundaries: [], answers: used, assumed: assumed,
                                    summary: summary, decidedBy: [gate.id] + boundaryIDs, letterReason: reason)
        }

        var because: [String: [String]] = [:]
        for question in warnings.map(\.question) + [gate] {
            for kind in question.insist where !(because[kind] ?? []).contains(question.id) { because[kind, default: []].append(question.id) }
        }
        let boundaries = library.kinds.compactMap { kind -> ScreeningVerdict.Boundary? in
            guard let questions = because[kind.id] else { return nil }
            return .init(kind: kind.id, title: kind.title, clause: clauseFor(kind), because: questions)
        }
        return ScreeningVerdict(decision: .takeWithBoundaries, warnings: warnings, boundaries: boundaries, answers: used, assumed: assumed,
                                summary: "\(need), and you can set \(them) in writing and price the extra time",
                                decidedBy: [gate.id] + boundaryIDs, letterReason: nil)
    }

    /// `a`, `a and b`, `a, b and c`, each in backquotes.
    static func listed(_ ids: [String]) -> String {
        let quoted = ids.map { "`\($0)`" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1]
    }
}
