/// The JSON form of a settlement: every amount a string with exactly the currency's minor digits
/// (`"9041.10"`), plus `currency` and `minor_units`, so no reader has to go through floating point.
extension Settlement {
    public var json: JSONValue {
        func amount(_ money: Money) -> JSONValue { .string(money.plain) }
        return .object([
            ("currency", .string(currency.code)),
            ("minor_units", .number(String(currency.minorUnits))),
            ("rounding", .string(rounding.rawValue)),
            ("earned_exact", .string(earnedExact.decimalText())),
            ("earned", amount(earned)),
            ("fee_kept", amount(feeKept)),
            ("kill_fee", amount(killFee)),
            ("expenses", amount(expenses)),
            ("entitlement", amount(entitlement)),
            ("paid", amount(paid)),
            ("kept", amount(kept)),
            ("refund", amount(refund)),
            ("balance_due", amount(balanceDue)),
            ("work_done", .string(workDone.description)),
            ("milestones", .array(milestones.map(\.json))),
            ("notes", .array(notes.map { .object([("code", .string($0.code)), ("message", .string($0.message))]) })),
        ])
    }
}

extension MilestoneLine {
    public var json: JSONValue {
        var entries: [(key: String, value: JSONValue)] = [("number", .number(String(number)))]
        if let name = milestone.name { entries.append(("name", .string(name))) }
        switch milestone.weight {
        case .percent(let percent): entries.append(("weight", .string(percent.value.formatted)))
        case .amount(let money): entries.append(("amount_weight", .string(money.plain)))
        }
        entries.append(("status", .string(milestone.status.name)))
        entries.append(("credit", .string(milestone.status.credit.formatted)))
        entries.append(("amount", .string(amount.plain)))
        return .object(entries)
    }
}

extension ValueError {
    /// `{"error": {"code": "E_…", "message": "…"}}`.
    public var json: JSONValue {
        .object([("error", .object([("code", .string(code)), ("message", .string(message))]))])
    }
}
