/// Colour and styling for terminal output.
public enum Terminal {
    /// Colour only when `stream` is a terminal, `NO_COLOR` is unset or empty (no-color.org) and
    /// `TERM` is not `dumb`.
    public static func useColour(io: IO, stream: IO.Stream) -> Bool {
        guard io.isTerminal(stream) else { return false }
        if let noColour = io.environment["NO_COLOR"], !noColour.isEmpty { return false }
        return io.environment["TERM"] != "dumb"
    }

    public static func bold(_ text: String, enabled: Bool = true) -> String { style(text, "1", enabled) }
    public static func dim(_ text: String, enabled: Bool = true) -> String { style(text, "2", enabled) }
    public static func red(_ text: String, enabled: Bool = true) -> String { style(text, "31", enabled) }
    public static func yellow(_ text: String, enabled: Bool = true) -> String { style(text, "33", enabled) }
    public static func green(_ text: String, enabled: Bool = true) -> String { style(text, "32", enabled) }

    /// `text` wrapped in an SGR sequence and a reset; unchanged when not `enabled` or empty.
    public static func style(_ text: String, _ code: String, _ enabled: Bool = true) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
