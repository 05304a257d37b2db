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
    /// What a valid answer is.
    var check: Check

    enum Check: Sendable, Equatable {
        case text, currency, money, moneyOrPercent, date
        case variable(Variable)
    }

    /// Why `answer` is not a valid value, or nil when it is. Amounts are read in `currencyCode`.
    public func problem(with answer: String, currencyCode: String?) -> String? {
        let currency = currencyCode.flatMap { try? Currency(code: $0) } ?? (try? Currency(code: "USD"))!
        do throws(ValueError) {
            switch check {
            case .text: return nil
            case .currency: _ = try Currency(code: answer)
            case .money: _ = try Money.parse(answer, currency: currency)
            case .date: _ = try CivilDate.parse(answer)
            case .moneyOrPercent:
                if answer.hasSuffix("%") {
                    if try Percent.parse(answer) > Percent.hundred { return "a deposit cannot be more than 100%" }
                } else {
                    _ = try Money.parse(answer, currency: currency)
                }
            case .variable(let variable):
                if case .failure(let error) = TypedValue.parse(Node(.scalar(answer), file: "answer", line: 0), as: variable, currency: currency) {
                    return error.message + (error.fix.map { "; \($0)" } ?? "")
                }
            }
        } catch {
            return error.message
        }
        return nil
    }

    /// The `--set` arguments for an answer.
    public func assignments(_ answer: String) -> [String] {
        guard isList else { return ["\(key)=\(answer)"] }
        let items = answer.split(separator: ";").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        return ["\(key)=[]"] + items.map { "\(key)+=\($0)" }
    }
}

public enum DraftQuestions {
    static let facts: [(key: String, prompt: String, check: DraftQuestion.Check)] = [
        ("provider.name", "Your name or business name", .text),
        ("client.name", "The client's name (the party who signs)", .text),
        ("project", "The project, in a few words", .text),
        ("currency", "Currency (ISO code, such as USD, EUR, GBP)", .currency),
        ("fee.total", "The fee for the whole scope", .money),
        ("fee.deposit", "Deposit, as an amount or a percent such as 30% (empty for none)", .moneyOrPercent),
        ("start", "Start date (YYYY-MM-DD)", .date),
        ("scope", "What is included (items separated by ';')", .text),
        ("exclusions", "What is NOT included (items separated by ';')", .text),
        ("governing_law", "Governing law, as it should read (e.g. the laws of the State of New York)", .text),
    ]

    /// The questions for the agreement in `node`: its facts, then the terms its clauses use.
    public static func questions(for node: Node, library: ClauseLibrary) -> [DraftQuestion] {
        var questions = facts.map { fact in
            DraftQuestion(key: fact.key, prompt: fact.prompt, current: node.lookup(fact.key).flatMap(\.answerText),
                          isList: ["scope", "exclusions"].contains(fact.key), check: fact.check)
        }
        let terms = node.lookup("terms")
        let presetTerms = node.lookup("preset").flatMap(\.scalar).flatMap { library.presets[$0]?.agreement.lookup("terms") }
        var asked: Set<String> = []
        for clause in ClauseSelection.clauses(for: node, library: library) {
            for variable in clause.variables where AgreementField.builtIn(variable.name) == nil && asked.insert(variable.name).inserted {
                let current = terms?.lookup(variable.name) ?? presetTerms?.lookup(variable.name) ?? variable.defaultValue
                guard variable.isRequired || current != nil else { continue }
                questions.append(DraftQuestion(key: "terms.\(variable.name)", prompt: variable.prompt ?? variable.name,
                                               current: current.flatMap(\.answerText), isList: variable.type == .list, check: .variable(variable)))
            }
        }
        return questions
    }
}

extension Node {
    /// The node at a dotted path of map keys, such as `client.name`.
    public func lookup(_ path: String) -> Node? {
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
