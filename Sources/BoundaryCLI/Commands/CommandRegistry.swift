/// Every command of `boundary`, in the order `boundary --help` lists them.
public enum CommandRegistry {
    public static let commands: [any Command.Type] = [
        DraftCommand.self,
        InitCommand.self,
        ClausesCommand.self,
        PresetsCommand.self,
        RefundCommand.self,
        LetterCommand.self,
        LintCommand.self,
        ToneCommand.self,
        ScreenCommand.self,
    ]
}
