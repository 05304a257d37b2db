/// Reads a refund case from JSON, in the shape of the `inputs_json` column of the refund vectors
/// plus `currency` and `rounding`:
///
/// ```json
/// {"currency": "USD", "rounding": "half-even", "total": "12000.00", "paid": "12000.00",
///  "method": "time", "start": "2025-01-01", "end": "2025-12-31", "last_service_day": "2025-03-31"}
/// ```
///
/// Strict: an unknown key, or a key of another method, is an error naming it; a value of the wrong
/// type is `E_PARSE` naming its key; numbers may be written as strings or as JSON numbers, and
/// either way go through the exact grammar of REFUND.md §2.1 (never through `Double`).
public enum RefundCaseReader {
    /// Keys every case may have.
    static let commonKeys = ["currency", "rounding", "total", "paid", "deposit", "expenses", "kill_fee_percent", "kill_fee_base"]

    /// The keys of each method, in addition to `method`.
    static let methodKeys: [(method: String, keys: [String])] = [
        ("time", ["start", "end", "last_service_day"]),
        ("milestones", ["milestones", "normalize_weights"]),
        ("hours", ["hours", "rate"]),
        ("deliverables", ["delivered_count", "total_count"]),
        ("percent", ["percent_complete"]),
    ]

    static let milestoneKeys = ["name", "weight", "amount", "status", "percent"]

    /// Reads `text`; `currency` and `rounding` are used when the case does not name its own
    /// (a command-line flag, say).
    public static func read(_ text: String, currency: Currency? = nil, rounding: RoundingMode? = nil) throws(ValueError) -> RefundCase {
        let value: JSONValue
        do {
            value = try JSONValue.parse(text)
        } catch {
            throw RefundError.make("E_PARSE", "\(error.line):\(error.column): \(error.message)")
        }
        return try read(value, currency: currency, rounding: rounding)
    }

    public static func read(_ value: JSONValue, currency defaultCurrency: Currency? = nil, rounding defaultRounding: RoundingMode? = nil) throws(ValueError) -> RefundCase {
        let fields = try Fields(value, path: "", what: "a refund case")

        // The method decides which keys are known, so read it first.
        let methodName = try fields.string("method")
        let measures = fields["measures"]
        var allowed = commonKeys
        switch (methodName, measures) {
        case (nil, nil):
            throw RefundError.make("E_MISSING", "method is missing: give `method` (time, milestones, hours, deliverables, percent) or `measures`")
        case (_?, _?):
            throw RefundError.make("E_PARSE", "give either `method` or `measures`, not both")
        case (let name?, nil):
            guard let keys = methodKeys.first(where: { $0.method == name })?.keys else { throw unknownMethod(name, at: "method") }
            allowed += ["method"] + keys
        case (nil, _?):
            allowed += ["measures", "combine"]
        }
        try fields.checkKnown(allowed, method: methodName)

        let currency: Currency
        if let code = try fields.string("currency") {
            currency = try fields.convert("currency") { () throws(ValueError) in try Currency(code: code) }
        } else if let defaultCurrency {
            currency = defaultCurrency
        } else {
            throw RefundError.make("E_MISSING", "currency is missing: give an ISO 4217 code such as USD, EUR or JPY")
        }

        var rounding = defaultRounding ?? .halfEven
        if let text = try fields.string("rounding") {
            guard let mode = RoundingMode(rawValue: text) else {
                throw RefundError.make(
                    "E_PARSE", "rounding: `\(text)` is not a rounding mode; use " + RoundingMode.allCases.map(\.rawValue).joined(separator: ", "))
            }
            rounding = mode
        }

        guard let total = try fields.money("total", currency) else { throw fields.missing("total") }
        guard let paid = try fields.money("paid", currency) else { throw fields.missing("paid") }
        let deposit = try fields.money("deposit", currency)
        let expenses = try fields.money("expenses", currency)

        var killFee: KillFee?
        let killFeePercent = try fields.percent("kill_fee_percent")
        let baseName = try fields.string("kill_fee_base")
        if let killFeePercent {
            var base = KillFee.Base.unearned
            if let baseName {
                guard let named = KillFee.Base(rawValue: baseName) else {
                    throw RefundError.make(
                        "E_PARSE",
                        "kill_fee_base: `\(baseName)` is not a base; use " + KillFee.Base.allCases.map(\.rawValue).joined(separator: ", "))
                }
                base = named
            }
            killFee = KillFee(killFeePercent, of: base)
        } else if baseName != nil {
            throw RefundError.make("E_MISSING", "kill_fee_base is given but kill_fee_percent is missing")
        }

        let method: RefundMethod
        if let methodName {
            method = try readMethod(methodName, fields, currency)
        } else {
            if let combine = try fields.string("combine"), combine != "max" {
                throw RefundError.make("E_PARSE", "combine: `\(combine)` is not supported; the only way to combine measures is `max`")
            }
            guard case .array(let items)? = measures else {
                throw RefundError.make("E_PARSE", "measures must be an array of objects, found \(measures?.kindName ?? "nothing")")
            }
            guard !items.isEmpty else { throw RefundError.make("E_MISSING", "measures: give at least one measure") }
            var methods: [RefundMethod] = []
            for (index, item) in items.enumerated() {
                let measure = try Fields(item, path: "measures[\(index)].", what: "a measure")
                guard let name = try measure.string("method") else { throw measure.missing("method") }
                guard let keys = methodKeys.first(where: { $0.method == name })?.keys else {
                    throw unknownMethod(name, at: measure.name("method"))
                }
                try measure.checkKnown(["method"] + keys, method: name)
                methods.append(try readMethod(name, measure, currency))
            }
            method = .greaterOf(methods)
        }

        return RefundCase(
            currency: currency, total: total, paid: paid, deposit: deposit, expenses: expenses, killFee: killFee,
            rounding: rounding, method: method)
    }

