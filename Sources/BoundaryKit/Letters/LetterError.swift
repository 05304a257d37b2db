/// A value a letter cannot be written without, or a value that makes no sense: one line naming the
/// flag or the agreement key to set.
public struct LetterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Lower-case, no trailing period: `the late-payment letter needs the invoice number — give --invoice NUMBER`.
    public var message: String
    public var fix: String?

    public init(_ message: String, fix: String? = nil) {
        self.message = message
        self.fix = fix
    }

    public var description: String { message + (fix.map { "; \($0)" } ?? "") }

    /// `the <kind> letter needs <what> — give <how>`.
    static func missing(_ kind: LetterKind, _ what: String, _ how: String) -> LetterError {
        LetterError("\(kind.displayName) needs \(what) — \(how)")
    }
}

/// Every problem with a letter's values, reported together so the user fixes them in one pass.
public struct LetterErrors: Error, Sendable, Equatable, CustomStringConvertible {
    public var all: [LetterError]
    public init(_ all: [LetterError]) { self.all = all }
    public var description: String { all.map(\.description).joined(separator: "\n") }
}
