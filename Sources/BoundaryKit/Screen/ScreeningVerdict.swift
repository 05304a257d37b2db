/// What `Screener` concludes from a screening's answers: the decision, every warning answer with
/// its reason, the clauses to insist on, and why.
public struct ScreeningVerdict: Sendable, Equatable {
    public enum Decision: String, Sendable, CaseIterable, Equatable {
        case take
        case takeWithBoundaries = "take-with-boundaries"
        case decline

        /// `take with boundaries`, as a person reads it.
        public var words: String { rawValue.replacingHyphens }
    }

    /// What a warning answer does to the decision.
    public enum Effect: String, Sendable, Equatable {
        /// The warning answer to a `decline` question: decline at once.
        case declines
        /// A warning (or `unsure`) that can be handled with boundaries, if the gate allows.
        case needsBoundary = "needs-boundary"
        /// The gate's own warning (or `unsure`): the boundaries are not enough.
        case boundariesNotEnough = "boundaries-not-enough"
    }

    /// One answer that is a warning sign, with the question and its reason.
    public struct Warning: Sendable, Equatable {
        public var question: ScreeningQuestion
        public var answer: ScreeningAnswer
        public var effect: Effect
        /// No answer was given; `unsure` was assumed (`--assume unsure`).
        public var assumed: Bool
    }

    /// A clause kind to insist on, the library clause that sets it, and the questions that call for it.
    public struct Boundary: Sendable, Equatable {
        public var kind: String
        /// The kind's section title: `No guarantee of results`.
        public var title: String
        /// The clause `boundary draft` would use for the kind (`no-guarantee.results`).
        public var clause: String
        /// The ids of the questions whose answers call for it, in checklist order.
        public var because: [String]
    }

    public var decision: Decision
    /// Warning answers, in checklist order.
    public var warnings: [Warning]
    /// The kinds to insist on, in agreement order; empty unless the decision is `takeWithBoundaries`.
    public var boundaries: [Boundary]
    /// Every answer used, by question id (assumed ones included).
    public var answers: [String: ScreeningAnswer]
    /// Question ids with no answer, for which `unsure` was assumed.
    public var assumed: [String]
    /// One sentence: why the decision is what it is.
    public var summary: String
    /// The questions the decision rests on: the decline-at-once ones, or the gate and the boundary
    /// warnings. Their `letterReason` gives a decline letter its reason.
    public var decidedBy: [String]
    /// A factual reason for a decline letter; `nil` unless the decision is `decline`. From the first
    /// question that declines at once; else from the first warning answered (not unsure) among those
    /// the boundaries could not handle; else from the gate.
    public var letterReason: String?
}

extension String {
    var replacingHyphens: String { split(separator: "-").joined(separator: " ") }
}
