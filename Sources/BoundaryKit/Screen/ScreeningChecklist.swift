/// The "say no early" checklist of `boundary screen`: the seven situations of articles 000/001, the
/// three questions of article 003, and article 004's "can you price the extra time?" (the gate). Data,
/// in `Clauses/screen/checklist.md`; read by `ScreeningChecklistParser`.
public struct ScreeningChecklist: Sendable, Equatable {
    /// Where the checklist lives in a clause library.
    public static let relativePath = "screen/checklist.md"

    public var version: Int
    public var title: String
    /// In the order they are asked; exactly one has the weight `gate`, and it comes last.
    public var questions: [ScreeningQuestion]
    /// The text after the header: the decision table, in Markdown.
    public var explanation: String
    public var file: String

    public init(version: Int, title: String, questions: [ScreeningQuestion], explanation: String, file: String) {
        self.version = version
        self.title = title
        self.questions = questions
        self.explanation = explanation
        self.file = file
    }

    public func question(_ id: String) -> ScreeningQuestion? { questions.first { $0.id == id } }

    /// The question that decides whether boundaries are enough.
    public var gate: ScreeningQuestion? { questions.first { $0.weight == .gate } }

    /// Every question but the gate: the ones always asked.
    public var screeningQuestions: [ScreeningQuestion] { questions.filter { $0.weight != .gate } }

    /// The checklist of the last layer that has one (a user's `--clauses DIR` replaces the built-in one).
    public static func find(in layers: [[LibraryFile]]) -> LibraryFile? {
        for layer in layers.reversed() {
            if let file = layer.first(where: { $0.relativePath == relativePath }) { return file }
        }
        return nil
    }

    /// Problems with the checklist's references to `library`: a clause kind that does not exist.
    public func check(against library: ClauseLibrary) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for question in questions {
            for kind in question.insist where library.kind(kind) == nil {
                let hint = Spelling.suggestion(for: kind, among: library.kinds.map(\.id)).map { "did you mean `\($0)`?" }
                diagnostics.append(Diagnostic(file: file, line: question.line, "question `\(question.id)` insists on `\(kind)`, which is not a clause kind",
                                              fix: hint ?? "`boundary clauses list` shows the kinds"))
            }
        }
        return diagnostics
    }
}
