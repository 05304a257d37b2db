/// The refund terms of a drafted agreement, as the base of a refund case: currency, fee, deposit,
/// kill fee, milestones, term and hourly rate, exactly as the clauses state them, so the contract
/// and the settlement cannot disagree. The progress (what was paid, what was done) comes on top.
public enum AgreementRefund {
    /// Who ended the agreement. When the provider ends it or cannot go on, the clauses keep neither
    /// the deposit nor a cancellation fee: only the work done counts.
    public enum EndedBy: String, Sendable, CaseIterable {
        case client, provider
    }

    /// The case's base entries, and notes on the terms that were left out and why.
    public static func base(_ plan: DraftPlan, endedBy: EndedBy) -> (entries: [(key: String, value: JSONValue)], notes: [String]) {
        let agreement = plan.agreement
        var entries: [(key: String, value: JSONValue)] = [("currency", .string(agreement.currency.code)), ("total", .string(agreement.total.plain))]
        var notes: [String] = []
        let kinds = Set(plan.clauses.map(\.kind))

        if let deposit = agreement.deposit, deposit.minorUnits > 0, kinds.contains("deposit") {
            if endedBy == .client {
                entries.append(("deposit", .string(deposit.plain)))
            } else {
                notes.append("the deposit of \(deposit.formatted) is not kept as a minimum: the provider ended the agreement, so only the work done counts")
            }
        }
        if kinds.contains("kill-fee"), let percent = plan.term("kill_fee_percent") {
            if endedBy == .client {
                entries.append(("kill_fee_percent", .string(percent)))
                entries.append(("kill_fee_base", .string(KillFee.Base.unearned.rawValue)))
            } else {
                notes.append("no cancellation fee: it applies only when the client ends the agreement")
            }
        }
        if !agreement.milestones.isEmpty {
            entries.append(("milestones", .array(agreement.milestones.map { milestone in
                let weight: (key: String, value: JSONValue) = switch milestone.share {
                case .percent(let percent): ("weight", .string(percent.value.formatted))
                case .amount(let amount): ("amount", .string(amount.plain))
                }
                return .object([("name", .string(milestone.name)), weight, ("status", .string("not_started"))])
            })))
        }
        entries.append(("start", .string(agreement.start.iso)))
        if let end = agreement.end { entries.append(("end", .string(end.iso))) }
        if let text = plan.term("hourly_rate"), let rate = try? Rate.parse(text, currency: agreement.currency), rate.unit == "hour" {
            entries.append(("rate", .string(rate.amount.plain)))
        }
        if let method = method(plan) { entries.append(("method", .string(method))) }
        return (entries, notes)
    }

    /// How the agreement's refund clause measures the work done.
    static func method(_ plan: DraftPlan) -> String? {
        let refund = plan.clauses.first { $0.kind == "refund" }?.id
        if refund == "refund.by-hours" { return "hours" }
        if !plan.agreement.milestones.isEmpty { return "milestones" }
        return plan.agreement.end != nil ? "time" : nil
    }
}

extension DraftPlan {
    /// A clause variable's value as written (agreement terms, then the preset's, then the default).
    func term(_ name: String) -> String? {
        let node = agreement.term(name) ?? clauses.lazy.compactMap { $0.variable(name)?.defaultValue }.first
        return node?.scalar
    }
}
