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
        public var line: Int { value.line }
    }

    public var value: Value
    /// 1-based line in the file the node was read from.
    public var line: Int

    public init(_ value: Value, line: Int) {
        self.value = value
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
