/// One question of the "say no early" checklist, from `Clauses/screen/checklist.md`.
public struct ScreeningQuestion: Sendable, Equatable, Identifiable {
    /// Stable id, used by `--answer ID=…` and answer files: `third-party`.
    public var id: String
    /// The question as asked.
    public var question: String
    /// Why it matters: one sentence from the source articles.
    public var why: String
    /// The answer that is the warning sign: `yes`, or `no` for "do they pay on time?".
    public var warning: ScreeningAnswer
    public var weight: ScreeningWeight
    /// The clause kinds to insist on when the client is taken with boundaries.
    public var insist: [String]
    /// A factual reason, without blame, for a decline letter.
    public var letterReason: String
    /// Where the advice comes from: `articles 000 and 001, situation 4`.
    public var source: String
    /// The line of the question's `id` in its file.
    public var line: Int

    public init(id: String, question: String, why: String, warning: ScreeningAnswer, weight: ScreeningWeight,
                insist: [String], letterReason: String, source: String, line: Int = 0) {
        self.id = id
        self.question = question
        self.why = why
        self.warning = warning
        self.weight = weight
        self.insist = insist
        self.letterReason = letterReason
        self.source = source
        self.line = line
    }

    /// Whether `answer` is a warning: the warning answer itself, or `unsure`.
    public func isWarning(_ answer: ScreeningAnswer) -> Bool { answer == warning || answer == .unsure }

    /// The answer that is no warning: the opposite of `warning`.
    public var clearAnswer: ScreeningAnswer { warning == .yes ? .no : .yes }
}
