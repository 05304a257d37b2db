/// A refund case put together from the command line: a base case (a JSON case file, or the terms of
/// an agreement) with flags on top. Everything is turned into a case in the JSON shape of the refund
/// vectors and read by `RefundCaseReader`, so flags, case files and agreements follow one set of rules.
public struct RefundRequest: Sendable {
    /// Flag values by long name without dashes (`total`, `last-day`, `kill-fee`, …).
    public var flags: [String: String] = [:]
    /// `--milestone W:STATUS[@PERCENT]`, in order; an amount weight carries the currency: `2000.00 USD:accepted`.
    public var milestones: [String] = []
    /// `--status N=STATUS[@PERCENT]`: the progress of an agreement's milestone N (from 1) or of the one named N.
    public var statuses: [String] = []
    public var normalizeWeights = false

    public init() {}

    /// Flag name → key of the case file.
    static let keys: [(flag: String, key: String)] = [
        ("currency", "currency"), ("rounding", "rounding"), ("total", "total"), ("paid", "paid"), ("deposit", "deposit"),
        ("expenses", "expenses"), ("kill-fee", "kill_fee_percent"), ("kill-fee-base", "kill_fee_base"),
        ("start", "start"), ("end", "end"), ("last-day", "last_service_day"), ("hours", "hours"), ("rate", "rate"),
        ("delivered", "delivered_count"), ("of", "total_count"), ("percent-complete", "percent_complete"),
    ]

    /// The case: `base` (its keys in file order) overridden by the flags, with the method chosen by
    /// `--method`, else by the base, else by which method's values are present.
    public func caseJSON(base: [(key: String, value: JSONValue)] = []) throws(ValueError) -> JSONValue {
        var entries = base
        func set(_ key: String, _ value: JSONValue) {
            if let index = entries.firstIndex(where: { $0.key == key }) { entries[index].value = value } else { entries.append((key, value)) }
        }
        for (flag, key) in Self.keys {
            guard var text = flags[flag] else { continue }
            if flag == "kill-fee", text.hasSuffix("%") { text.removeLast() }
            if flag == "rate", let slash = text.firstIndex(of: "/") {
                guard text[text.index(after: slash)...] == "hour" else {
                    throw ValueError("E_PARSE", "--rate: `\(text)` must be an amount per hour, such as 85.00 or 85.00/hour")
                }
                text = String(text[..<slash])
            }
            set(key, .string(text))
        }
        if normalizeWeights { set("normalize_weights", .bool(true)) }
        if !milestones.isEmpty { set("milestones", .array(try milestones.map(Self.milestone))) }
        if !statuses.isEmpty { try applyStatuses(to: &entries) }

        // Flags win over the base: a method whose values come from flags is the one meant.
        let fromFlags = Set(Self.keys.filter { flags[$0.flag] != nil }.map(\.key) + (milestones.isEmpty ? [] : ["milestones"]))
        let present = Set(entries.map(\.key))
        let byFlags = Self.methods(with: fromFlags), all = Self.methods(with: present)
        let baseMethod = entries.first { $0.key == "method" }?.value.stringValue
        let chosen = flags["method"] ?? (byFlags.count == 1 ? byFlags[0].method : nil) ?? baseMethod ?? (all.count == 1 ? all[0].method : nil)
        switch chosen {
        case "greater-of"?:
            let measured = byFlags.count >= 2 ? byFlags : all
            guard measured.count >= 2 else {
                throw ValueError("E_MISSING", "--method greater-of compares two or more measures; give the values of each, such as --percent-complete and --hours with --rate")
            }
            let measures = measured.map { method -> JSONValue in
                .object([("method", .string(method.method))] + entries.filter { method.keys.contains($0.key) })
            }
            entries.removeAll { $0.key == "method" || Self.methodKeySet.contains($0.key) }
            entries.append(("measures", .array(measures)))
        case let name?:
            set("method", .string(name))
            // The base's values for other methods (an agreement's term dates, say) do not belong to this one;
            // a flag for another method does, and the reader reports it.
            let own = RefundCaseReader.methodKeys.first { $0.method == name }?.keys ?? []
            entries.removeAll { !fromFlags.contains($0.key) && !own.contains($0.key) && Self.methodKeySet.contains($0.key) }
        case nil where present.contains("measures"):
            break  // a case file that compares measures itself
        case nil:
            let names = RefundCaseReader.methodKeys.map(\.method).joined(separator: ", ")
            throw ValueError("E_MISSING", all.isEmpty
                ? "how much work was done is missing: give --method (\(names)) with its values, such as --percent-complete 40"
                : "the values of several methods are given (\(all.map(\.method).joined(separator: ", "))); choose one with --method, or compare them with --method greater-of")
        }
        return .object(entries)
    }

