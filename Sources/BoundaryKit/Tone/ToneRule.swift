/// A rule of `boundary tone`, from `Clauses/tone/<id>.md`: what in a letter the user wrote puts the
/// reader on the defensive or leaves them unsure, why it matters, and how to say it instead.
///
/// The rule's data (phrases, word lists, replacements, the suggestion) lives in its file; the Swift
/// code only knows the handful of `Check` and `Rewrite` kinds the files name.
public struct ToneRule: Sendable, Equatable, Identifiable {
    /// How a rule looks at a letter.
    public enum Check: String, Sendable, CaseIterable {
        /// A finding wherever a signal of `detect:` matches in a sentence.
        case phrases
        /// One finding for the whole letter when no signal of `detect:` matches anywhere.
        case absence
        /// Words in capitals (longer than an acronym, or listed in `words:`) and runs of `marks:`.
        case shouting
        /// Phrases of `words:`: a finding for a sentence with `per_sentence` of them, or, when none
        /// has, for a letter with `per_letter` in all.
        case hedging
        /// One finding when the letter is longer than `max_words` words of the writer's own.
        case length
    }

    /// How the suggestion's `{{rewrite}}` is made from the sentence.
    public enum Rewrite: String, Sendable, CaseIterable {
        /// No rewrite: the suggestion is the rule's `fallback` text.
        case none
        /// The sentence split at the conjunction into two sentences, or the conjunction dropped.
        case split
        /// `replace:` pairs applied to the sentence; no rewrite when none applies.
        case replace
        /// `replace:` pairs applied, then every other flagged phrase taken out.
        case drop
        /// Capitals in sentence case, `!!` and `?!` as one mark.
        case calm
    }

    /// Stable id, the file's name: `but`. Findings are reported as `tone.<id>`.
    public var id: String
    public var version: Int
    public var severity: Severity
    public var title: String
    /// One plain sentence: why it matters. May hold `{{count}}`, `{{max}}` (length) or `{{words}}` (hedging, shouting).
    public var message: String
    public var check: Check
    /// Phrase signals (`phrases`, `absence`).
    public var detection: Detection
    /// Words of `detect:` that count only where they join clauses (`phrases`): at the start of a
    /// sentence, after a comma, semicolon, colon or dash, or after "and", "but" or "or" — "yet" in
    /// "I love it, yet …", not in "Has it arrived yet?".
    public var conjunctions: [String] = []
    /// Phrases (`hedging`), or short capitalised words that shout (`shouting`).
    public var words: [String]
    /// Capitalised words that are not shouting (`shouting`): acronyms longer than four letters.
    public var allow: [String]
    /// Runs of punctuation that shout (`shouting`): `!!`, `?!`.
    public var marks: [String]
    public var perSentence: Int
    public var perLetter: Int
    public var maxWords: Int
    public var rewrite: Rewrite
    /// Phrase pairs for `replace` and `drop` rewrites.
    public var replacements: [Replacement]
    /// The suggestion when there is a rewrite: holds `{{rewrite}}`.
    public var suggestion: String?
    /// The suggestion when there is none (document-level rules, or no rewrite applied).
    public var fallback: String?
    public var examples: [ToneExample]
    /// The Markdown after the header: why the rule exists. May be empty.
    public var explanation: String
    public var file: String
    public var line: Int

    /// `tone.<id>`, the rule of its findings.
    public var rule: String { "tone.\(id)" }

    /// Whether a finding is about the letter as a whole rather than a place in it.
    public var isDocumentLevel: Bool { check == .absence || check == .length }
}

/// A phrase of a sentence and what to write instead (`to` may be empty: the phrase is taken out).
public struct Replacement: Sendable, Equatable {
    public var from: String
    public var to: String

    public init(_ from: String, _ to: String) {
        self.from = from
        self.to = to
    }
}

/// A text that must trigger a tone rule (`isPresent`) or must not.
public struct ToneExample: Sendable, Equatable {
    public var text: String
    public var isPresent: Bool
    /// The length limit to check it with (`length` rules only).
    public var maxWords: Int?
    public var file: String
    public var line: Int
}
