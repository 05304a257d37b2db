/// The letters `boundary letter` writes: the hard conversations of the source articles.
public enum LetterKind: String, Sendable, CaseIterable {
    /// Saying no to a prospective client, before any agreement.
    case decline
    /// Ending an agreement (or, with `cannotContinue`, withdrawing under the substitution clause).
    case end
    /// Pointing back to the agreed scope when a client asks for more.
    case scope
    /// Chasing an overdue invoice, at one of three levels.
    case latePayment = "late-payment"
    /// Telling the client that work is paused under the late-payment clause.
    case pause

    /// How messages name the letter: "the late-payment letter".
    public var displayName: String { "the \(rawValue) letter" }

    /// Whether the letter's figures and clauses come from an agreement file.
    public var needsAgreement: Bool { self != .decline }
}

/// How a letter speaks: `warm` (first names, contractions, friendly) or `formal` ("Dear …", no
/// contractions, "Kind regards").
public enum LetterRegister: String, Sendable, CaseIterable {
    case warm, formal
}

/// One letter template: a kind with the option that changes the whole letter (`end` when the
/// provider cannot continue, `late-payment` per level). Its raw value is the first part of a
/// template's id (`late-payment-2.formal`).
public enum LetterVariant: String, Sendable, CaseIterable {
    case decline
    case end
    case endCannotContinue = "end-cannot-continue"
    case scope
    case latePayment1 = "late-payment-1"
    case latePayment2 = "late-payment-2"
    case latePayment3 = "late-payment-3"
    case pause
}
