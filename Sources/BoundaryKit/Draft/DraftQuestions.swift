/// The questions `boundary draft --interactive` asks: the agreement's own facts, then every clause
/// variable that has no value yet. Each answer becomes a `--set` assignment, so an interactive
/// session can be repeated as one command line.
public struct DraftQuestion: Sendable, Equatable {
    /// The dotted key the answer sets, as in `--set client.name=…`.
    public var key: String
    public var prompt: String
    /// The value already given (by the preset, the agreement file or a default), offered as the answer.
    public var current: String?
    /// A list is asked item by item and appended with `key+=item`.
    public var isList: Bool

    /// The `--set` arguments for an answer.
    public func assignments(_ answer: String) -> [String] {
        guard isList else { return ["\(key)=\(answer)"] }
        let items = answer.split(separator: ";").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        return ["\(key)=[]"] + items.map { "\(key)+=\($0)" }
    }
}

public enum DraftQuestions {
    static let facts: [(key: String, prompt: String, isList: Bool)] = [
        ("provider.name", "Your name or business name", false),
        ("client.name", "The client's name (the party who signs)", false),
        ("project", "The project, in a few words", false),
        ("currency", "Currency (ISO code, such as USD, EUR, GBP)", false),
        ("fee.total", "The fee for the whole scope", false),
        ("fee.deposit", "Deposit, as an amount or a percent such as 30% (empty for none)", false),
        ("start", "Start date (YYYY-MM-DD)", false),
        ("scope", "What is included (items separated by ';')", true),
        ("exclusions", "What is NOT included (items separated by ';')", true),
        ("governing_law", "Governing law, as it should read (e.g. the laws of the State of New York)", false),
    ]

    /// The questions for the agreement in `node`: its facts, then the terms its clauses use.
    public static func questions(for node: Node, library: ClauseLibrary) -> [DraftQuestion] {
        var questions = facts.map { fact in
            DraftQuestion(key: fact.key, prompt: fact.prompt, current: node.lookup(fact.key).flatMap(\.answerText), isList: fact.isList)
        }
        let terms = node.lookup("terms")
        let presetTerms = node.lookup("preset").flatMap(\.scalar).flatMap { library.presets[$0]?.agreement.lookup("terms") }
        var asked: Set<String> = []
        for clause in ClauseSelection.clauses(for: node, library: library) {
            for variable in clause.variables where AgreementField.builtIn(variable.name) == nil && asked.insert(variable.name).inserted {
                let current = terms?.lookup(variable.name) ?? presetTerms?.lookup(variable.name) ?? variable.defaultValue
                guard variable.isRequired || current != nil else { continue }
                questions.append(DraftQuestion(key: "terms.\(variable.name)", prompt: variable.prompt ?? variable.name,
                                               current: current.flatMap(\.answerText), isList: variable.type == .list))
            }
        }
        return questions
    }
}

extension Node {
    /// The node at a dotted path of map keys, such as `client.name`.
    func lookup(_ path: String) -> Node? {
        var node = self
        for key in path.split(separator: ".") {
            guard case .map(let entries) = node.value, let entry = entries.first(where: { $0.key == key }) else { return nil }
            node = entry.value
        }
        return node
    }

    /// The value as a user would type it back: text, or list items separated by ';'.
    public var answerText: String? {
        switch value {
        case .scalar(let text): text.isEmpty ? nil : text
        case .list(let items): items.compactMap(\.scalar).joined(separator: "; ")
        case .map: nil
        }
    }
}
