/// What an agreement's late-payment clause adds to an overdue invoice, and when work may pause.
///
/// The clause is recognised by its variables, so a clause of one's own works the same way:
/// `late_fee` (a fixed fee per late invoice, as in `late-payment.fee`) or `late_interest_percent`
/// (interest per month, as in `late-payment.interest`), and `pause_after_days`.
public struct LateCharge: Sendable, Equatable {
    public enum Terms: Sendable, Equatable {
        case fixedFee(Money)
        /// Interest per month on the overdue amount.
        case monthlyInterest(Percent)
    }

    public var terms: Terms
    /// Work may pause once an invoice is more than this many days overdue.
    public var pauseAfterDays: Int

    /// The charge on `amount` when it is `daysLate` days overdue. A fixed fee is the fee. Interest at
    /// a monthly rate runs per day: amount × rate × 12 / 365 × days, rounded half-even once, to the
    /// currency's minor unit.
    public func charge(on amount: Money, daysLate: Int) -> Money {
        switch terms {
        case .fixedFee(let fee): return fee
        case .monthlyInterest(let percent):
            return amount.multiplied(by: percent.fraction * Rational(Int64(daysLate) * 12, 365), rounding: .halfEven)
        }
    }

    /// The first day work may pause for an invoice due on `due`: the day it is more than
    /// `pauseAfterDays` days overdue.
    public func firstPauseDay(due: CivilDate) -> CivilDate { due.adding(days: pauseAfterDays + 1) }

    /// The agreement's late-payment terms, or what is missing from them.
    static func read(_ plan: DraftPlan, kind: LetterKind) throws(LetterError) -> LateCharge {
        guard let clause = plan.clauses.first(where: { $0.kind == "late-payment" }) else {
            throw LetterError("\(kind.displayName) needs the agreement's late-payment clause — the agreement leaves it out; add one, e.g. `clauses:` `late-payment: late-payment.fee`, and remove it from `omit`")
        }
        let names = Set(clause.variables.map(\.name))
        let currency = plan.agreement.currency
        let terms: Terms
        if names.contains("late_fee") {
            guard let text = plan.term("late_fee"), let fee = try? Money.parse(text, currency: currency) else {
                throw LetterError.missing(kind, "the late-payment fee", "set `terms.late_fee` in the agreement file")
            }
            terms = .fixedFee(fee)
        } else if names.contains("late_interest_percent") {
            guard let text = plan.term("late_interest_percent"), let percent = try? Percent.parse(text) else {
                throw LetterError.missing(kind, "the late-payment interest rate", "set `terms.late_interest_percent` in the agreement file")
            }
            terms = .monthlyInterest(percent)
        } else {
            throw LetterError("\(kind.displayName) needs a late fee or interest from the late-payment clause — \(clause.id) has neither `late_fee` nor `late_interest_percent`")
        }
        guard let text = plan.term("pause_after_days"), let days = Int(text), days >= 0 else {
            throw LetterError.missing(kind, "the days after which work pauses", "set `terms.pause_after_days` in the agreement file")
        }
        return LateCharge(terms: terms, pauseAfterDays: days)
    }
}
