/// What ending the contract early comes to (REFUND.md §2.3): every intermediate figure in minor
/// units, how the work done was measured, the per-milestone lines and the notes.
public struct Settlement: Sendable, Equatable {
    public let currency: Currency
    public let rounding: RoundingMode
    /// The earned fee before rounding (T·f, or the capped hours amount; the greatest with `measures`).
    public let earnedExact: ExactAmount
    /// E: the earned fee, rounded once.
    public let earned: Money
    /// F = max(E, D): the fee kept; the deposit is a floor.
    public let feeKept: Money
    /// K: the kill fee, rounded once and capped at T − F.
    public let killFee: Money
    /// X: reimbursable expenses.
    public let expenses: Money
    /// N = F + K + X.
    public let entitlement: Money
    /// P.
    public let paid: Money
    /// min(P, N).
    public let kept: Money
    /// P − kept.
    public let refund: Money
    /// N − kept.
    public let balanceDue: Money
    public let workDone: WorkDone
    /// With the milestones method: E split over the milestones by largest remainder; sums to `earned`.
    public let milestones: [MilestoneLine]
    public let notes: [RefundNote]
}

/// One milestone's part of the earned fee.
public struct MilestoneLine: Sendable, Equatable {
    /// Position in the case's list, from 1.
    public let number: Int
    public let milestone: RefundMilestone
    public let amount: Money
}

/// How much of the work was done, as measured.
public enum WorkDone: Sendable, Equatable, CustomStringConvertible {
    case days(served: Int, term: Int)
    /// Σ weight × credit / Σ weight, exact.
    case milestones(done: WorkFraction)
    case hours(DecimalNumber, rate: Money)
    case deliverables(delivered: Int, total: Int)
    case percent(Percent)
    /// The measures compared and the index of the one that gave the earned fee.
    case greaterOf([WorkDone], chosen: Int)

    /// `days 90/365`, `milestones 65%`, `hours 27.5 at 85.00`, `deliverables 7/12`, `percent 40%`.
    public var description: String {
        switch self {
        case .days(let served, let term): "days \(served)/\(term)"
        case .milestones(let done): "milestones \(done.percentText)"
        case .hours(let hours, let rate): "hours \(hours.formatted) at \(rate.plain)"
        case .deliverables(let delivered, let total): "deliverables \(delivered)/\(total)"
        case .percent(let percent): "percent \(percent.formatted)"
        case .greaterOf(let measures, let chosen):
            "greater of " + measures.map(\.description).joined(separator: ", ") + " (used \(measures[chosen].description))"
        }
    }
}

/// A fraction of the work in [0, 1], exact.
public struct WorkFraction: Sendable, Equatable {
    let numerator: Wide256
    let denominator: Wide256

    /// `65%`, `66.666667%…`.
    public var percentText: String {
        exactDecimalText(numerator.multiplied(by: UInt64(100)), denominator, maxFractionDigits: 6) + "%"
    }

    public static func == (lhs: WorkFraction, rhs: WorkFraction) -> Bool {
        compareFractions(lhs.numerator, lhs.denominator, rhs.numerator, rhs.denominator) == 0
    }
}

/// A warning about the settlement, with a stable code (REFUND.md §2.5: these are not errors).
public enum RefundNote: Sendable, Equatable, CustomStringConvertible {
    case zeroTotal
    /// Hours × rate, before the cap, and the total it was capped at.
    case hoursCapped(amount: ExactAmount, total: Money)
    /// The deposit, larger than the earned fee, became the fee kept.
    case depositFloor(deposit: Money, earned: Money)
    /// The kill fee as computed, and the cap T − F it was lowered to.
    case killFeeCapped(computed: Money, cap: Money)
    /// The weights' sum before normalization: a percent (`90`) or an amount (`900.00`).
    case weightsNormalized(sum: String)
    /// The last service day is before the term's start: no days served.
    case cancelledBeforeStart

    public var code: String {
        switch self {
        case .zeroTotal: "W_ZERO_TOTAL"
        case .hoursCapped: "W_HOURS_CAPPED"
        case .depositFloor: "W_DEPOSIT_FLOOR"
        case .killFeeCapped: "W_KILL_FEE_CAPPED"
        case .weightsNormalized: "W_WEIGHTS_NORMALIZED"
        case .cancelledBeforeStart: "W_CANCELLED_BEFORE_START"
        }
    }

    public var message: String {
        switch self {
        case .zeroTotal: "zero contract total: nothing can be earned"
        case .hoursCapped(let amount, _): "hours x rate \(amount.decimalText()) exceeds total: capped"
        case .depositFloor: "non-refundable deposit floor applies"
        case .killFeeCapped(let computed, let cap): "kill fee \(computed.plain) capped at \(cap.plain): fee kept plus kill fee cannot exceed the total"
        case .weightsNormalized(let sum): "weights normalized (sum was \(sum))"
        case .cancelledBeforeStart: "terminated before the term started: 0 days served"
        }
    }

    public var description: String { "\(code): \(message)" }
}
