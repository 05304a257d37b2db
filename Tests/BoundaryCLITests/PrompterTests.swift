import Testing
@testable import BoundaryCLI

@Suite("Prompts")
struct PrompterTests {
    @Test func askReadsOneLinePerQuestionAndPromptsOnStandardError() {
        let captured = CapturedIO(stdin: "Ada Lovelace\n\n  spaced  \r\n")
        let prompter = Prompter(io: captured.io)
        #expect(prompter.ask("Your name") == "Ada Lovelace")
        #expect(prompter.ask("Currency", default: "EUR") == "EUR")
        #expect(prompter.ask("Client") == "spaced")
        #expect(prompter.ask("At the end") == nil)
        #expect(prompter.ask("At the end", default: "x") == "x")
        #expect(captured.out == "")
        #expect(captured.err == "Your name: Currency [EUR]: Client: At the end: \nAt the end [x]: \n")
    }

    @Test func confirm() {
        let captured = CapturedIO(stdin: "y\nNO\n\nmaybe\nyes\n")
        let prompter = Prompter(io: captured.io)
        #expect(prompter.confirm("Overwrite?", default: false))
        #expect(!prompter.confirm("Overwrite?", default: true))
        #expect(prompter.confirm("Overwrite?", default: true))
        #expect(prompter.confirm("Overwrite?", default: false))  // "maybe" asks again, then "yes"
        #expect(!prompter.confirm("Overwrite?", default: false))  // end of input
        #expect(captured.err.contains("Overwrite? [y/N]: please answer y or n\nOverwrite? [y/N]: "))
        #expect(captured.err.hasPrefix("Overwrite? [y/N]: Overwrite? [Y/n]: Overwrite? [Y/n]: "))
    }

    @Test func lastLineWithoutNewline() {
        let captured = CapturedIO(stdin: "a\nb")
        #expect(captured.io.readLine() == "a")
        #expect(captured.io.readLine() == "b")
        #expect(captured.io.readLine() == nil)
    }
}
