/// An error the user can act on. Printed as one line, `boundary: error: message`, and, when there
/// is one, a second line saying how to fix it. Never a stack trace.
public struct CLIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Lower-case, no trailing period, the subject quoted: `no such file 'terms.txt'`.
    public var message: String
    /// What to do about it: `add --force to overwrite it`.
    public var fix: String?
    public var exitCode: Int32

    public init(_ message: String, fix: String? = nil, exitCode: Int32 = ExitCode.usage) {
        self.message = message
        self.fix = fix
        self.exitCode = exitCode
    }

    /// `message; fix`, as in `Diagnostic`.
    public var description: String { message + (fix.map { "; \($0)" } ?? "") }
}
