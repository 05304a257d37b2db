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
    /// What `boundary lint` says when a contract lacks the kind: one sentence, from the provider's side.
    public var missing: String
    /// The facet a provider needs for the clause to protect it (`convenience` for termination), if any,
    /// and what `boundary lint` says when the kind is there without it.
    public var needs: String?
    public var partial: String?
    public var file: String
    public var line: Int
}
