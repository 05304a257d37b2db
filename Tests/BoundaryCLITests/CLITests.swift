import Testing
import BoundaryKit
@testable import BoundaryCLI

@Suite("Running commands in-process")
struct CLITests {
    @Test func runsACommandWithItsArguments() {
        let result = runCLI(["greet", "Ada", "--format=json", "-t", "x", "-f", "a.txt", "-"])
        #expect(result.status == 0)
        #expect(result.out == "name=Ada files=[\"a.txt\", \"-\"] output=nil format=json tags=[\"x\"] force=true quiet=false\n")
        #expect(result.err == "")
    }

    @Test func exitCodeComesFromTheCommand() {
        #expect(runCLI(["greet", "findings"]).status == ExitCode.findings)
    }

    @Test func thrownCLIErrorIsOneLineAndAFix() {
        let result = runCLI(["greet", "nobody"])
        #expect(result.status == 2)
        #expect(result.err == "boundary: error: nobody to greet\n  fix: give a name\n")
    }

    @Test func usageErrorsAreReportedTogetherWithAPointerToHelp() {
        let result = runCLI(["greet", "--formt=json"])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err == """
            boundary: error: unknown option '--formt'; did you mean '--format'?
            boundary: error: missing argument '<name>'
              fix: run 'boundary greet --help' for usage

            """)
    }

    @Test func unknownCommandSuggestsTheClosest() {
        let result = runCLI(["gret", "Ada"])
        #expect(result.status == 2)
        #expect(result.err == "boundary: error: unknown command 'gret'; did you mean 'greet'?\n  fix: run 'boundary --help' for the list of commands\n")
    }

    @Test func version() {
        let result = runCLI(["--version"])
        #expect(result.status == 0)
        #expect(result.out == "boundary \(BoundaryKitVersion.string)\n")
        #expect(result.err == "")
    }

    @Test func helpIsTheSameWhicheverWayItIsAsked() {
        let long = runCLI(["greet", "--help"])
        #expect(long.status == 0 && long.err == "")
        #expect(long.out.hasPrefix("Greet someone by name.\n\nUsage: boundary greet"))
        #expect(runCLI(["greet", "-h"]).out == long.out)
        #expect(runCLI(["help", "greet"]).out == long.out)
        #expect(runCLI(["greet", "Ada", "--zebra", "--help"]).out == long.out)
    }

    @Test func topLevelHelp() {
        let help = runCLI(["--help"])
        #expect(help.status == 0)
        #expect(help.out.hasPrefix("Contracts, refunds and letters for freelancers.\n"))  // the whole text: HelpFormatterTests
        #expect(runCLI(["-h"]).out == help.out)
        #expect(runCLI(["help"]).out == help.out)
        #expect(runCLI([]).out == help.out)
    }

    @Test func helpForAnUnknownCommand() {
        let result = runCLI(["help", "gret"])
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("boundary: error: unknown command 'gret'; did you mean 'greet'?\n"))
    }

    @Test func unknownTopLevelOption() {
        let result = runCLI(["--versoin"])
        #expect(result.status == 2)
        #expect(result.err == "boundary: error: unknown option '--versoin'; did you mean '--version'?\n  fix: run 'boundary --help' for usage\n")
    }

    @Test func subcommands() {
        #expect(runCLI(["notes", "list", "--format", "json"]).out == "list json\n")
        #expect(runCLI(["notes", "show", "7"]).out == "show 7\n")
        #expect(runCLI(["help", "notes", "show"]).out == runCLI(["notes", "show", "--help"]).out)
        let help = runCLI(["notes", "--help"])
        #expect(help.out.contains("Usage: boundary notes <command>\n"))
        #expect(help.out.contains("Commands:\n  list        List the notes.\n  show        Show one note.\n"))
    }

    @Test func groupWithoutASubcommand() {
        let result = runCLI(["notes"])
        #expect(result.status == 2)
        #expect(result.err == "boundary: error: 'boundary notes' needs a subcommand: list, show\n  fix: run 'boundary notes --help' to see what each does\n")
    }

    @Test func unknownSubcommand() {
        let result = runCLI(["notes", "lst"])
        #expect(result.status == 2)
        #expect(result.err == "boundary: error: unknown command 'lst'; did you mean 'list'?\n  fix: run 'boundary notes --help' for the list of commands\n")
    }

    @Test func diagnosticsFromTheKitKeepTheirPlace() {
        let captured = CapturedIO()
        #expect(CLI.report(Diagnostic(file: "a.md", line: 3, "unknown key 'titel'", fix: "did you mean 'title'?"), io: captured.io) == 2)
        #expect(CLI.report(Diagnostic("bad date '2024-13-01'"), io: captured.io) == 2)
        #expect(captured.err == "a.md:3: error: unknown key 'titel'; did you mean 'title'?\nboundary: error: bad date '2024-13-01'\n")
    }

    @Test func errorsAreColouredOnlyOnATerminal() {
        let plain = runCLI(["gret"], terminal: [.stdout])
        #expect(!plain.err.contains("\u{1B}["))
        let coloured = runCLI(["gret"], terminal: [.stderr])
        #expect(coloured.err.hasPrefix("boundary: \u{1B}[1;31merror:\u{1B}[0m unknown command"))
        #expect(!runCLI(["gret"], terminal: [.stderr], environment: ["NO_COLOR": "1"]).err.contains("\u{1B}["))
    }

    @Test func anyOtherErrorIsStillOneLine() {
        struct Odd: Error {}
        let captured = CapturedIO()
        #expect(CLI.report(Odd(), io: captured.io) == 2)
        #expect(captured.err == "boundary: error: Odd()\n")
    }
}
