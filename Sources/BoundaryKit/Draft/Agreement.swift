/// A party to an agreement.
public struct Party: Sendable, Equatable {
    public var name: String
    public var address: String?
    public var email: String?
}

/// A stage of the work, with its share of the fee.
public struct Milestone: Sendable, Equatable {
    public enum Share: Sendable, Equatable {
        case percent(Percent)
        case amount(Money)
    }

    public var name: String
    public var share: Share
    /// The share as an amount of the total; percents are rounded half-even, and the last milestone
    /// takes what is left, so the amounts add up to the fee exactly.
    public var amount: Money
    public var due: CivilDate?
}

/// A client agreement, read and validated from an agreement file (and a preset, and `--set` values).
/// Every field holds a checked value; clause variables are resolved from it by `DraftPlan`.
public struct Agreement: Sendable {
    public var preset: Preset?
    public var title: String
    public var project: String
    public var currency: Currency
    public var start: CivilDate
    public var end: CivilDate?
    public var governingLaw: String?
    public var provider: Party
    public var client: Party
    public var scope: [String]
    public var exclusions: [String]
    public var deliverables: [String]
    public var total: Money
    /// The non-refundable deposit as an amount, and the percent it was given as, if it was.
    public var deposit: Money?
    public var depositPercent: Percent?
    public var milestones: [Milestone]
    /// Values for clause variables, by name, as written (typed once the clauses are known).
    public var terms: [String: Node]
    /// The chosen variant per kind, with where it was chosen.
    public var clauseChoices: [String: Node]
    public var added: [Node]
    public var omitted: [Node]
}