    static let methodKeySet = Set(RefundCaseReader.methodKeys.flatMap(\.keys))

    /// The methods that have at least one of their values among `keys`.
    static func methods(with keys: Set<String>) -> [(method: String, keys: [String])] {
        RefundCaseReader.methodKeys.filter { method in method.keys.contains { keys.contains($0) && $0 != "normalize_weights" } }
    }

    /// `20:accepted`, `30:in-progress@50`, `2000.00 USD:delivered`, `Design=20:accepted`.
    static func milestone(_ text: String) throws(ValueError) -> JSONValue {
        var rest = Substring(text)
        var entries: [(key: String, value: JSONValue)] = []
        if let equals = rest.firstIndex(of: "=") {
            entries.append(("name", .string(String(rest[..<equals]))))
            rest = rest[rest.index(after: equals)...]
        }
        guard let colon = rest.lastIndex(of: ":") else {
            throw ValueError("E_PARSE", "--milestone `\(text)`: write WEIGHT:STATUS, such as 30:accepted or 20:in-progress@50")
        }
        let weight = rest[..<colon]
        if weight.contains(" ") {
            entries.append(("amount", .string(String(weight))))
        } else {
            entries.append(("weight", .string(String(weight.hasSuffix("%") ? weight.dropLast() : weight))))
        }
        return .object(entries + (try status(String(rest[rest.index(after: colon)...]), in: "--milestone `\(text)`")))
    }

    /// `accepted`, `delivered`, `not-started`, `in-progress@50` as the case file's `status` (and `percent`).
    static func status(_ text: String, in context: String) throws(ValueError) -> [(key: String, value: JSONValue)] {
        let parts = text.split(separator: "@", maxSplits: 1).map { $0.replacingDashes }
        let names = ["not_started", "in_progress", "delivered", "accepted"]
        guard let name = parts.first, names.contains(name) else {
            throw ValueError("E_PARSE", "\(context): `\(text)` is not a status; use not-started, in-progress@PERCENT, delivered or accepted")
        }
        return [("status", .string(name))] + (parts.count == 2 ? [("percent", .string(parts[1].hasSuffix("%") ? String(parts[1].dropLast()) : parts[1]))] : [])
    }

    /// Sets the progress of the base's milestones from `--status N=…`; the others stay not started.
    private func applyStatuses(to entries: inout [(key: String, value: JSONValue)]) throws(ValueError) {
        guard let index = entries.firstIndex(where: { $0.key == "milestones" }), case .array(var list) = entries[index].value else {
            throw ValueError("E_MISSING", "--status sets the progress of milestones, but there are none; give them with --milestone or --agreement")
        }
        for text in statuses {
            guard let equals = text.lastIndex(of: "=") else {
                throw ValueError("E_PARSE", "--status `\(text)`: write MILESTONE=STATUS, such as 1=accepted or \"Approved design=in-progress@50\"")
            }
            let which = String(text[..<equals])
            let position = Int(which).map { $0 - 1 } ?? list.firstIndex { $0["name"]?.stringValue == which }
            guard let position, list.indices.contains(position), case .object(var fields) = list[position] else {
                let names = list.enumerated().map { "\($0.offset + 1)" + ($0.element["name"]?.stringValue.map { " (\($0))" } ?? "") }
                throw ValueError("E_PARSE", "--status `\(text)`: there is no milestone `\(which)`; the milestones are \(names.joined(separator: ", "))")
            }
            fields.removeAll { $0.key == "status" || $0.key == "percent" }
            list[position] = .object(fields + (try Self.status(String(text[text.index(after: equals)...]), in: "--status `\(text)`")))
        }
        entries[index].value = .array(list)
    }
}

private extension Substring {
    var replacingDashes: String { String(map { $0 == "-" ? "_" : $0 }) }
}

extension JSONValue {
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
