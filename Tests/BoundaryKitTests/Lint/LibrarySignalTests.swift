import BuiltinClauses
import Testing
@testable import BoundaryKit

/// The phrase signals of the built-in clause library, compiled into one matcher. Each signal must
/// compile; and where a clause's example shows the clause, some signal of its kind should find it
/// (reported, not enforced: detection quality belongs to the detector and its labelled corpus).
@Suite struct LibrarySignalTests {
    static let library: ClauseLibrary = {
        let files = BuiltinClauses.files.map {
            LibraryFile(relativePath: String($0.path.dropFirst("Clauses/".count)), displayPath: $0.path, text: $0.text)
        }
        return ClauseLibrary.load([files]).library
    }()

    @Test func everySignalCompiles() throws {
        let signals = Self.library.orderedClauses.flatMap(\.detection.signals)
        let matcher = try Matcher(rules: signals.map(Matcher.Rule.init))
        #expect(matcher.rules.count == signals.count)
    }

    @Test func signalsFindTheirOwnExamples() throws {
        let clauses = Self.library.orderedClauses
        let rules = clauses.flatMap { clause in clause.detection.signals.map { (clause.kind, Matcher.Rule($0)) } }
        guard !rules.isEmpty else { return }
        let matcher = try Matcher(rules: rules.map(\.1))
        var found = 0, total = 0, nearMisses = 0, matchedNearMisses = 0
        for clause in clauses {
            for example in clause.examples {
                let model = TextModel(example.text)
                let kinds = Set(matcher.matches(in: model, scope: .text).map { rules[$0.rule].0 })
                if example.isPresent {
                    total += 1
                    if kinds.contains(clause.kind) { found += 1 }
                } else {
                    nearMisses += 1
                    if kinds.contains(clause.kind) { matchedNearMisses += 1 }
                }
            }
        }
        print("library signals find \(found) of \(total) present examples of their kind, and \(matchedNearMisses) of \(nearMisses) near misses (before negation and facet checks)")
        #expect(found <= total)
    }
}
