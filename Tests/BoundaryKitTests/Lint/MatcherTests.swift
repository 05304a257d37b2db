import Testing
@testable import BoundaryKit

@Suite struct MatcherTests {
    private func matched(_ rules: [Matcher.Rule], _ text: String, scope: Matcher.Scope = .sentence) throws -> [(rule: Int, text: String)] {
        let model = TextModel(text)
        return try Matcher(rules: rules).matches(in: model, scope: scope).map { ($0.rule, model.text(ofTokens: $0.tokens)) }
    }

    @Test func findsPhrasesWhateverTheirCaseQuotesAndHyphens() throws {
        let rule = Matcher.Rule(anyOf: ["terminate for convenience", "client's sole discretion", "non-compete"])
        let text = "Either party may Terminate for\nConvenience. At the Client’s sole discretion. A non-\ncompete applies; so does a non compete."
        let found = try matched([rule], text)
        #expect(found.map(\.text) == ["Terminate for Convenience", "Client’s sole discretion", "non- compete", "non compete"])
    }

    @Test func wildcardStandsForOneWord() throws {
        let rule = Matcher.Rule(anyOf: ["within * days"])
        let found = try matched([rule], "Pay within 30 days, or within thirty (30) days, or within days.")
        #expect(found.map(\.text) == ["within 30 days"])
        let two = try matched([Matcher.Rule(anyOf: ["within * * days"])], "within thirty (30) days")
        #expect(two.map(\.text) == ["within thirty (30) days"])
    }

    @Test func groupsMustCoOccurWithinTheDistance() throws {
        let rule = Matcher.Rule(groups: [["terminate", "end"], ["convenience", "any reason", "without cause"]], within: 8)
        let found = try matched([rule], """
        The Client may terminate this Agreement for convenience. \
        Either party may end this Agreement at any time and for any reason. \
        The Client may terminate this Agreement if the Consultant is late with the work, and convenience is irrelevant. \
        For convenience, the Client may terminate. \
        Terminate. Convenience.
        """)
        #expect(found.map(\.text) == [
            "terminate this Agreement for convenience",
            "end this Agreement at any time and for any reason",
            "convenience, the Client may terminate",
        ])
    }

    @Test func unlessCancelsInTheSameSentenceOnly() throws {
        let rule = Matcher.Rule(groups: [["terminate"], ["convenience"]], within: 6, unless: ["shall not be entitled to", "only the client"])
        let found = try matched([rule], """
        The Consultant shall not be entitled to terminate for convenience. \
        The Consultant may terminate for convenience. \
        Only the Client may terminate for convenience.
        """)
        #expect(found.map(\.text) == ["terminate for convenience"])
        #expect(try Matcher(rules: [rule]).matches(in: TextModel("The Consultant may terminate for convenience.")).first?.sentence == 0)
    }

    @Test func textScopeCrossesSentences() throws {
        let rule = Matcher.Rule(groups: [["refund"], ["deposit"]], within: 4)
        let text = "No refund. The deposit is kept."
        #expect(try matched([rule], text).isEmpty)
        #expect(try matched([rule], text, scope: .text).map(\.text) == ["refund. The deposit"])
    }

    @Test func reportsEveryRuleAndHitWithItsPlace() throws {
        let rules = [
            Matcher.Rule(anyOf: ["late fee", "interest"]),
            Matcher.Rule(groups: [["pay"], ["within * days"]], within: 3),
        ]
        let model = TextModel("Terms\n\nThe Client shall pay\nwithin 30 days. A late fee applies.\n")
        let matches = try Matcher(rules: rules).matches(in: model)
        #expect(matches.map(\.rule) == [0, 1])
        let payment = try #require(matches.last)
        #expect(payment.hits.map { model.text(ofTokens: $0) } == ["pay", "within 30 days"])
        #expect(model.position(ofTokens: payment.tokens) == SourceRange(start: SourcePosition(line: 3, column: 18), end: SourcePosition(line: 4, column: 15)))
        #expect(model.position(of: matches[0]).start == SourcePosition(line: 4, column: 19))
    }

    @Test func searchesAWindowOfTokens() throws {
        let model = TextModel("late fee one. late fee two.")
        let matcher = try Matcher(rules: [Matcher.Rule(anyOf: ["late fee"])])
        #expect(matcher.matches(in: model).count == 2)
        #expect(matcher.matches(in: model, tokens: 3..<model.tokens.count).map(\.tokens) == [3..<5])
    }

    @Test func sharesPhrasesBetweenRules() throws {
        let rules = [Matcher.Rule(anyOf: ["sole discretion"]), Matcher.Rule(anyOf: ["sole discretion", "discretion"])]
        let found = try matched(rules, "at its sole discretion")
        #expect(found.map(\.rule) == [0, 1, 1])
    }

    @Test func refusesRulesWithoutWords() {
        #expect(throws: MatcherError.emptyPhrase(rule: 0, phrase: "!!")) { try Matcher(rules: [Matcher.Rule(anyOf: ["ok", "!!"])]) }
        #expect(throws: MatcherError.emptyPhrase(rule: 0, phrase: "*")) { try Matcher(rules: [Matcher.Rule(anyOf: ["*"])]) }
        #expect(throws: MatcherError.noGroups(rule: 1)) { try Matcher(rules: [Matcher.Rule(anyOf: ["a"]), Matcher.Rule(groups: [], within: 3)]) }
    }
}
