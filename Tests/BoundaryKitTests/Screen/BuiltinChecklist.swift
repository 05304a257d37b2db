import BoundaryKit
import BuiltinClauses

/// The built-in library and its screening checklist, loaded once for the screening tests.
enum BuiltinChecklist {
    static let layers = [BuiltinClauses.files.map { file in
        LibraryFile(relativePath: String(file.path.dropFirst("Clauses/".count)), displayPath: file.path, text: file.text)
    }]

    static let library = ClauseLibrary.load(layers).library

    static let file = ScreeningChecklist.find(in: layers)

    static let parsed = file.map { ScreeningChecklistParser.parse($0.text, path: $0.displayPath) }

    /// The checklist; a test that needs it fails (rather than crashes) when it does not load.
    static var checklist: ScreeningChecklist? { try? parsed?.get() }

    /// Every question but the gate answered with its clear answer: a client with no warning sign.
    static func allClear(_ checklist: ScreeningChecklist) -> ScreeningAnswers {
        var answers = ScreeningAnswers()
        for question in checklist.screeningQuestions { answers[question.id] = question.clearAnswer }
        return answers
    }

    static func verdict(_ answers: ScreeningAnswers, _ checklist: ScreeningChecklist, preset: String = "web-design") -> ScreeningVerdict {
        let preset = library.presets[preset]!
        return Screener.verdict(answers, checklist: checklist, library: library) { ScreeningNextStep.clause(for: $0, preset: preset, library: library) }
    }
}
