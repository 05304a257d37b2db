/// The values each letter's template may use: the contract between `LetterComposer` and the files in
/// `Clauses/letters/`. A template declaring any other name is an error at its line.
public enum LetterValues {
    static let common: Set<String> = ["dear", "sign", "client", "provider", "project"]
    static let settlement: Set<String> = ["date", "reason", "remaining", "breakdown", "refund", "balance", "refund_days", "referrals"]
    static let overdue: Set<String> = ["invoice", "amount", "due_date", "date", "days_late", "late_fee", "interest_rate", "late_charge", "total_due",
                                       "pause_after_days", "pause_date"]

    public static func names(for variant: LetterVariant) -> Set<String> {
        switch variant {
        case .decline: common.union(["reason", "resources", "referrals"])
        case .end: common.union(settlement).union(["end_date", "notice_days"])
        case .endCannotContinue: common.union(settlement)
        case .scope: common.union(["request", "scope_quote", "extra_work_quote", "hourly_rate", "estimate_hours", "quote"])
        case .latePayment1, .latePayment2, .latePayment3, .pause: common.union(overdue)
        }
    }
}

/// A settlement from the refund engine, with the contract total it was computed against: what the
/// ending letters state, figure for figure as `boundary refund` prints it.
public struct LetterSettlement: Sendable {
    public var settlement: Settlement
    public var total: Money
    public init(_ settlement: Settlement, total: Money) {
        self.settlement = settlement
        self.total = total
    }

    /// The milestones not yet delivered, with their state: `Approved design (in progress, 50% done)`.
    var remaining: [String] {
        settlement.milestones.compactMap { line in
            let name = line.milestone.name ?? "Milestone \(line.number)"
            switch line.milestone.status {
            case .notStarted: return "\(name) (not started)"
            case .inProgress(let percent): return "\(name) (in progress, \(percent.formatted) done)"
            case .delivered, .accepted: return nil
            }
        }
    }

    /// The breakdown, in the amounts and words of `boundary refund`'s statement.
    var breakdown: [String] {
        let statement = SettlementStatement(settlement, total: total)
        var lines = ["Work done: \(statement.workDone)", "Fee earned: \(settlement.earned.formatted)"]
        if settlement.feeKept != settlement.earned { lines.append("Non-refundable deposit kept: \(settlement.feeKept.formatted)") }
        if !settlement.killFee.isZero { lines.append("Cancellation fee: \(settlement.killFee.formatted)") }
        if !settlement.expenses.isZero { lines.append("Approved expenses: \(settlement.expenses.formatted)") }
        if settlement.entitlement != settlement.earned { lines.append("Total due: \(settlement.entitlement.formatted)") }
        lines.append("Paid so far: \(settlement.paid.formatted)")
        return lines
    }
}
