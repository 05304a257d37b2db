/// Questions for interactive commands (`boundary init`): prompts go to standard error, so standard
/// output stays clean for what the command produces; answers are read from standard input one
/// line at a time, so a script can pipe them in.
public struct Prompter: Sendable {
    public let io: IO

    public init(io: IO) { self.io = io }

    /// Someone is there to answer: standard input is a terminal. Commands that can run unattended
    /// (`--no-input`, a pipe) check this before asking.
    public var isInteractive: Bool { io.isTerminal(.stdin) }

    /// Asks `question`, showing the default in brackets. An empty answer gives the default; the end
    /// of input gives the default, or `nil` without one. Surrounding spaces are trimmed.
    public func ask(_ question: String, default defaultValue: String? = nil) -> String? {
        io.writeErr(question + (defaultValue.map { " [\($0)]" } ?? "") + ": ")
        guard let line = io.readLine() else {
            io.writeErr("\n")
            return defaultValue
        }
        let answer = line.trimmingSpaces
        return answer.isEmpty ? defaultValue : answer
    }

    /// Asks a yes/no question (`[Y/n]` or `[y/N]`). Accepts y, yes, n, no in any case; asks again
    /// after anything else. An empty answer or the end of input gives the default.
    public func confirm(_ question: String, default defaultValue: Bool) -> Bool {
        let choices = defaultValue ? "[Y/n]" : "[y/N]"
        while true {
            io.writeErr("\(question) \(choices): ")
            guard let line = io.readLine() else {
                io.writeErr("\n")
                return defaultValue
            }
            switch line.trimmingSpaces.lowercased() {
            case "": return defaultValue
            case "y", "yes": return true
            case "n", "no": return false
            default: io.writeErr("please answer y or n\n")
            }
        }
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" }
        var end = scalars.endIndex
        while end > scalars.startIndex, [" ", "\t"].contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[..<end])
    }
}
