/// A letter as data (`Clauses/letters/<variant>.<register>.md`): a subject line and a body, both
/// templates, with every value they use declared. The body is letter markup: paragraphs separated
/// by blank lines, `- ` list items, and `> ` lines quoting the agreement.
public struct LetterTemplate: Sendable {
    /// One value the letter uses, with what it is (from the file's `variables:`).
    public struct Variable: Sendable, Equatable {
        public var name: String
        public var description: String
        public var line: Int
    }

    /// `end.warm`: the variant and the register.
    public var id: String
    public var version: Int
    public var variant: LetterVariant
    public var register: LetterRegister
    public var title: String
    public var subject: Template
    public var variables: [Variable]
    public var body: Template
    /// The file it was read from, for messages.
    public var file: String
}
