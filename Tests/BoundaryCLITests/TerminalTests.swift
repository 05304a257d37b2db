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
