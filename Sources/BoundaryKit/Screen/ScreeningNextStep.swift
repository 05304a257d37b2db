/// The command to run after a screening: `boundary draft` with the clauses to insist on, or
/// `boundary letter decline`.
public struct ScreeningNextStep: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case draft, letter
    }

    public var kind: Kind
    /// The words of the command, unquoted, starting with `boundary`.
    public var arguments: [String]
    /// The same, quoted for a POSIX shell: copy it and run it.
    public var command: String
    /// Options whose value stands in for one not given (`--client`, `--provider`): replace it first.
    public var placeholders: [String]
    /// The reason the letter gives, if any (`--give-reason`); `nil` for a draft or a letter without one.
    public var reason: String?

    /// Stands for the client's name in a letter command when `--client` was not given.
    public static let clientPlaceholder = "<client name>"
    /// Stands for the provider's name in a letter command when `--provider` was not given.
    public static let providerPlaceholder = "<your name>"

    /// `boundary draft --preset P`, with the parties' names when known, and `--set clauses.KIND=ID`
    /// for each kind to insist on that the preset leaves out.
    public static func draft(_ verdict: ScreeningVerdict, preset: Preset, library: ClauseLibrary,
                             client: String?, provider: String?) -> ScreeningNextStep {
        var words: [(argument: String, shown: String)] = [("boundary", "boundary"), ("draft", "draft"), ("--preset", "--preset"), (preset.id, ShellWords.word(preset.id))]
        func set(_ key: String, _ value: String) {
            words.append(("--set", "--set"))
            words.append(("\(key)=\(value)", ShellWords.assignment(key, value)))
        }
        if let client { set("client.name", client) }
        if let provider { set("provider.name", provider) }
        let inPreset = Set(ScreeningNextStep.presetClauses(preset, library: library).map(\.kind))
        for boundary in verdict.boundaries where !inPreset.contains(boundary.kind) {
            set("clauses.\(boundary.kind)", boundary.clause)
        }
        return ScreeningNextStep(kind: .draft, arguments: words.map(\.argument), command: words.map(\.shown).joined(separator: " "),
                                 placeholders: [], reason: nil)
    }

    /// `boundary letter decline --client "NAME" --provider "NAME"`, with `--reason` when `giveReason`:
    /// the verdict's factual reason. Without a reason, the letter gives none: that is the user's right.
    public static func declineLetter(_ verdict: ScreeningVerdict, client: String?, provider: String?, giveReason: Bool) -> ScreeningNextStep {
        var words: [(argument: String, shown: String)] = [("boundary", "boundary"), ("letter", "letter"), ("decline", "decline")]
        var placeholders: [String] = []
        func option(_ name: String, _ value: String) {
            words.append((name, name))
            words.append((value, ShellWords.quoted(value)))
        }
        option("--client", client ?? clientPlaceholder)
        if client == nil { placeholders.append("--client") }
        option("--provider", provider ?? providerPlaceholder)
        if provider == nil { placeholders.append("--provider") }
        let reason = giveReason ? verdict.letterReason : nil
        if let reason { option("--reason", reason) }
        return ScreeningNextStep(kind: .letter, arguments: words.map(\.argument), command: words.map(\.shown).joined(separator: " "),
                                 placeholders: placeholders, reason: reason)
    }

    /// The clause of each kind that `boundary draft --preset` uses.
    public static func presetClauses(_ preset: Preset, library: ClauseLibrary) -> [Clause] {
        ClauseSelection.clauses(for: preset.agreement, library: library, preset: preset)
    }

    /// The clause `boundary draft --preset` would use for `kind`: the preset's, else the kind's default
    /// (which `--set clauses.KIND=ID` brings back when the preset leaves the kind out).
    public static func clause(for kind: ClauseKind, preset: Preset, library: ClauseLibrary) -> String {
        presetClauses(preset, library: library).first { $0.kind == kind.id }?.id ?? preset.clauses[kind.id] ?? kind.defaultClause
    }
}
