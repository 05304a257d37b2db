import Testing
@testable import BoundaryKit

/// The risk rules in `Clauses/risks/` load cleanly, cover the terms `boundary lint` must flag, and
/// each carries enough examples both ways.
@Suite struct BuiltinRiskTests {
    static let library = BuiltinLibraryTests.loaded.library

    @Test func hasEveryRequiredRule() {
        let required: Set = [
            "revisions-unlimited", "guaranteed-results", "payment-on-approval", "pay-when-paid", "payment-terms-over-45-days",
            "unlimited-liability", "broad-indemnity", "ownership-before-payment", "termination-without-payment",
            "always-available", "penalties", "non-compete", "automatic-renewal", "unilateral-changes",
        ]
        #expect(required.subtracting(Self.library.risks.keys).sorted() == [])
        #expect(Self.library.risks.count >= 14)
    }

    @Test func loadsWithoutDiagnostics() {
        #expect(BuiltinLibraryTests.loaded.diagnostics.map(\.description) == [])
    }

    @Test(arguments: BuiltinLibraryTests.loaded.library.orderedRisks.map(\.id))
    func ruleIsComplete(id: String) throws {
        let risk = try #require(Self.library.risks[id])
        #expect(risk.version == 1)
        #expect(risk.file == "Clauses/risks/\(risk.id).md")
        #expect(Self.library.kind(risk.kind) != nil)
        #expect(Self.library.clauses[risk.fix] != nil)
        #expect(!risk.detection.signals.isEmpty)
        #expect(risk.examples.filter(\.isPresent).count >= 3, "\(risk.id): fewer than 3 present examples")
        #expect(risk.examples.filter { !$0.isPresent }.count >= 3, "\(risk.id): fewer than 3 absent examples")
        #expect(!risk.explanation.isEmpty, "\(risk.id) has no explanation")
        // One plain sentence: a capital first, one full stop at the end, none before it.
        #expect(risk.message.first?.isUppercase == true, "\(risk.id)")
        #expect(risk.message.hasSuffix("."), "\(risk.id)")
        #expect(!risk.message.dropLast().contains(". "), "\(risk.id): more than one sentence")
        for example in risk.examples {
            #expect(example.text.count >= 20, "\(risk.id):\(example.line) is too short to be a realistic example")
        }
        let texts = risk.examples.map(\.text)
        #expect(Set(texts).count == texts.count, "\(risk.id) repeats an example")
    }

    /// Every phrase of every risk signal compiles into the lint matcher (whether the examples are
    /// found is the detector's test, with `actor` and `days_over`).
    @Test func everySignalCompiles() throws {
        let signals = Self.library.orderedRisks.flatMap(\.detection.signals)
        let matcher = try Matcher(rules: signals.map(Matcher.Rule.init))
        #expect(matcher.rules.count == signals.count)
    }

    /// Severity follows how much a term hurts the provider: money and ownership are errors.
    @Test func severities() {
        let errors = Self.library.orderedRisks.filter { $0.severity == .error }.map(\.id)
        #expect(errors.contains("pay-when-paid"))
        #expect(errors.contains("unlimited-liability"))
        #expect(errors.contains("ownership-before-payment"))
        #expect(Self.library.risks["automatic-renewal"]?.severity == .note)
    }

    /// The conventions a lint matcher relies on: actors are named, and payment terms use `days_over`.
    @Test func signalConventions() {
        let signals = Self.library.orderedRisks.flatMap(\.detection.signals)
        #expect(signals.allSatisfy { $0.actor == nil || Detection.Signal.actors.contains($0.actor!) })
        #expect(signals.allSatisfy { $0.facet == nil })
        #expect(Self.library.risks["payment-terms-over-45-days"]?.detection.signals.contains { $0.daysOver == 45 } == true)
    }
}
