/// A kind of clause (`termination`, `scope`, …), from `Clauses/kinds.md`. Their order there is the
/// order of sections in a drafted agreement.
public struct ClauseKind: Sendable, Equatable, Identifiable {
    public var id: String
    /// The section heading in a drafted agreement.
    public var title: String
    /// The clause used when neither the preset nor the agreement chooses one.
    public var defaultClause: String
    /// Whether `boundary lint` requires the kind by default.
    public var required: Bool
    public var file: String
    public var line: Int
}
