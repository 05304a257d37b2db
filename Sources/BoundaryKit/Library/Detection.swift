/// How `boundary lint` recognises a kind of clause in someone else's wording: section headings and
/// phrase signals. Read from the `detect:` block of a clause file.
public struct Detection: Sendable, Equatable {
    public var headings: [String] = []
    public var signals: [Signal] = []

    public struct Signal: Sendable, Equatable {
        /// The facet the signal shows, if any (e.g. `convenience` for a termination clause).
        public var facet: String?
        /// Phrase groups: one phrase of every group must occur within `within` words.
        public var all: [[String]]
        public var within: Int
        /// Phrases that cancel the signal when they occur in the same sentence.
        public var unless: [String]
        public var line: Int
    }
}

/// Texts that show the clause, and near misses that must not, run as tests.
public struct ClauseExample: Sendable, Equatable {
    public var text: String
    /// The facets the text shows (present examples only).
    public var facets: [String]
    public var isPresent: Bool
    public var file: String
    public var line: Int
}
