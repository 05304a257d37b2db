@testable import BoundaryKit
import Testing

@Suite struct TextReporterTests {
    @Test func matchesTheReviewedGoldenFile() throws {
        let text = TextReporter.render(SampleReport.report, colour: false)
        #expect(text == (try ReportGolden.expected("lint.txt", actual: text)))
        #expect(TextReporter.render(SampleReport.report, colour: false) == text)
    }

    @Test func findingLinesHaveTheEditorFormatAndAreSortedByPosition() {
        let lines = TextReporter.render(SampleReport.report, colour: false).split(separator: "\n").map(String.init)
        let acme = lines.filter { $0.hasPrefix(SampleReport.acmePath + ":") }
        #expect(acme == [
            "contracts/acme-services.txt:1:1: error: Nothing ties the transfer of rights to payment, so the client may own work it never paid for. [missing.ip-transfer]",
            "contracts/acme-services.txt:1:1: error: No refund clause: if the client ends early, nothing says what you keep for the work done. [missing.refund]",
            "contracts/acme-services.txt:4:43: warning: Payment 90 days after the invoice means you finance the client for three months. [risk.payment-over-45-days]",
            "contracts/acme-services.txt:5:40: error: Unlimited revisions let the client ask for changes for ever at no extra fee. [risk.unlimited-revisions]",
            "contracts/acme-services.txt:7:15: warning: Indirect damages are excluded, but nothing caps the rest of your liability. [partial.liability-cap]",
        ])
        let fix = lines.firstIndex { $0.hasSuffix("[missing.refund]") }!
        #expect(lines[fix + 1] == "  fix: use refund-pro-rata@1")
        #expect(lines.last == "4 errors, 3 warnings, 1 note in 2 documents")
    }

    @Test func colourOnlyWhenAskedAndOnlyAroundWords() {
        let plain = TextReporter.render(SampleReport.report, colour: false)
        let coloured = TextReporter.render(SampleReport.report, colour: true)
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;33mwarning\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;36mnote\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[32mpresent\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[33mpartial\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[31mmissing\u{1B}[0m"))
        #expect(Self.strippingANSI(coloured) == plain, "colour changes nothing but the escape codes, columns stay aligned")
    }

    @Test func anEmptyReportIsJustTheSummary() {
        #expect(TextReporter.render(LintReport(documents: []), colour: true) == "0 errors, 0 warnings, 0 notes in 0 documents\n")
        let clean = DocumentReport(path: "a.txt", kinds: [], findings: [], text: "")
        #expect(TextReporter.render(LintReport(documents: [clean]), colour: false) == "a.txt\nno findings\n\n0 errors, 0 warnings, 0 notes in 1 document\n")
    }

    @Test func controlCharactersCannotReachTheTerminal() {
        let finding = Finding(rule: "risk.x", severity: .note, message: "two\nlines\u{1B}[2J", range: SourceRange(start: .init(line: 2, column: 3), end: .init(line: 2, column: 9)))
        let document = DocumentReport(path: "evil\u{1B}]0;title\u{07}.txt", kinds: [], findings: [finding], text: "")
        let text = TextReporter.render(LintReport(documents: [document]), colour: false)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
        #expect(text.contains("evil\u{FFFD}]0;title\u{FFFD}.txt:2:3: note: two lines\u{FFFD}[2J [risk.x]"))
    }

    @Test func summaryCountsInTheSingularAndPlural() {
        let one = Finding(rule: "risk.x", severity: .error, message: "m")
        let document = DocumentReport(path: "a", kinds: [], findings: [one], text: "")
        #expect(ReportSummary(LintReport(documents: [document])).description == "1 error, 0 warnings, 0 notes in 1 document")
    }

    static func strippingANSI(_ text: String) -> String {
        var out = "", scalars = Array(text.unicodeScalars), index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                index += 2
                while index < scalars.count, scalars[index] != "m" { index += 1 }
                index += 1
                continue
            }
            out.unicodeScalars.append(scalars[index])
            index += 1
        }
        return out
    }
}
