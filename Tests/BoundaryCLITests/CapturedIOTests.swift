import Testing
@testable import BoundaryCLI

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
