/// A letter, composed and ready to render: its subject line, its body in letter markup (paragraphs
/// separated by blank lines, `- ` list items, `> ` lines quoting the agreement), and the addresses
/// an e-mail needs when they are known.
public struct Letter: Sendable, Equatable {
    public struct Address: Sendable, Equatable {
        public var name: String?
        public var email: String
    }

    public var subject: String
    public var body: String
    public var from: Address?
    public var to: Address?
}
