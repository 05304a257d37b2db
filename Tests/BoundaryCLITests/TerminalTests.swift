import Testing
@testable import BoundaryCLI

@Suite("Colour and the terminal")
struct TerminalTests {
    func colour(terminal: Set<IO.Stream>, _ environment: [String: String], stream: IO.Stream = .stdout) -> Bool {
        Terminal.useColour(io: CapturedIO(terminal: terminal, environment: environment).io, stream: stream)
    }

    @Test func onlyOnATerminal() {
        #expect(colour(terminal: [.stdout], ["TERM": "xterm-256color"]))
        #expect(colour(terminal: [.stdout], [:]))
        #expect(!colour(terminal: [], ["TERM": "xterm-256color"]))
        #expect(!colour(terminal: [.stdout], ["TERM": "xterm"], stream: .stderr))
        #expect(colour(terminal: [.stderr], ["TERM": "xterm"], stream: .stderr))
    }

    @Test func noColourWhenNO_COLORIsSetToAnything() {
        #expect(!colour(terminal: [.stdout], ["NO_COLOR": "1"]))
        #expect(!colour(terminal: [.stdout], ["NO_COLOR": "0"]))
        #expect(colour(terminal: [.stdout], ["NO_COLOR": ""]))  // empty counts as unset (no-color.org)
    }

    @Test func noColourOnADumbTerminal() {
        #expect(!colour(terminal: [.stdout], ["TERM": "dumb"]))
    }

    @Test func styles() {
        #expect(Terminal.bold("x") == "\u{1B}[1mx\u{1B}[0m")
        #expect(Terminal.red("x") == "\u{1B}[31mx\u{1B}[0m")
        #expect(Terminal.yellow("x") == "\u{1B}[33mx\u{1B}[0m")
        #expect(Terminal.dim("x") == "\u{1B}[2mx\u{1B}[0m")
        #expect(Terminal.red("x", enabled: false) == "x")
        #expect(Terminal.bold("") == "")
    }
}

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

@Suite("CapturedIO")
struct CapturedIOTests {
    @Test func capturesAndReplays() {
        let captured = CapturedIO(stdinBytes: [0xFF, 0x00], terminal: [.stdin], environment: ["A": "1"], currentDirectory: "/tmp")
        let io = captured.io
        io.writeOut("o")
        io.writeErr("e")
        #expect(captured.out == "o" && captured.err == "e")
        #expect(io.readStdin() == [0xFF, 0x00])
        #expect(io.readStdin() == [])
        #expect(io.isTerminal(.stdin) && !io.isTerminal(.stdout))
        #expect(io.environment == ["A": "1"] && io.currentDirectory == "/tmp")
        captured.reset()
        #expect(captured.out == "" && captured.err == "")
    }

    @Test func absolutePaths() {
        let io = CapturedIO(currentDirectory: "/work/project").io
        #expect(io.absolutePath("a.txt") == "/work/project/a.txt")
        #expect(io.absolutePath("../b/./c.txt") == "/work/b/c.txt")
        #expect(io.absolutePath("/etc/x") == "/etc/x")
    }
}
