import BoundaryKit
import Testing

/// The tone rule reader is strict: every problem is reported at its `file:line`, and a key that
/// does not belong to the rule's check is an error.
@Suite struct ToneParserTests {
    static let valid = """
        ---
        id: sample
        version: 1
        severity: warning
        title: A sample
        message: A sample rule matters.
        check: phrases
        detect:
          signals:
            - all:
                - [you must]
        rewrite: replace
        replace:
          - [you must, I need you to]
        suggestion: "Try: {{rewrite}}"
        fallback: Say what you need.
        examples:
          present:
            - You must pay today.
          absent:
            - I need the payment today.
        ---
        Why it matters.
        """

    func errors(_ text: String) -> [String] {
        switch ToneParser.parse(text, path: "tone/sample.md") {
        case .success: []
        case .failure(let diagnostics): diagnostics.all.map(\.description)
        }
    }

    @Test func readsAValidRule() throws {
        let rule = try ToneParser.parse(Self.valid, path: "tone/sample.md").get()
        #expect(rule.id == "sample" && rule.rule == "tone.sample")
        #expect(rule.check == .phrases && rule.rewrite == .replace && rule.severity == .warning)
        #expect(rule.replacements.map(\.from) == ["you must"] && rule.replacements.map(\.to) == ["I need you to"])
        #expect(rule.examples.count == 2 && rule.examples[0].line == 19)
        #expect(rule.explanation == "Why it matters.")
    }

    @Test func reportsEachProblemAtItsLine() {
        let text = Self.valid
            .replacingOccurrences(of: "severity: warning", with: "severity: loud")
            .replacingOccurrences(of: "check: phrases", with: "check: phrase")
            .replacingOccurrences(of: "fallback: Say what you need.", with: "fallback: Say what you need.\nper_letter: 3\ncolour: red")
        let found = errors(text)
        #expect(found.contains("tone/sample.md:4: error: unknown severity `loud`; use one of error, warning, note"))
        #expect(found.contains("tone/sample.md:7: error: unknown check `phrase`; use one of phrases, absence, shouting, hedging, length"))
        #expect(found.contains { $0.hasPrefix("tone/sample.md:18: error: unknown key `colour`") })
        #expect(found.count == 3, "\(found)")
    }

    @Test func keysMustFitTheCheck() {
        let text = Self.valid.replacingOccurrences(of: "fallback: Say what you need.", with: "fallback: Say what you need.\nmax_words: 100")
        #expect(errors(text) == ["tone/sample.md:17: error: `max_words` does not apply to `check: phrases`; remove it, or use a check that reads it"])
    }

    @Test func placeholdersAreChecked() {
        let noRewrite = Self.valid.replacingOccurrences(of: "suggestion: \"Try: {{rewrite}}\"", with: "suggestion: \"Try: {{sentence}}\"")
        #expect(errors(noRewrite) == [
            "tone/sample.md:15: error: `{{sentence}}` is not known in `suggestion`; use {{rewrite}}",
            "tone/sample.md:15: error: the suggestion must show the rewrite; put {{rewrite}} in it",
        ])
        let message = Self.valid.replacingOccurrences(of: "message: A sample rule matters.", with: "message: A sample of {{count}} words.")
        #expect(errors(message) == ["tone/sample.md:6: error: `{{count}}` is not known in `message` of a `phrases` rule; write the text out"])
    }

    @Test func theIDMatchesTheFileAndExamplesAreRequired() {
        #expect(errors(Self.valid.replacingOccurrences(of: "id: sample", with: "id: other"))
            == ["tone/sample.md:2: error: tone rule id `other` does not match its file name; name the file other.md"])
        let noExamples = Self.valid.replacingOccurrences(of: "      - I need the payment today.\n", with: "")
            .replacingOccurrences(of: "  absent:\n", with: "")
        #expect(errors(noExamples).count == 1)
        #expect(errors(noExamples).first?.contains("a tone rule needs examples") == true)
    }

    @Test func replacementsArePairs() {
        let text = Self.valid.replacingOccurrences(of: "  - [you must, I need you to]", with: "  - [you must]")
        #expect(errors(text).contains("tone/sample.md:14: error: each item of `replace` is a pair `[phrase, replacement]`; write `- [you must, I need you to]`; an empty replacement is \"\""))
    }

    @Test func anUnclosedHeaderIsOneError() {
        #expect(errors("---\nid: x\n") == ["tone/sample.md:1: error: the header opened here is never closed; end the header with a line '---'"])
    }

    @Test func aUserLayerReplacesABuiltInRule() throws {
        let builtin = LibraryFile(relativePath: "tone/sample.md", displayPath: "Clauses/tone/sample.md", text: Self.valid)
        let mine = LibraryFile(relativePath: "tone/sample.md", displayPath: "mine/tone/sample.md", text: Self.valid.replacingOccurrences(of: "severity: warning", with: "severity: error"))
        let other = LibraryFile(relativePath: "scope/x.md", displayPath: "mine/scope/x.md", text: "not a tone rule")
        let (set, diagnostics) = ToneRuleSet.load([[builtin], [mine, other]])
        #expect(diagnostics.isEmpty)
        #expect(set.rules.count == 1 && set["sample"]?.severity == .error)
        #expect(set.rule(named: "tone.sample")?.id == "sample" && set.rule(named: "sample")?.id == "sample")
    }
}
