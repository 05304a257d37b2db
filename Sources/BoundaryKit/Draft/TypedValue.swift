/// Turns a value as written (in an agreement, a preset or a clause default) into a checked,
/// formatted template value of its variable's type.
enum TypedValue {
    static func parse(_ node: Node, as variable: Variable, currency: Currency) -> Result<TemplateValue, Diagnostic> {
        func fail(_ message: String, fix: String? = nil) -> Result<TemplateValue, Diagnostic> {
            .failure(Diagnostic(file: node.file, line: node.line, "`\(variable.name)`: \(message)", fix: fix))
        }
        if variable.type == .list {
            guard case .list(let items) = node.value else { return fail("expected a list, found \(node.shapeName)") }
            let texts = items.compactMap(\.scalar)
            guard texts.count == items.count else { return fail("every item must be text") }
            return .success(.list(texts))
        }
        guard let text = node.scalar else { return fail("expected \(variable.type.rawValue), found \(node.shapeName)") }
        guard !text.isEmpty else { return fail("the value is empty") }
        let decimal = { (text: String) throws(ValueError) in try DecimalNumber.parse(text) }
        do throws(ValueError) {
            switch variable.type {
            case .text, .party:
                return .success(.text(text))
            case .list:
                preconditionFailure("handled above")
            case .date:
                return .success(.text(try CivilDate.parse(text).formatted))
            case .days, .count:
                guard let number = Int(text), number >= 0, text.allSatisfy(\.isASCIIDigit) else {
                    return fail("`\(text)` is not a whole number", fix: "write digits only, such as 14")
                }
                if let problem = try bounds(variable, DecimalNumber.parse(text), min: decimal, max: decimal) { return fail(problem) }
                return .success(.text(String(number), isZero: number == 0))
            case .hours:
                let number = try DecimalNumber.parse(text, maxFractionDigits: 2)
                if let problem = try bounds(variable, number, min: decimal, max: decimal) { return fail(problem) }
                return .success(.text(number.formatted, isZero: number.isZero))
            case .percent:
                let percent = try Percent.parse(text)
                if let problem = try bounds(variable, percent, min: Percent.parse, max: Percent.parse) { return fail(problem) }
                return .success(.text(percent.formatted, isZero: percent.isZero))
            case .money:
                let money = try Money.parse(text, currency: currency)
                let parse = { (text: String) throws(ValueError) in try Money.parse(text, currency: currency) }
                if let problem = try bounds(variable, money, min: parse, max: parse) { return fail(problem) }
                return .success(.text(money.formatted, isZero: money.minorUnits == 0))
            case .rate:
                let rate = try Rate.parse(text, currency: currency)
                let parse = { (text: String) throws(ValueError) in try Money.parse(text, currency: currency) }
                if let problem = try bounds(variable, rate.amount, min: parse, max: parse) { return fail(problem) }
                return .success(.text(rate.formatted, isZero: rate.amount.minorUnits == 0))
            }
        } catch {
            return fail(error.message)
        }
    }

    /// A message when `value` is outside the variable's `min`…`max`.
    private static func bounds<T: Comparable>(_ variable: Variable, _ value: T, min: (String) throws(ValueError) -> T, max: (String) throws(ValueError) -> T) throws(ValueError) -> String? {
        if let text = variable.min, value < (try min(text)) { return "must be at least \(text)" }
        if let text = variable.max, value > (try max(text)) { return "must be at most \(text)" }
        return nil
    }

    /// Checks a declaration on its own: its default and bounds are valid values of its type.
    /// Money is checked in a four-decimal currency, since the agreement's currency is not known yet.
    /// A rate's bounds are amounts per unit (`min: 10` for a rate), as when drafting.
    static func checkDeclaration(_ variable: Variable) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard let loose = try? Currency(code: "CLF") else { return [] }
        for (key, text) in [("min", variable.min), ("max", variable.max)] {
            guard let text else { continue }
            let probe = Variable(name: variable.name, type: variable.type == .rate ? .money : variable.type, defaultValue: nil, optional: true, min: nil, max: nil, prompt: nil, file: variable.file, line: variable.line)
            if case .failure(let error) = parse(Node(.scalar(text), file: variable.file, line: variable.line), as: probe, currency: loose) {
                diagnostics.append(Diagnostic(file: error.file, line: error.line, "`\(key)` of \(error.message)"))
            }
        }
        if let value = variable.defaultValue, case .failure(let error) = parse(value, as: variable, currency: loose) {
            diagnostics.append(Diagnostic(file: error.file, line: error.line, "default of \(error.message)", fix: error.fix))
        }
        return diagnostics
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
