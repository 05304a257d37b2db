/// The inputs to a refund on early termination (REFUND.md §2.1): what the contract was worth, what
/// was paid, the deposit and kill-fee terms, and how much of the work was done.
public struct RefundCase: Sendable, Equatable {
    public var currency: Currency
    /// T: the contract fee for the whole scope, expenses excluded.
    public var total: Money
    /// P: cleared funds received for this agreement.
    public var paid: Money
    /// D: the non-refundable deposit, applied toward the total; a floor under the fee kept.
    public var deposit: Money
    /// X: pre-approved expenses incurred and not yet reimbursed; added in full.
    public var expenses: Money
    public var killFee: KillFee?
    /// Applies to the earned fee and the kill fee.
    public var rounding: RoundingMode
    public var method: RefundMethod

    public init(
        currency: Currency, total: Money, paid: Money, deposit: Money? = nil, expenses: Money? = nil,
        killFee: KillFee? = nil, rounding: RoundingMode = .halfEven, method: RefundMethod
    ) {
        self.currency = currency
        self.total = total
        self.paid = paid
        self.deposit = deposit ?? .zero(currency)
        self.expenses = expenses ?? .zero(currency)
        self.killFee = killFee
        self.rounding = rounding
        self.method = method
    }
}

/// A kill fee: `percent` of a base, capped so that the fee kept plus the kill fee never exceeds the total.
public struct KillFee: Sendable, Equatable {
    public enum Base: String, Sendable, CaseIterable {
        /// T − F, the part of the fee not kept (the default).
        case unearned
        /// T, the whole contract fee.
        case total
        /// max(T − P, 0), the part of the fee not yet paid.
        case unpaid
    }

    public var percent: Percent
    public var base: Base

    public init(_ percent: Percent, of base: Base = .unearned) {
        self.percent = percent
        self.base = base
    }
}

/// How the work done is measured (REFUND.md §2.2).
public indirect enum RefundMethod: Sendable, Equatable {
    /// Days served of the term, all inclusive.
    case time(start: CivilDate, end: CivilDate, lastDay: CivilDate)
    /// Weighted milestones: Σ weight × credit / Σ weight.
    case milestones([RefundMilestone], normalizeWeights: Bool)
    /// Hours × rate, capped at the total.
    case hours(DecimalNumber, rate: Money)
    /// Deliverables handed over out of those agreed.
    case deliverables(delivered: Int, total: Int)
    /// A percent complete, as agreed by both sides.
    case percent(Percent)
    /// The greatest of several measures (AIGA: "whichever is greater").
    case greaterOf([RefundMethod])

    /// The name used in case files and messages.
    public var name: String {
        switch self {
        case .time: "time"
        case .milestones: "milestones"
        case .hours: "hours"
        case .deliverables: "deliverables"
        case .percent: "percent"
        case .greaterOf: "measures"
        }
    }
}

/// One milestone of the `milestones` method, weighted by a percent or by an amount of the total.
public struct RefundMilestone: Sendable, Equatable {
    public enum Weight: Sendable, Equatable {
        case percent(Percent)
        case amount(Money)
    }

    public enum Status: Sendable, Equatable {
        case notStarted
        case inProgress(Percent)
        case delivered
        case accepted

        /// The share of the milestone's weight credited as done: 0, percent/100, or 1.
        public var credit: Percent {
            switch self {
            case .notStarted: .zero
            case .inProgress(let percent): percent
            case .delivered, .accepted: .hundred
            }
        }

        /// The spelling in case files: `not_started`, `in_progress`, `delivered`, `accepted`.
        public var name: String {
            switch self {
            case .notStarted: "not_started"
            case .inProgress: "in_progress"
            case .delivered: "delivered"
            case .accepted: "accepted"
            }
        }
    }

    public var name: String?
    public var weight: Weight
    public var status: Status

    public init(name: String? = nil, weight: Weight, status: Status) {
        self.name = name
        self.weight = weight
        self.status = status
    }
}
