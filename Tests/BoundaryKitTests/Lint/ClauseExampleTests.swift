import BoundaryKit
import Testing

/// Every example in every clause file runs through the detector, as SwiftLint runs its rules'
/// triggering and non-triggering examples: a clause file teaches the linter, and proves it.
@Suite struct ClauseExampleTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var clause: String, kind: String, example: ClauseExample
        var testDescription: String { "\(example.file):\(example.line) (\(example.isPresent ? "present" : "absent"))" }
    }

    static let detector = try! Detector(library: BuiltinLibrary.library)
    static let examples: [Example] = BuiltinLibrary.library.orderedClauses.flatMap { clause in
        clause.examples.map { Example(clause: clause.id, kind: clause.kind, example: $0) }
    }

    @Test func everyClauseHasExamplesBothWays() {
        for clause in BuiltinLibrary.library.orderedClauses {
            #expect(clause.examples.contains(where: \.isPresent) && clause.examples.contains { !$0.isPresent }, "\(clause.id)")
        }
    }

    @Test(arguments: examples)
    func theDetectorAgreesWithTheExample(_ item: Example) {
        let hits = Self.detector.hits(in: TextModel(item.example.text)).filter { $0.kind == item.kind && $0.risk == nil }
        if item.example.isPresent {
            #expect(!hits.isEmpty, "\(item.kind) not found in: \(item.example.text)")
            #expect(Set(hits.compactMap(\.facet)) == Set(item.example.facets), "facets of: \(item.example.text)")
        } else {
            #expect(hits.isEmpty, "\(item.kind) found in a near miss: \(item.example.text)")
        }
    }
}

/// Every risk rule's examples: the term is found in each `present` text and in no near miss.
@Suite struct RiskExampleTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var risk: String, example: ClauseExample
        var testDescription: String { "\(example.file):\(example.line) (\(example.isPresent ? "present" : "absent"))" }
    }

    static let examples: [Example] = BuiltinLibrary.library.risks.values.sorted { $0.id < $1.id }.flatMap { rule in
        rule.examples.map { Example(risk: rule.id, example: $0) }
    }

    @Test func thereAreAtLeastFourteenRulesWithExamplesBothWays() {
        let rules = BuiltinLibrary.library.risks.values
        #expect(rules.count >= 14)
        for rule in rules {
            #expect(rule.examples.filter(\.isPresent).count >= 3 && rule.examples.filter { !$0.isPresent }.count >= 3, "\(rule.id)")
        }
    }

    @Test(arguments: examples)
    func theDetectorAgreesWithTheExample(_ item: Example) {
        let hits = ClauseExampleTests.detector.hits(in: TextModel(item.example.text)).filter { $0.risk == item.risk }
        #expect(hits.isEmpty != item.example.isPresent, "\(item.risk): \(item.example.text)")
    }
}
