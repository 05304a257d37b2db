/// An agreement laid out, before any output format: what every renderer (Markdown, text, HTML)
/// prints, so the three always say the same thing.
public struct DraftDocument: Sendable, Equatable {
    public struct Section: Sendable, Equatable {
        public var number: Int
        public var title: String
        public var blocks: [Block]
    }

    public enum Block: Sendable, Equatable {
        /// A numbered paragraph, `7.2`.
        case paragraph(number: String, text: String)
        /// A bulleted list under the paragraph before it.
        case list([String])
    }

    public struct ScheduleRow: Sendable, Equatable {
        public var stage: String
        public var share: String
        public var amount: String
        public var due: String
    }

    public var title: String
    public var introduction: String
    public var parties: [(role: String, party: Party)]
    public var keyTerms: [(label: String, value: String)]
    public var sections: [Section]
    public var schedule: [ScheduleRow]
    public var scheduleTotal: String
    /// The clauses used, as `id@version`.
    public var references: [String]

    public static func == (lhs: DraftDocument, rhs: DraftDocument) -> Bool {
        lhs.title == rhs.title && lhs.introduction == rhs.introduction && lhs.sections == rhs.sections
            && lhs.schedule == rhs.schedule && lhs.references == rhs.references
            && lhs.parties.map(\.role) == rhs.parties.map(\.role) && lhs.parties.map(\.party) == rhs.parties.map(\.party)
            && lhs.keyTerms.map(\.label) == rhs.keyTerms.map(\.label) && lhs.keyTerms.map(\.value) == rhs.keyTerms.map(\.value)
    }
}
