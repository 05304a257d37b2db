import BoundaryKit
import Testing

/// Every tone rule's examples, run as tests: a `present` text must trigger the rule, and no other
/// rule that looks at sentences (the letter-level rules — no thanks, no next step, length — are
/// left out for another rule's examples, which are single sentences, not letters); an `absent`
/// text must not trigger the rule.
@Suite struct ToneExampleTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var rule: String
        var example: ToneExample
        var testDescription: String { "\(example.file):\(example.line) (\(example.isPresent ? "present" : "absent"))" }
    }

    static let examples: [Example] = BuiltinTone.rules.rules.flatMap { rule in rule.examples.map { Example(rule: rule.id, example: $0) } }

    @Test func everyRuleLoadsWithExamplesBothWays() {
        #expect(BuiltinTone.loaded.diagnostics.map(\.description) == [])
        let ids = BuiltinTone.rules.rules.map(\.id)
        #expect(ids == ["blame", "but", "hedging", "no-next-step", "no-thanks", "opinion-as-fact", "shouting", "threat", "too-long", "you-statement"])
        for rule in BuiltinTone.rules.rules {
            #expect(rule.examples.contains { $0.isPresent }, "\(rule.id)")
            #expect(rule.examples.contains { !$0.isPresent }, "\(rule.id)")
            #expect(rule.file == "Clauses/tone/\(rule.id).md")
            #expect(!rule.explanation.isEmpty, "\(rule.id) has no explanation")
            #expect(rule.message.hasSuffix("."), "\(rule.id)")
        }
    }

    @Test(arguments: examples)
    func example(_ item: Example) throws {
        let rule = try #require(BuiltinTone.rules[item.rule])
        let findings = BuiltinTone.findings(item.example.text, maxWords: item.example.maxWords)
        let letterLevel = Set(BuiltinTone.rules.rules.filter(\.isDocumentLevel).map(\.rule)).subtracting([rule.rule])
        let rules = Set(findings.map(\.rule)).subtracting(letterLevel)
        if item.example.isPresent {
            #expect(rules == [rule.rule], "\(item.example.text)")
            if !rule.isDocumentLevel {
                #expect(findings.filter { $0.rule == rule.rule }.allSatisfy { $0.range != nil && $0.suggestion != nil })
            }
        } else {
            #expect(!rules.contains(rule.rule), "\(item.example.text): \(findings.filter { $0.rule == rule.rule }.map(\.message))")
        }
    }
}
