import BuiltinClauses
import Testing
@testable import BoundaryKit

@Suite struct RiskParserTests {
    static let valid = """
    ---
    id: pay-when-paid
    version: 1
    kind: payment
    severity: error
    title: Pay when paid
    message: You are paid only when the client is paid by its own customer.
    fix: payment.milestones
    detect:
      signals:
        - all:
            - [pay, paid, payment]
            - [when * receives, "after * is paid by"]
          within: 25
          unless: [regardless of whether]
          actor: client
        - all:
            - [pay, payable, invoice]
          days_over: 45
    examples:
      present:
        - Contractor shall be paid within ten days after Company receives payment from its customer.
        - text: Payment is due when the Agency receives funds from the End Client.
      absent:
        - Client pays each invoice within 14 days, whether or not its own customer has paid.
    ---
    Why it matters, for the HTML report.
    """

    static let path = "Clauses/risks/pay-when-paid.md"

    @Test func readsEveryPartOfAValidRule() throws {
        let risk = try RiskParser.parse(Self.valid, path: Self.path).get()
        #expect(risk.id == "pay-when-paid")
        #expect(risk.rule == "risk.pay-when-paid")
        #expect(risk.version == 1)
        #expect(risk.kind == "payment")
        #expect(risk.severity == .error)
        #expect(risk.title == "Pay when paid")
        #expect(risk.message == "You are paid only when the client is paid by its own customer.")
        #expect(risk.fix == "payment.milestones")
        #expect(risk.detection.headings == [])
        let signals = risk.detection.signals
        #expect(signals.count == 2)
        #expect(signals.first?.all == [["pay", "paid", "payment"], ["when * receives", "after * is paid by"]])
        #expect(signals.first?.within == 25)
        #expect(signals.first?.unless == ["regardless of whether"])
        #expect(signals.first?.actor == "client")
        #expect(signals.first?.daysOver == nil)
        #expect(signals.first?.facet == nil)
        #expect(signals.first?.line == 11)
        #expect(signals.last?.daysOver == 45)
        #expect(signals.last?.actor == nil)
        #expect(signals.last?.within == 30)
        #expect(risk.examples.filter(\.isPresent).map(\.line) == [22, 23])
        #expect(risk.examples.filter(\.isPresent).last?.text == "Payment is due when the Agency receives funds from the End Client.")
        #expect(risk.examples.filter { !$0.isPresent }.count == 1)
        #expect(risk.examples.allSatisfy { $0.facets.isEmpty && $0.file == Self.path })
        #expect(risk.explanation == "Why it matters, for the HTML report.")
        #expect(risk.keyLines["fix"] == 8)
    }

    @Test func theExplanationIsOptional() throws {
        let text = Self.valid.replacing("\nWhy it matters, for the HTML report.", with: "")
        #expect(try RiskParser.parse(text, path: Self.path).get().explanation == "")
    }

    /// Each malformed rule gets its own message at its own line.
    @Test(arguments: [
        ("title: Pay when paid", "titel: Pay when paid", "Clauses/risks/pay-when-paid.md:6: error: unknown key `titel`; did you mean `title`?"),
        ("severity: error", "severity: fatal", "Clauses/risks/pay-when-paid.md:5: error: unknown severity `fatal`; use one of error, warning, note"),
        ("      actor: client", "      actor: customer", "Clauses/risks/pay-when-paid.md:16: error: unknown actor `customer`; use one of provider, client"),
        ("      days_over: 45", "      days_over: many", "Clauses/risks/pay-when-paid.md:19: error: `days_over` must be a whole number from 1 to 3650, found `many`"),
        ("      within: 25", "      within: 25\n      facet: cause", "Clauses/risks/pay-when-paid.md:15: error: unknown key `facet`; known keys: actor, all, days_over, unless, within"),
        ("    - text: Payment is due", "    - facets: [cause]\n      text: Payment is due", "Clauses/risks/pay-when-paid.md:23: error: unknown key `facets`; known keys: text"),
        ("detect:\n", "detect:\n  headings: [payment]\n", "Clauses/risks/pay-when-paid.md:10: error: unknown key `headings`; known keys: signals"),
        ("id: pay-when-paid", "id: pay-if-paid", "Clauses/risks/pay-when-paid.md:2: error: risk id `pay-if-paid` does not match its file name; name the file pay-if-paid.md"),
        ("version: 1", "version: 0", "Clauses/risks/pay-when-paid.md:3: error: `version` must be a whole number from 1 to 9999, found `0`"),
        ("fix: payment.milestones\n", "", "Clauses/risks/pay-when-paid.md:2: error: missing `fix`; add `fix: …`"),
    ])
    func reportsEachProblemAtItsLine(original: String, replacement: String, expected: String) {
        let text = Self.valid.replacing(original, with: replacement, maxReplacements: 1)
        #expect(text != Self.valid)
        guard case .failure(let errors) = RiskParser.parse(text, path: Self.path) else { Issue.record("accepted: \(replacement)"); return }
        #expect(errors.all.map(\.description).contains(expected), "\(errors)")
    }

