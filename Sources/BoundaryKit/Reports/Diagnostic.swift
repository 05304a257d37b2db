/// A problem with an input the user gave: a clause file, an agreement file, a flag value.
/// It names the place (`file:line` where there is one), says what is wrong and how to fix it.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var message: String
    public var fix: String?

    public init(file: String? = nil, line: Int? = nil, _ message: String, fix: String? = nil) {
        self.file = file
        self.line = line == 0 ? nil : line  // line 0: a value from the command line, not from a file
        self.message = message
        self.fix = fix
    }

    /// `file:line: error: message; fix`, or as much of it as is known.
    public var description: String {
        var place = ""
        if let file { place = line.map { "\(file):\($0): " } ?? "\(file): " }
        return "\(place)error: \(message)" + (fix.map { "; \($0)" } ?? "")
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file ?? "", lhs.line ?? 0, lhs.message) < (rhs.file ?? "", rhs.line ?? 0, rhs.message)
    }
}

/// Several diagnostics reported together, so a user fixes a file in one pass.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public var all: [Diagnostic]
    public init(_ all: [Diagnostic]) { self.all = all }
    public var description: String { all.map(\.description).joined(separator: "\n") }
}
