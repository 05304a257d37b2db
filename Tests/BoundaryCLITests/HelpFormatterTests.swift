import Testing
@testable import BoundaryCLI

@Suite("Help text")
struct HelpFormatterTests {
    @Test func sampleCommandHelp() {
        #expect(HelpFormatter.help(for: Greet.spec, path: ["boundary", "greet"]) == """
            Greet someone by name.

            Usage: boundary greet [options] <name> [<files>...]

            Writes a greeting for NAME to standard output, or to the file given with
            --output. The greeting is plain text unless --format says otherwise.

              boundary greet Ada --format json

            Arguments:
              <name>                 Who to greet.
              <files>...             Files to read greetings from ('-' for standard input).

            Options:
              -o, --output <path>    Where to write the greeting; '-' is standard output.
                  --format <format>  How to write it. (one of: text, json, html; default:
                                     text)
              -t, --tag <tag>        A tag to add to the greeting. (repeatable)
              -f, --force            Overwrite an existing output file.
              -q, --quiet            Say nothing on standard error.
              -h, --help             Show this help.

            Examples:
              boundary greet Ada
              boundary greet Ada --format json -o greeting.json

            """)
    }

    @Test func shortUsageListsTheOptions() {
        #expect(HelpFormatter.usage(for: NotesList.spec, path: ["boundary", "notes", "list"]) == "Usage: boundary notes list [--format <format>]")
        #expect(HelpFormatter.usage(for: Notes.spec, path: ["boundary", "notes"]) == "Usage: boundary notes <command>")
    }

    @Test func topLevelHelp() {
        #expect(runCLI(["--help"]).out == """
            Contracts, refunds and letters for freelancers.

            Usage: boundary [--version] <command>

            Commands:
              greet          Greet someone by name.
              notes          Work with notes.
              help           Show help for a command.

            Options:
                  --version  Show the version.
              -h, --help     Show this help.

            Run 'boundary help <command>' for a command's arguments and options.

            """)
    }

    @Test func longLabelsPutTheirHelpOnTheNextLine() {
        let spec = CommandSpec(
            name: "x", abstract: "",
            options: [OptionSpec(["--a-rather-long-option-name"], valueName: "value", help: "Help for it."), .flag(["--b"], help: "B.")])
        #expect(HelpFormatter.help(for: spec, path: ["boundary", "x"]) == """
            Usage: boundary x [--a-rather-long-option-name <value>] [--b]

            Options:
                  --a-rather-long-option-name <value>
                          Help for it.
                  --b     B.
              -h, --help  Show this help.

            """)
    }

    @Test func everyLineFitsIn80Columns() {
        let long = String(repeating: "word ", count: 60)
        let spec = CommandSpec(
            name: "wide", abstract: long, discussion: long + "\n\n" + long,
            options: [OptionSpec(["-w", "--width"], valueName: "n", help: long, allowedValues: ["one", "two"], defaultValue: "one")],
            arguments: [ArgumentSpec("thing", help: long)])
        let help = HelpFormatter.help(for: spec, path: ["boundary", "wide"])
        for line in help.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        #expect(help == HelpFormatter.help(for: spec, path: ["boundary", "wide"]))
    }

    @Test func discussionParagraphsListsAndCommandLines() {
        let discussion = """
            First paragraph, written over
            two source lines.

            - a list item long enough to wrap past the eightieth column of the terminal window
            - --format json
              boundary greet Ada --format json
            """
        #expect(HelpFormatter.paragraphs(discussion) == """
            First paragraph, written over two source lines.

            - a list item long enough to wrap past the eightieth column of the terminal
              window
            - --format json
              boundary greet Ada --format json
            """)
    }

    @Test func wrapping() {
        #expect(HelpFormatter.wrap("aaa bbb ccc", indent: 2, width: 9) == "  aaa bbb\n  ccc")
        #expect(HelpFormatter.wrap("abcdefghijkl x", indent: 0, width: 5) == "abcdefghijkl\nx")
        #expect(HelpFormatter.wrap("a  b", indent: 0) == "a b")
    }
}
