/// A value read from a header or agreement file, with the line it came from.
public struct Node: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case scalar(String)
        case list([Node])
        case map([Entry])
    }

    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: Node
        /// The line of the key itself (a nested value starts on a later line).
        public var line: Int

        public init(key: String, value: Node, line: Int? = nil) {
            self.key = key
            self.value = value
            self.line = line ?? value.line
        }
    }

    public var value: Value
    /// The file the node was read from (or a stand-in such as `--set`), and its 1-based line.
    public var file: String
    public var line: Int

    public init(_ value: Value, file: String, line: Int) {
        self.value = value
        self.file = file
        self.line = line
    }

    public var scalar: String? {
        if case .scalar(let text) = value { return text }
        return nil
    }

    /// What kind of value this is, for messages such as "expected a list, found text".
    public var shapeName: String {
        switch value {
        case .scalar: "text"
        case .list: "a list"
        case .map: "a set of keys"
        }
    }
}
