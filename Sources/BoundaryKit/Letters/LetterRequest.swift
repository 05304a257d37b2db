/// What the user asked for, as given on the command line: the letter, its register, and the values
/// that do not come from the agreement file (or override it). Read and checked by `LetterComposer`.
public struct LetterRequest: Sendable {
    public var kind: LetterKind
    public var register: LetterRegister = .warm
    /// `end --cannot-continue`: the substitution clause's path.
    public var cannotContinue = false
    /// `late-payment --level 1|2|3`, as typed (default 1).
    public var level: String?

    /// Names: the parties (override the agreement's), who the letter greets, and who signs it.
    public var client: String?
    public var provider: String?
    public var dear: String?
    public var sign: String?
    public var project: String?

    public var reason: String?
    /// `Name <contact>`, in order.
    public var referrals: [String] = []
    public var resources: [String] = []
    /// `scope`: what the client asked for.
    public var request: String?
    public var estimateHours: String?

    /// Dates as typed, `YYYY-MM-DD`.
    public var date: String?
    public var due: String?
    public var endOn: String?
    public var pauseDate: String?

    public var invoice: String?
    public var amount: String?

    /// E-mail addresses for `.eml` (override the agreement's).
    public var from: String?
    public var to: String?

    public init(kind: LetterKind) { self.kind = kind }

    /// The template this request is written from.
    public func variant() throws(LetterErrors) -> LetterVariant {
        switch kind {
        case .decline: return .decline
        case .end: return cannotContinue ? .endCannotContinue : .end
        case .scope: return .scope
        case .pause: return .pause
        case .latePayment:
            switch level ?? "1" {
            case "1": return .latePayment1
            case "2": return .latePayment2
            case "3": return .latePayment3
            case let other: throw LetterErrors([LetterError("--level `\(other)` is not a level — give 1 (friendly reminder), 2 (second reminder) or 3 (final notice before pausing work)")])
            }
        }
    }
}
