import Testing
@testable import BoundaryKit

@Suite struct ClauseParserTests {
    static let valid = """
    ---
    id: termination.on-notice
    version: 2
    kind: termination
    title: Termination on notice
    summary: Either side may end the agreement on notice.
    variables:
      notice_days:
        type: days
        default: 14
        min: 1
        max: 180
        prompt: Days of notice
      provider:
        type: party
    requires: [payment]
    facets: [convenience]
    detect:
      headings: [termination]
      signals:
        - facet: convenience
          all:
            - [terminate, end this agreement]
            - [for any reason, "upon * days"]
          within: 20
          unless: [shall not be entitled to terminate]
    examples:
      present:
        - text: Either party may terminate this Agreement for any reason.
          facets: [convenience]
      absent:
        - This Agreement lasts one year.
    ---
    {{provider}} or the client may end this agreement on {{notice_days}} days' notice.
    """

    private func parse(_ text: String, path: String = "Clauses/termination/on-notice.md") -> Result<Clause, Diagnostics> {
        ClauseParser.parse(text, path: path)
    }

    @Test func readsEveryPartOfAValidClause() throws {
        let clause = try parse(Self.valid).get()
        #expect(clause.reference == "termination.on-notice@2")
        #expect(clause.variables.map(\.name) == ["notice_days", "provider"])
        #expect(clause.variables[0].type == .days)
        #expect(clause.variables[0].defaultValue?.scalar == "14")
        #expect(clause.variables[0].line == 8)
        #expect(clause.variables[1].isRequired)
        #expect(clause.requires == ["payment"])
        #expect(clause.detection.headings == ["termination"])
        #expect(clause.detection.signals.first?.all == [["terminate", "end this agreement"], ["for any reason", "upon * days"]])
        #expect(clause.detection.signals.first?.within == 20)
        #expect(clause.examples.filter(\.isPresent).map(\.facets) == [["convenience"]])
        #expect(clause.examples.filter { !$0.isPresent }.map(\.text) == ["This Agreement lasts one year."])
        #expect(clause.template.names == ["provider": 34, "notice_days": 34])
    }

    /// Each malformed clause gets its own message at its own line.
    @Test(arguments: [
        ("version: 2", "version: two", "Clauses/termination/on-notice.md:3: error: `version` must be a whole number from 1 to 9999, found `two`"),
        ("title: Termination on notice", "titel: Termination on notice", "Clauses/termination/on-notice.md:5: error: unknown key `titel`; did you mean `title`?"),
        ("{{provider}} or", "{{provder}} or", "Clauses/termination/on-notice.md:34: error: `{{provder}}` is not declared; declare `provder` under `variables:` with its type"),
        ("    type: days", "    type: weeks", "Clauses/termination/on-notice.md:9: error: unknown type `weeks` for `notice_days`; use one of text, money, percent, days, hours, count, date, rate, party, list"),
        ("id: termination.on-notice", "id: termination.notice", "Clauses/termination/on-notice.md:2: error: id `termination.notice` does not match the file's place; a clause at Clauses/termination/on-notice.md has id `termination.on-notice`"),
        ("kind: termination", "kind: ending", "Clauses/termination/on-notice.md:4: error: kind `ending` does not match the folder `termination`; move the file or change its kind"),
        ("      within: 20", "      within: 20 # words", "Clauses/termination/on-notice.md:25: error: ' #' inside a value; comments go on lines of their own; quote the value if '#' is part of it"),
        ("      within: 20", "      within: 20\n      actor: customer", "Clauses/termination/on-notice.md:26: error: unknown actor `customer`; use one of provider, client"),
        ("      within: 20", "      within: 20\n      days_over: -1", "Clauses/termination/on-notice.md:26: error: `days_over` must be a whole number from 1 to 3650, found `-1`"),
        // Phrases the matcher could never find: `boundary lint` would refuse to start.
        ("[terminate, end this agreement]", "[terminate, \"---\"]", "Clauses/termination/on-notice.md:23: error: the phrase `---` has no word to look for; write words: punctuation is skipped, `*` alone is any word"),
        ("unless: [shall not be entitled to terminate]", "unless: [\"*\"]", "Clauses/termination/on-notice.md:26: error: the phrase `*` has no word to look for; write words: punctuation is skipped"),
        ("headings: [termination]", "headings: [\"§\", \"--\"]", "Clauses/termination/on-notice.md:19: error: the heading `--` has no word to look for; write words: punctuation is skipped"),
    ])
    func reportsEachProblemAtItsLine(original: String, replacement: String, expected: String) {
        let text = Self.valid.replacing(original, with: replacement, maxReplacements: 1)
        guard case .failure(let errors) = parse(text) else { Issue.record("accepted: \(replacement)"); return }
        #expect(errors.all.map(\.description).contains(expected), "\(errors)")
    }

    /// `actor` and `days_over` are optional on a clause's signals, as on a risk rule's.
    @Test func readsASignalsActorAndPeriod() throws {
        let text = Self.valid.replacing("      within: 20", with: "      within: 20\n      actor: client\n      days_over: 30")
        let signal = try #require(try parse(text).get().detection.signals.first)
        #expect(signal.actor == "client")
        #expect(signal.daysOver == 30)
        #expect(try parse(Self.valid).get().detection.signals.first?.actor == nil)
    }

    @Test func reportsAVariableDeclaredButNotUsed() {
        let text = Self.valid.replacing("{{provider}} or", with: "The provider or")
        guard case .failure(let errors) = parse(text) else { Issue.record("accepted"); return }
        #expect(errors.all.map(\.description) == ["Clauses/termination/on-notice.md:14: error: variable `provider` is declared but never used; use {{provider}} in the text or remove it"])
    }

    @Test func reportsEveryProblemAtOnce() {
        let text = Self.valid.replacing("version: 2", with: "version: 0").replacing("title: Termination on notice", with: "")
        guard case .failure(let errors) = parse(text) else { Issue.record("accepted"); return }
        #expect(errors.all.count == 2)
    }
}
