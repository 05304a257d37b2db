import BoundaryKit
import Foundation
import Testing

/// `docs/tone.md` lists every built-in rule with its severity, and the report of an angry first
/// draft matches the reviewed golden files `Fixtures/reports/tone.txt` and `tone.json`.
@Suite struct ToneDocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func theGuideListsEveryRuleWithItsSeverity() throws {
        let guide = try String(contentsOf: Self.root.appending(path: "docs/tone.md"), encoding: .utf8)
        for rule in BuiltinTone.rules.rules {
            let row = guide.split(separator: "\n").first { $0.hasPrefix("| `\(rule.rule)` |") }
            #expect(row?.contains("| \(rule.severity.rawValue) |") == true || row?.contains("| **\(rule.severity.rawValue)** |") == true, "\(rule.rule)")
        }
        let reference = try String(contentsOf: Self.root.appending(path: "Clauses/README.md"), encoding: .utf8)
        for check in ToneRule.Check.allCases { #expect(reference.contains("| `\(check.rawValue)` |"), "\(check)") }
    }

    @Test func anAngryDraftMatchesTheGoldenReports() throws {
        let letter = try String(contentsOf: Self.root.appending(path: "Fixtures/tone/letters/angry-late-payment.txt"), encoding: .utf8)
        let document = BuiltinTone.checker.check(ExtractedText(text: letter), path: "angry-late-payment.txt")
        let report = LintReport(documents: [document], subject: .letter)
        let text = TextReporter.render(report, colour: false)
        #expect(text == (try ReportGolden.expected("tone.txt", actual: text)))
        let json = JSONReporter.render(report)
        #expect(json == (try ReportGolden.expected("tone.json", actual: json)))
    }
}
