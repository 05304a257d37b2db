extension TextModel {
    /// A heading found in the text: a numbered clause, an article, a section, a lettered item, a title
    /// in capitals or title case, or a Markdown heading.
    public struct Heading: Sendable, Equatable {
        public enum Kind: String, Sendable {
            /// `# Payment`
            case markdown
            /// `ARTICLE IV`, `Article 4 - Payment`
            case article
            /// `Section 5.`, `SECTION 5 PAYMENT`, `§ 5`
            case section
            /// `1.`, `1.1`, `2.3.1`, `4)`, `A.`
            case numbered
            /// `(a)`, `(iv)`, `(1)`, `a)`
            case item
            /// `LIMITATION OF LIABILITY`
            case capitals
            /// `Payment Terms`, standing alone on its line
            case title
        }

        public var kind: Kind
        /// The number as written, without its punctuation: "1.1", "IV", "a".
        public var number: String?
        /// The title, when the heading has one: "Termination" in "5. Termination. Either party may …".
        public var title: String?
        /// 1-based line in the text.
        public var line: Int
        /// Nesting depth: 1 for the top level.
        public var depth: Int
        /// The tokens of the number and title.
        public var tokens: Range<Int>
        /// The UTF-8 range of the number and title in the text.
        public var range: Range<Int>
    }
}
