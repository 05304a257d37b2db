import Testing
@testable import BoundaryKit

@Suite struct ScreeningNextStepTests {
    static func verdict(_ overrides: [String: ScreeningAnswer], preset: String = "web-design") throws -> ScreeningVerdict {
        let checklist = try #require(BuiltinChecklist.checklist)
        var answers = BuiltinChecklist.allClear(checklist)
        for (id, answer) in overrides { answers[id] = answer }
        return BuiltinChecklist.verdict(answers, checklist, preset: preset)
    }

    @Test func theDeclineLetterCommandIsExact() throws {
        let verdict = try Self.verdict(["third-party": .yes])
        let next = ScreeningNextStep.declineLetter(verdict, client: "Acme Ltd", provider: "Sam Carter", giveReason: false)
        #expect(next.command == #"boundary letter decline --client "Acme Ltd" --provider "Sam Carter""#)
        #expect(next.arguments == ["boundary", "letter", "decline", "--client", "Acme Ltd", "--provider", "Sam Carter"])
        #expect(next.placeholders == [])
        #expect(next.reason == nil)
    }

    @Test func aFactualReasonOnlyWhenAskedFor() throws {
        let verdict = try Self.verdict(["third-party": .yes])
        let next = ScreeningNextStep.declineLetter(verdict, client: "Acme Ltd", provider: "Sam", giveReason: true)
        #expect(next.command == #"boundary letter decline --client "Acme Ltd" --provider "Sam" --reason "I work only with the person the work is for, when they contact me themselves.""#)
        #expect(next.reason == verdict.letterReason)
    }

    @Test func missingNamesArePlaceholders() throws {
        let next = ScreeningNextStep.declineLetter(try Self.verdict(["cannot-pay": .yes]), client: nil, provider: nil, giveReason: false)
        #expect(next.command == #"boundary letter decline --client "<client name>" --provider "<your name>""#)
        #expect(next.placeholders == ["--client", "--provider"])
    }

    @Test func theDraftAddsOnlyWhatThePresetLeavesOut() throws {
        let answers: [String: ScreeningAnswer] = ["free-extra-work": .yes, "price-extra-time": .yes]
        let library = BuiltinChecklist.library
        let web = ScreeningNextStep.draft(try Self.verdict(answers), preset: library.presets["web-design"]!, library: library, client: "Acme Ltd", provider: nil)
        #expect(web.command == #"boundary draft --preset web-design --set client.name="Acme Ltd""#)
        let consulting = ScreeningNextStep.draft(try Self.verdict(answers, preset: "consulting"), preset: library.presets["consulting"]!, library: library, client: nil, provider: "Jo")
        #expect(consulting.arguments == ["boundary", "draft", "--preset", "consulting", "--set", "provider.name=Jo", "--set", "clauses.revisions=revisions.rounds"])
        let writing = ScreeningNextStep.draft(try Self.verdict(answers, preset: "writing"), preset: library.presets["writing"]!, library: library, client: nil, provider: nil)
        #expect(writing.command == "boundary draft --preset writing --set clauses.availability=availability.working-hours")
    }

    @Test func shellWordsQuoteWhatTheShellWouldRead() {
        #expect(ShellWords.word("web-design") == "web-design")
        #expect(ShellWords.word("Acme Ltd") == #""Acme Ltd""#)
        #expect(ShellWords.quoted(#"say "hi" for $5 `now` \ ok"#) == #""say \"hi\" for \$5 \`now\` \\ ok""#)
        #expect(ShellWords.quoted("Hi! It's me") == #"'Hi! It'\''s me'"#)
        #expect(ShellWords.assignment("client.name", "O'Brien & Co") == #"client.name="O'Brien & Co""#)
        #expect(ShellWords.assignment("clauses.revisions", "revisions.rounds") == "clauses.revisions=revisions.rounds")
        #expect(ShellWords.word("") == #""""#)
    }
}