    @Test func aRuleNeedsASignal() {
        let start = Self.valid.range(of: "detect:\n")!.lowerBound
        let end = Self.valid.range(of: "examples:")!.lowerBound
        var text = Self.valid
        text.replaceSubrange(start..<end, with: "")
        guard case .failure(let errors) = RiskParser.parse(text, path: Self.path) else { Issue.record("accepted"); return }
        #expect(errors.all.map(\.description) == ["Clauses/risks/pay-when-paid.md:2: error: missing `detect`; add `detect:` with at least one signal"])
    }

    @Test func reportsEveryProblemAtOnce() {
        let text = Self.valid.replacing("severity: error", with: "severity: high").replacing("message: You", with: "mesage: You")
        guard case .failure(let errors) = RiskParser.parse(text, path: Self.path) else { Issue.record("accepted"); return }
        #expect(errors.all.map(\.description) == [
            "Clauses/risks/pay-when-paid.md:2: error: missing `message`; add `message: …`",
            "Clauses/risks/pay-when-paid.md:5: error: unknown severity `high`; use one of error, warning, note",
            "Clauses/risks/pay-when-paid.md:7: error: unknown key `mesage`; did you mean `message`?",
        ])
    }

    // MARK: References to the rest of the library, checked when the library loads

    /// The built-in library with one more layer holding `text` as `mine/risks/pay-when-paid.md`.
    private func load(_ text: String) -> [String] {
        let mine = LibraryFile(relativePath: "risks/pay-when-paid.md", displayPath: "mine/risks/pay-when-paid.md", text: text)
        return ClauseLibrary.load([BuiltinLibraryTests.files, [mine]]).diagnostics.map(\.description)
    }

    @Test func aValidRuleLoadsOnTopOfTheBuiltInLibrary() {
        let mine = LibraryFile(relativePath: "risks/pay-when-paid.md", displayPath: "mine/risks/pay-when-paid.md", text: Self.valid)
        let (library, diagnostics) = ClauseLibrary.load([BuiltinLibraryTests.files, [mine]])
        #expect(diagnostics.map(\.description) == [])
        #expect(library.risks["pay-when-paid"]?.file == "mine/risks/pay-when-paid.md")
        #expect(library.risks["pay-when-paid"]?.explanation == "Why it matters, for the HTML report.")
    }

    @Test func reportsAnUnknownKind() {
        #expect(load(Self.valid.replacing("kind: payment", with: "kind: paymnt")) == [
            "mine/risks/pay-when-paid.md:4: error: unknown kind `paymnt`; did you mean `payment`?",
        ])
    }

    @Test func reportsAnUnknownFixClause() {
        #expect(load(Self.valid.replacing("fix: payment.milestones", with: "fix: payment.milestone")) == [
            "mine/risks/pay-when-paid.md:8: error: unknown clause id `payment.milestone`; did you mean `payment.milestones`?",
        ])
    }

    @Test func reportsAFixThatIsAKindNotAClause() {
        #expect(load(Self.valid.replacing("fix: payment.milestones", with: "fix: payment")).first?.hasPrefix("mine/risks/pay-when-paid.md:8: error: unknown clause id `payment`") == true)
    }
}
