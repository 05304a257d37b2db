/// An answer to one screening question. `unsure` is never a pass: it counts as a warning that needs
/// a boundary.
public enum ScreeningAnswer: String, Sendable, CaseIterable, Equatable {
    case yes, no, unsure

    /// The spellings a person may type at the prompt: `y`, `yes`, `n`, `no`, `u`, `unsure`, `not sure`,
    /// in any case. Files and flags accept only `yes`, `no` and `unsure` (`init(rawValue:)`).
    public init?(typed text: String) {
        switch text.lowercased() {
        case "y", "yes": self = .yes
        case "n", "no": self = .no
        case "u", "unsure", "not sure": self = .unsure
        default: return nil
        }
    }
}
