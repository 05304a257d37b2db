/// Why a value (an amount, a percent, a date, a currency) could not be read or used.
/// `code` is stable (the refund specification's error codes); `message` is for the user.
public struct ValueError: Error, Equatable, Sendable, CustomStringConvertible {
    public let code: String
    public let message: String

    public init(_ code: String, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }

    static func parse(_ message: String) -> ValueError { ValueError("E_PARSE", message) }
}
