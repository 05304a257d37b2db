import BoundaryCLI
import Foundation
import Testing

@Suite struct DraftCommandTests {
    @Test func draftsAPresetToStandardOutput() {
        let result = boundary(["draft", "--preset", "web-design"])
        #expect(result.status == 0)
        #expect(result.err == "")
        #expect(result.out.hasPrefix("# Website Design and Development Agreement\n"))
        #expect(result.out.contains("## 10. Ending the agreement"))
    }

    @Test func theCommandDeclarationsAreSound() {
        #expect(CLI.problems(in: CommandRegistry.commands) == [])
    }

    @Test func nothingToDraftIsAUsageError() {
        let result = boundary(["draft"])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err.hasPrefix("boundary: error: nothing to draft: give an agreement file or a preset\n"))
    }

    @Test func anUnknownPresetSuggestsTheClosest() {
        let result = boundary(["draft", "--preset", "webdesign"])
        #expect(result.status == 2)
        #expect(result.err.contains("unknown preset `webdesign`; did you mean `web-design`?"))
    }

    @Test func writesAFileOnlyWithForceToOverwrite() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        #expect(boundary(["draft", "--preset", "design", "-o", "design.md"], in: folder.path).status == 0)
        let first = try #require(folder.read("design.md"))
        #expect(first.hasPrefix("# "))
        let again = boundary(["draft", "--preset", "writing", "-o", "design.md"], in: folder.path)
        #expect(again.status == 2)
        #expect(again.err.contains("--force"))
        #expect(folder.read("design.md") == first, "the existing file was changed without --force")
        #expect(boundary(["draft", "--preset", "writing", "-o", "design.md", "--force"], in: folder.path).status == 0)
        #expect(folder.read("design.md") != first)
    }

    @Test func aBadAgreementWritesNothingAndNamesEveryProblem() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        #expect(boundary(["init", "--preset", "web-design", "-o", "acme.yaml"], in: folder.path).status == 0)
        let valid = try #require(folder.read("acme.yaml"))
        let broken = valid.replacing("  total: 12000.00", with: "  total: 12000.001").replacing("start: 2027-02-01", with: "start: 2027-02-30")
        try folder.write("acme.yaml", broken)
        let result = boundary(["draft", "acme.yaml", "-o", "acme.md"], in: folder.path)
        #expect(result.status == 2)
        #expect(result.out == "")
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.allSatisfy { $0.hasPrefix("acme.yaml:") })
        #expect(result.err.contains("`2027-02-30` is not a date: February 2027 has 28 days"))
        #expect(result.err.contains("`12000.001` has 3 decimal places; USD amounts have at most 2 decimal places"))
        #expect(folder.read("acme.md") == nil)
        #expect(folder.read("acme.yaml") == broken, "the input was modified")
    }

    @Test func anInitFileDraftsTheSameAgreementAsItsPreset() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        for preset in ["web-design", "design", "writing", "consulting"] {
            #expect(boundary(["init", "--preset", preset, "-o", "\(preset).yaml"], in: folder.path).status == 0)
            let fromFile = boundary(["draft", "\(preset).yaml", "--format", "text"], in: folder.path)
            #expect(fromFile.status == 0, "\(fromFile.err)")
            #expect(fromFile.out == boundary(["draft", "--preset", preset, "--format", "text"]).out)
        }
    }

    @Test func readsTheAgreementFromStandardInput() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        _ = boundary(["init", "--preset", "consulting", "-o", "c.yaml"], in: folder.path)
        let text = try #require(folder.read("c.yaml"))
        let result = boundary(["draft", "-", "--format", "html"], stdin: text)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func refusesToWriteOverItsInput() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        _ = boundary(["init", "--preset", "writing", "-o", "w.yaml"], in: folder.path)
        let before = folder.read("w.yaml")
        let result = boundary(["draft", "w.yaml", "-o", "w.yaml", "--force"], in: folder.path)
        #expect(result.status == 2)
        #expect(folder.read("w.yaml") == before)
    }

    @Test func asksForTheValuesOnATerminalAgainUntilValidAndSavesThem() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Provider, client, project; a wrong currency, then EUR; a fee with too many decimals, then a good one;
        // Enter for the remaining 20 questions; then yes, save, to consulting.yaml.
        let answers = "Ada Lovelace Studio\nBabbage & Co\na new booking system\nEURO\nEUR\n9000.001\n9000\n"
            + String(repeating: "\n", count: 20) + "y\nconsulting.yaml\n"
        let result = boundary(["draft", "--preset", "consulting", "--interactive"], stdin: answers, terminal: [.stdin, .stderr], in: folder.path)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Ada Lovelace Studio") && result.out.contains("Babbage & Co") && result.out.contains("a new booking system"))
        #expect(result.out.contains("EUR 9,000.00"))
        #expect(result.err.contains("`EURO` is not a known currency code"))
        #expect(result.err.contains("`9000.001` has 3 decimal places; EUR amounts have at most 2 decimal places. Please try again."))
        #expect(result.err.contains("boundary draft --preset consulting --set 'provider.name=Ada Lovelace Studio'"))
        let saved = try #require(folder.read("consulting.yaml"))
        #expect(saved.contains("name: Ada Lovelace Studio"))
        // The saved file drafts the same agreement with no questions.
        #expect(boundary(["draft", "consulting.yaml"], in: folder.path).out == result.out)
    }

    @Test func neverAsksWithoutATerminal() {
        let result = boundary(["draft"], stdin: "Ada\n")
        #expect(result.status == 2)
        #expect(!result.err.contains("Your name"))
    }

    @Test func interactiveAndNoInputContradict() {
        #expect(boundary(["draft", "--preset", "design", "-i", "--no-input"]).status == 2)
    }
}
