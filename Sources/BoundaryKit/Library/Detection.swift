/// How `boundary lint` recognises a kind of clause, or a risky term, in someone else's wording:
/// section headings and phrase signals. Read from the `detect:` block of a clause or risk file.
public struct Detection: Sendable, Equatable {
    public var headings: [String] = []
    public var signals: [Signal] = []

    public struct Signal: Sendable, Equatable {
        /// The facet the signal shows, if any (e.g. `convenience` for a termination clause).
        public var facet: String?
        /// Phrase groups: one phrase of every group must occur within `within` words.
        public var all: [[String]]
        public var within: Int
        /// Phrases that cancel the signal when they occur in the same part of the sentence (see `Detector.region`).
        public var unless: [String]
        /// The party who must hold the right or duty in the matched sentence (`provider` or
        /// `client`), when it matters: "the Client may terminate at any time" is not "the Consultant may".
        public var actor: String? = nil
        /// A period longer than this many days must occur as one more group of the signal: a number
        /// above it, in digits or words ("60", "sixty (60)", "ninety"), then `days` (or `calendar`,
        /// `business`, `working days`). Nil: no such condition.
        public var daysOver: Int? = nil
        public var line: Int

        /// The values `actor` may take.
        public static let actors = ["provider", "client"]
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

extension Detection {
    /// Whether `phrase` has a word the matcher can look for (letters, digits, or a symbol such as `%`
    /// or `$`, as the text is tokenized): other punctuation is skipped and `*` alone stands for any
    /// word, so `"---"` or `"*"` would never be found.
    static func hasWords(_ phrase: String) -> Bool {
        phrase.split(separator: " ").contains { part in
            part != "*" && part.unicodeScalars.contains { Tokenizer.isWordScalar($0.value) || Tokenizer.symbol($0.value) }
        }
    }
}
