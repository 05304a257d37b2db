@testable import BoundaryKit
import Foundation
import Testing

/// The reporters on a `boundary tone` report: no clause kinds, and suggestions shown in every format.
@Suite struct LetterReportTests {
    static let letter = "Dear Sam,\nThank you for the brief, but I cannot start before June.\nYou must send the files by Friday!!\n"

    static var report: LintReport {
        let findings = BuiltinTone.checker.findings(in: ExtractedText(text: letter))
        return LintReport(documents: [DocumentReport(path: "letters/reply <1>.txt", kinds: [], findings: findings, text: letter)], subject: .letter)
    }

    @Test func textShowsTheSuggestionUnderItsFinding() {
        let lines = TextReporter.render(Self.report, colour: false).split(separator: "\n").map(String.init)
        let but = lines.firstIndex { $0.hasSuffix("[tone.but]") }!
        #expect(lines[but].hasPrefix("letters/reply <1>.txt:2:26: warning: "))
        #expect(lines[but + 1] == "  suggestion: Let both parts stand, without the word that cancels the first: \"Thank you for the brief. I cannot start before June.\"")
        #expect(!lines.contains { $0.contains("status") }, "no table of kinds for a letter")
    }

    @Test func jsonHasSentenceAndSuggestionAndNoClauses() throws {
        let json = JSONReporter.render(Self.report)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let document = try #require((root["documents"] as? [[String: Any]])?.first)
        #expect(document["clauses"] == nil)
        let findings = try #require(document["findings"] as? [[String: Any]])
        let you = try #require(findings.first { $0["rule"] as? String == "tone.you-statement" })
        #expect(you["sentence"] as? String == "You must send the files by Friday!!")
        #expect(you["suggestion"] as? String == "Say it about yourself: \"I need you to send the files by Friday!!\"")
        #expect(you["fix"] is NSNull && you["kind"] is NSNull)
        #expect(JSONReporter.render(Self.report) == json, "the same report gives the same bytes")
    }

    @Test func sarifCarriesTheSuggestionInTheMessageAndProperties() throws {
        let sarif = SARIFReporter.render(Self.report, toolVersion: "0.1.0")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let results = try #require(((log["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
        let shouting = try #require(results.first { $0["ruleId"] as? String == "tone.shouting" })
        #expect(((shouting["message"] as? [String: Any])?["text"] as? String)?.hasSuffix(" Suggestion: Write it in sentence case: \"You must send the files by Friday.\"") == true)
        #expect((shouting["properties"] as? [String: Any])?["suggestion"] as? String == "Write it in sentence case: \"You must send the files by Friday.\"")
        #expect(SARIFReporter.describe(rule: "tone.no-thanks") == "tone: no thanks")
    }

    @Test func htmlSpeaksOfALetterAndShowsTheRewrites() {
        let html = HTMLReporter.render(Self.report)
        #expect(html.contains("<title>Tone check: letters/reply &lt;1&gt;.txt</title>"))
        #expect(html.contains("<p class=\"eyebrow\">Boundary · tone check</p>"))
        #expect(html.contains("<h3>In the text</h3>") && html.contains("<h3>Letter text</h3>"))
        #expect(html.contains("Instead:</span> Let both parts stand, without the word that cancels the first: &quot;Thank you for the brief. I cannot start before June.&quot;"))
        #expect(html.contains(".finding .suggestion"), "the letter's style")
        #expect(!html.contains("Contract") && !html.contains("risky term") && !html.contains("<script"))
        #expect(html.contains("Made by <code>boundary tone</code>"))
    }
}
