import Foundation
import Testing

/// The built binary, as a user runs it: exit codes and which stream the text goes to.
@Suite("The boundary binary", .enabled(if: Executable.find() != nil, "build the boundary product first"))
struct EndToEndTests {
    let boundary = Executable.find()!

    @Test func version() throws {
        let result = try boundary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("boundary ") && result.out.hasSuffix("\n"))
        #expect(result.err == "")
    }

    @Test func helpGoesToStandardOutput() throws {
        let result = try boundary.run(["--help"])
        #expect(result.status == 0)
        #expect(result.out.contains("Usage: boundary"))
        #expect(result.err == "")
        #expect(try boundary.run(["-h"]).out == result.out)
        #expect(try boundary.run(["help"]).out == result.out)
    }

    @Test func usageErrorsGoToStandardErrorWithExit2() throws {
        let result = try boundary.run(["--versoin"])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err == "boundary: error: unknown option '--versoin'; did you mean '--version'?\n  fix: run 'boundary --help' for usage\n")
    }

    @Test func unknownCommand() throws {
        let result = try boundary.run(["frobnicate"], environment: ["NO_COLOR": "1"])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err.hasPrefix("boundary: error: unknown command 'frobnicate'\n"))
    }
}
