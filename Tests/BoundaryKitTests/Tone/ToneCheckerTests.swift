import BoundaryKit
import Testing

/// The checker over whole letters: what it must leave alone, where findings land, and what each
/// suggests.
@Suite struct ToneCheckerTests {
    /// Ordinary polite business prose, as `boundary letter` writes it: no finding at all.
    @Test(arguments: [
        "Thank you for thinking of me for the project. I have decided to end our agreement. Please confirm the date in writing. Kind regards, Jo",
        "Thank you for your message.\nYour invoice INV-7 for USD 1,200.00 was due on 1 May 2026.\nUnder our agreement, work pauses on 12 May 2026 while the invoice is unpaid.\nPlease arrange the payment.\n\nKind regards,\nJo Rivera",
        "Thank you for the new ideas.\n\n> The Services are up to five pages. Extra work is quoted at the hourly rate.\n\nI would be glad to quote for the blog: 12 hours at GBP 55.00 per hour.\nPlease confirm in writing before I start.\n\nKind regards,\nTom",
        "Thank you for the trust you have placed in me. I will not be able to take on this project. You can find my free checklist at example.com/checklist, and if you would like a referral, Dana Reed (dana@example.com) does this work well. I wish you every success.",
        "Thank you for the two years of work together. I feel my business is moving in a different direction, and I feel you may be better served by someone else. I will deliver the remaining files by 30 June 2026, and the refund of USD 450.00 will follow by 7 July 2026.",
        "Thank you for your patience. This is a final notice before work pauses. Invoice INV-9 for EUR 800.00 is 45 days late, and the late fee under clause 6 is EUR 18.00. Under clause 7 of our agreement, work pauses on 20 May 2026 if the invoice is still unpaid. Please pay EUR 818.00 by 19 May 2026.",
    ])
    func politeBusinessProseIsClean(_ letter: String) {
        #expect(BuiltinTone.findings(letter).map { "\($0.rule): \($0.excerpt ?? "")" } == [])
    }

    @Test func findingsPointAtTheWordInTheOriginalFile() throws {
        let html = "<html><body>\n<p>Thank you for the brief.</p>\n<p>I like it, <b>but</b> I cannot start before June. Please confirm.</p>\n</body></html>"
        let extracted = HTMLText.extract(html)
        let findings = BuiltinTone.checker.findings(in: extracted)
        let but = try #require(findings.first { $0.rule == "tone.but" })
        #expect(but.position == SourcePosition(line: 3, column: 18))
        #expect(but.excerpt == "I like it, but I cannot start before June.")
        #expect(but.suggestion?.contains("\"I like it. I cannot start before June.\"") == true)
    }

    @Test func oneFindingPerRuleAndSentence() {
        let findings = BuiltinTone.findings("Thank you. But I cannot, but I will try, but not now. Please confirm.")
        #expect(findings.filter { $0.rule == "tone.but" }.count == 1)
    }

    @Test func hedgesAcrossALetterAreCountedTogether() throws {
        let letter = "Thank you for the files.\nSorry for the short notice.\nI just need the logo in colour.\nMaybe we can speak on Friday.\nPlease confirm."
        let findings = BuiltinTone.findings(letter)
        let hedging = try #require(findings.first { $0.rule == "tone.hedging" })
        #expect(hedging.position.line == 2)
        #expect(hedging.message.contains("“Sorry” (line 2), “just” (line 3), “Maybe” (line 4)"))
        #expect(hedging.suggestion == "Say it once, plainly: \"Thank you for your patience with the short notice.\"")
        #expect(BuiltinTone.findings("Thank you for the files. Sorry for the delay. Please confirm.").isEmpty)
    }

    @Test func shoutingSparesAcronymsAndQuotedTerms() {
        #expect(BuiltinTone.findings("Thank you. The \"SERVICES\" and the VAT on the PDF invoice are in USD. Please confirm.").isEmpty)
        let findings = BuiltinTone.findings("Thank you. The invoice is OVERDUE. Please confirm.")
        #expect(findings.map(\.rule) == ["tone.shouting"])
        #expect(findings.first?.suggestion == "Write it in sentence case: \"The invoice is overdue.\"")
    }

    @Test func lengthCountsOnlyTheWritersWords() throws {
        let quoted = Array(repeating: "> The Services are described in full in Schedule A of this agreement.", count: 40).joined(separator: "\n")
        let letter = "Thank you for your message.\n\(quoted)\nPlease confirm the scope."
        #expect(BuiltinTone.findings(letter).isEmpty)
        let long = "Thank you. " + Array(repeating: "The work is going well.", count: 60).joined(separator: " ") + " Please confirm."
        let finding = try #require(BuiltinTone.findings(long).first { $0.rule == "tone.too-long" })
        #expect(finding.range == nil)
        #expect(finding.message.hasPrefix("The letter has 304 words of your own, more than 250,"))
        #expect(BuiltinTone.findings(long, maxWords: 400).isEmpty)
        #expect(ToneChecker.wordCount("Thank you — it's done: USD 1,200.00.") == 6)
    }

    @Test func theLetterLevelRulesLookAtTheWholeLetter() {
        let rules = BuiltinTone.findings("I have decided to end our agreement.").map(\.rule)
        #expect(rules == ["tone.no-next-step", "tone.no-thanks"])
        #expect(BuiltinTone.findings("> Thank you.\n> Please confirm.").isEmpty, "a letter of quotations only has no words of its own to judge")
    }

    @Test func checkerWithoutARule() throws {
        let rules = BuiltinTone.rules.rules.filter { $0.id != "no-thanks" }
        let checker = try ToneChecker(rules: rules)
        #expect(checker.findings(in: ExtractedText(text: "Please confirm by Friday.")).isEmpty)
    }
}
