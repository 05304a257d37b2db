/// A settlement as a short statement a client can read: each step with its figure and how it was
/// reached, in the order of the computation. The letters reuse it.
public struct SettlementStatement: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        public var label: String
        public var amount: String
        public var how: String
    }

    public var title: String
    public var workDone: String
    public var milestones: [Step]
    public var steps: [Step]
    public var outcome: String
    public var notes: [String]

    public init(_ settlement: Settlement, total: Money, extraNotes: [String] = []) {
        let money = \Money.formatted
        title = "Settlement on early termination (\(settlement.currency.code))"
        workDone = Self.describe(settlement.workDone)
        milestones = settlement.milestones.map { line in
            let weight = switch line.milestone.weight {
            case .percent(let percent): percent.formatted
            case .amount(let amount): amount.formatted
            }
            return Step(label: "\(line.number). \(line.milestone.name ?? "Milestone \(line.number)")", amount: line.amount[keyPath: money],
                        how: "\(weight), \(line.milestone.status.name.replacingUnderscores)\(Self.progress(line.milestone.status))")
        }
        let rounding = "rounded \(settlement.rounding.rawValue)"
        steps = [
            Step(label: "Fee earned", amount: settlement.earned.formatted,
                 how: "for the work done, of the total fee \(total.formatted) (exactly \(settlement.earnedExact.decimalText()), \(rounding))"),
            Step(label: "Fee kept", amount: settlement.feeKept.formatted,
                 how: settlement.feeKept == settlement.earned ? "the fee earned" : "the non-refundable deposit, which is more than the fee earned"),
            Step(label: "Cancellation fee", amount: settlement.killFee.formatted, how: settlement.killFee.isZero ? "none" : "on the part of the fee not earned, \(rounding)"),
            Step(label: "Expenses", amount: settlement.expenses.formatted, how: settlement.expenses.isZero ? "none" : "approved expenses, in full"),
            Step(label: "Entitlement", amount: settlement.entitlement.formatted, how: "fee kept + cancellation fee + expenses"),
            Step(label: "Paid", amount: settlement.paid.formatted, how: "received from the client"),
        ]
        if !settlement.refund.isZero {
            outcome = "Refund to the client: \(settlement.refund.formatted) (paid \(settlement.paid.formatted) − entitlement \(settlement.entitlement.formatted))"
        } else if !settlement.balanceDue.isZero {
            outcome = "Balance the client owes: \(settlement.balanceDue.formatted) (entitlement \(settlement.entitlement.formatted) − paid \(settlement.paid.formatted))"
        } else {
            outcome = "Nothing is owed either way: the amount paid equals the entitlement."
        }
        notes = settlement.notes.map(\.message) + extraNotes
    }

    static func describe(_ work: WorkDone) -> String {
        switch work {
        case .days(let served, let term): "\(served) of \(term) days of the term"
        case .milestones(let done): "\(done.percentText) of the work, by milestones"
        case .hours(let hours, let rate): "\(hours.formatted) hours at \(rate.formatted) per hour"
        case .deliverables(let delivered, let total): "\(delivered) of \(total) deliverables"
        case .percent(let percent): "\(percent.formatted) of the work, as agreed"
        case .greaterOf(let measures, let chosen):
            "the greatest of " + measures.map(describe).joined(separator: "; ") + " (used: \(describe(measures[chosen])))"
        }
    }

    static func progress(_ status: RefundMilestone.Status) -> String {
        if case .inProgress(let percent) = status { return " \(percent.formatted)" }
        return ""
    }

    /// Plain text, columns aligned.
    public var text: String {
        var lines = [title, "", "Work done: \(workDone)", ""]
        if !milestones.isEmpty {
            lines.append("Milestones")
            lines += Self.columns(milestones, indent: "  ")
            lines.append("")
        }
        lines += Self.columns(steps, indent: "")
        lines += ["", outcome]
        if !notes.isEmpty { lines += ["", "Notes"] + notes.map { "- \($0)" } }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Markdown, with the steps as a table.
    public var markdown: String {
        var lines = ["## \(title)", "", "**Work done:** \(workDone)", ""]
        if !milestones.isEmpty {
            lines += ["| Milestone | Earned | Weight and status |", "| --- | ---: | --- |"]
            lines += milestones.map { "| \($0.label) | \($0.amount) | \($0.how) |" }
            lines.append("")
        }
        lines += ["| Step | Amount | How |", "| --- | ---: | --- |"]
        lines += steps.map { "| \($0.label) | \($0.amount) | \($0.how) |" }
        lines += ["", "**\(outcome)**"]
        if !notes.isEmpty { lines += ["", "Notes:", ""] + notes.map { "- \($0)" } }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func columns(_ steps: [Step], indent: String) -> [String] {
        let label = steps.map(\.label.count).max() ?? 0, amount = steps.map(\.amount.count).max() ?? 0
        return steps.map { step in
            indent + step.label.padding(toLength: label) + "  " + String(repeating: " ", count: amount - step.amount.count) + step.amount + "  " + step.how
        }
    }
}

private extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