    private static func unknownMethod(_ name: String, at key: String) -> ValueError {
        let names = methodKeys.map(\.method)
        let hint = Spelling.suggestion(for: name, among: names).map { "; did you mean `\($0)`?" } ?? "; use " + names.joined(separator: ", ")
        return RefundError.make("E_PARSE", "\(key): `\(name)` is not a method\(hint)")
    }

    private static func readMethod(_ name: String, _ fields: Fields, _ currency: Currency) throws(ValueError) -> RefundMethod {
        switch name {
        case "time":
            return .time(start: try fields.requiredDate("start"), end: try fields.requiredDate("end"), lastDay: try fields.requiredDate("last_service_day"))
        case "milestones":
            guard let list = fields["milestones"] else { throw fields.missing("milestones") }
            guard case .array(let items) = list else { throw fields.wrongType("milestones", expected: "an array of milestones", found: list) }
            guard !items.isEmpty else { throw RefundError.make("E_MISSING", "\(fields.name("milestones")): give at least one milestone") }
            var normalize = false
            if let flag = fields["normalize_weights"] {
                guard case .bool(let value) = flag else { throw fields.wrongType("normalize_weights", expected: "true or false", found: flag) }
                normalize = value
            }
            var milestones: [RefundMilestone] = []
            for (index, item) in items.enumerated() {
                milestones.append(try readMilestone(item, path: "\(fields.name("milestones"))[\(index)].", currency))
            }
            return .milestones(milestones, normalizeWeights: normalize)
        case "hours":
            guard let hours = try fields.number("hours", maxFractionDigits: 6) else { throw fields.missing("hours") }
            guard let rate = try fields.money("rate", currency) else { throw fields.missing("rate") }
            return .hours(hours, rate: rate)
        case "deliverables":
            guard let delivered = try fields.count("delivered_count") else { throw fields.missing("delivered_count") }
            guard let count = try fields.count("total_count") else { throw fields.missing("total_count") }
            return .deliverables(delivered: delivered, total: count)
        default:
            guard let percent = try fields.percent("percent_complete") else { throw fields.missing("percent_complete") }
            return .percent(percent)
        }
    }

    private static func readMilestone(_ value: JSONValue, path: String, _ currency: Currency) throws(ValueError) -> RefundMilestone {
        let fields = try Fields(value, path: path, what: "a milestone")
        try fields.checkKnown(milestoneKeys, method: nil)
        let name = try fields.string("name")
        let weight: RefundMilestone.Weight
        switch (try fields.percent("weight"), try fields.money("amount", currency)) {
        case (let percent?, nil): weight = .percent(percent)
        case (nil, let amount?): weight = .amount(amount)
        case (_?, _?): throw RefundError.make("E_PARSE", "\(path.dropLast()): give `weight` (a percent) or `amount`, not both")
        case (nil, nil): throw RefundError.make("E_MISSING", "\(path.dropLast()): give `weight` (a percent) or `amount`")
        }
        guard let statusName = try fields.string("status") else { throw fields.missing("status") }
        let percent = try fields.percent("percent")
        let status: RefundMilestone.Status
        switch statusName {
        case "not_started": status = .notStarted
        case "in_progress":
            guard let percent else { throw RefundError.make("E_MISSING", "\(fields.name("percent")) is missing: an in_progress milestone needs its percent done") }
            status = .inProgress(percent)
        case "delivered": status = .delivered
        case "accepted": status = .accepted
        default:
            throw RefundError.make(
                "E_PARSE", "\(fields.name("status")): `\(statusName)` is not a status; use not_started, in_progress, delivered or accepted")
        }
        if percent != nil, statusName != "in_progress" {
            throw RefundError.make("E_PARSE", "\(fields.name("percent")) applies only to an in_progress milestone (this one is \(statusName))")
        }
        return RefundMilestone(name: name, weight: weight, status: status)
    }
}

