import BoundaryKit
import BuiltinClauses

/// The built-in tone rules, loaded once for the tests.
enum BuiltinTone {
    static let loaded = ToneRuleSet.load([BuiltinClauses.files.map {
        LibraryFile(relativePath: String($0.path.dropFirst("Clauses/".count)), displayPath: $0.path, text: $0.text)
    }])

    static var rules: ToneRuleSet { loaded.rules }

    static let checker = try! ToneChecker(rules: rules.rules)

    /// The findings of `text`, with `>` lines as quotations, checked with every rule.
    static func findings(_ text: String, maxWords: Int? = nil) -> [Finding] {
        let checker = maxWords.map { try! ToneChecker(rules: rules.rules, maxWords: $0) } ?? Self.checker
        return checker.findings(in: ExtractedText(text: text), quotedLines: QuotedLines.marked(in: text))
    }
}
