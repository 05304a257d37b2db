/// One clause variant of the library, as read from `Clauses/<kind>/<name>.md`.
public struct Clause: Sendable, Equatable, Identifiable {
    public var id: String
    public var version: Int
    public var kind: String
    public var title: String
    public var summary: String
    /// In declaration order.
    public var variables: [Variable]
    public var requires: [String]
    public var conflicts: [String]
    public var facets: [String]
    public var detection: Detection
    public var examples: [ClauseExample]
    public var template: Template
    public var file: String
    /// The line of each header key, for messages about the clause as a whole.
    public var keyLines: [String: Int]

    func line(of key: String) -> Int { keyLines[key] ?? 2 }

    /// `id@version`, as printed in an agreement's footer and a lint fix.
    public var reference: String { "\(id)@\(version)" }

    public func variable(_ name: String) -> Variable? { variables.first { $0.name == name } }
}