/// An object's entries, read by key, with the path used in messages (`measures[1].hours`).
private struct Fields {
    let entries: [(key: String, value: JSONValue)]
    let path: String

    init(_ value: JSONValue, path: String, what: String) throws(ValueError) {
        guard case .object(let entries) = value else {
            let place = path.isEmpty ? "" : "\(path.dropLast()): "
            throw RefundError.make("E_PARSE", "\(place)expected \(what) as an object, found \(value.kindName)")
        }
        self.entries = entries
        self.path = path
    }

    subscript(key: String) -> JSONValue? { entries.first { $0.key == key }?.value }

    func name(_ key: String) -> String { path + key }

    func missing(_ key: String) -> ValueError { RefundError.make("E_MISSING", "\(name(key)) is missing") }

    func wrongType(_ key: String, expected: String, found: JSONValue) -> ValueError {
        RefundError.make("E_PARSE", "\(name(key)) must be \(expected), found \(found.kindName)")
    }

    /// Every key must be one of `known`; a key that belongs to another method says so.
    func checkKnown(_ known: [String], method: String?) throws(ValueError) {
        for (key, _) in entries where !known.contains(key) {
            if let method, let owner = RefundCaseReader.methodKeys.first(where: { $0.keys.contains(key) }) {
                throw RefundError.make("E_PARSE", "\(name(key)) belongs to method `\(owner.method)`, not `\(method)`")
            }
            let hint = Spelling.suggestion(for: key, among: known).map { "; did you mean `\($0)`?" } ?? ""
            throw RefundError.make("E_PARSE", "unknown key `\(name(key))`\(hint)")
        }
    }

    func string(_ key: String) throws(ValueError) -> String? {
        guard let value = self[key] else { return nil }
        guard case .string(let text) = value else { throw wrongType(key, expected: "a string", found: value) }
        return text
    }

    /// A number's source text: a JSON string, or a JSON number exactly as written.
    func numberText(_ key: String, example: String) throws(ValueError) -> String? {
        switch self[key] {
        case nil: return nil
        case .string(let text)?, .number(let text)?: return text
        case let value?: throw wrongType(key, expected: "a number written as a string such as \"\(example)\"", found: value)
        }
    }

    /// Runs a value parser, naming the key in its error.
    func convert<T>(_ key: String, _ parse: () throws(ValueError) -> T) throws(ValueError) -> T {
        do {
            return try parse()
        } catch {
            throw RefundError.make(error.code, "\(name(key)): \(error.message)")
        }
    }

    func money(_ key: String, _ currency: Currency) throws(ValueError) -> Money? {
        guard let text = try numberText(key, example: "1500.00") else { return nil }
        return try convert(key) { () throws(ValueError) in try Money.parse(text, currency: currency) }
    }

    func percent(_ key: String) throws(ValueError) -> Percent? {
        guard let text = try numberText(key, example: "25") else { return nil }
        return try convert(key) { () throws(ValueError) in try Percent.parse(text) }
    }

    func number(_ key: String, maxFractionDigits: Int) throws(ValueError) -> DecimalNumber? {
        guard let text = try numberText(key, example: "37.5") else { return nil }
        return try convert(key) { () throws(ValueError) in try DecimalNumber.parse(text, maxFractionDigits: maxFractionDigits) }
    }

    /// A whole number of things.
    func count(_ key: String) throws(ValueError) -> Int? {
        guard let number = try number(key, maxFractionDigits: 0) else { return nil }
        return Int(number.units)
    }

    func requiredDate(_ key: String) throws(ValueError) -> CivilDate {
        guard let text = try string(key) else { throw missing(key) }
        return try convert(key) { () throws(ValueError) in try CivilDate.parse(text) }
    }
}
