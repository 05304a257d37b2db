import BuiltinClauses
import Testing
@testable import BoundaryKit

@Suite struct LetterTemplateParserTests {
    static let valid = """
    ---
    id: decline.warm
    version: 1
    title: Declining, warm
    subject: Your request
    variables:
      dear: who the letter greets
      sign: who signs
      reason: the reason (optional)
    ---
    Hi {{dear}},

    Thank you for asking.
    {{#if reason}}

    {{reason}}
    {{/if}}

    Best wishes,
    {{sign}}
    """

    func problems(_ text: String, path: String = "Clauses/letters/decline.warm.md") -> [String] {
        switch LetterTemplateParser.parse(text, path: path) {
        case .success: []
        case .failure(let errors): errors.all.map(\.description)
        }
    }

    @Test func aValidTemplateParses() throws {
        let template = try LetterTemplateParser.parse(Self.valid, path: "Clauses/letters/decline.warm.md").get()
        #expect(template.variant == .decline && template.register == .warm)
        #expect(template.variables.map(\.name) == ["dear", "sign", "reason"])
        #expect(try template.body.render(["dear": .text("Dana"), "sign": .text("Sam"), "reason": .absent]) == "Hi Dana,\n\nThank you for asking.\n\nBest wishes,\nSam")
    }

    @Test(arguments: [
        ("subject: Your request", "subject: Your request about {{project}}", "Clauses/letters/decline.warm.md:5: error: `{{project}}` is not declared; declare `project` under `variables:` with what it is"),
        ("Thank you for asking.", "Thank you for asking, {{client_name}}.", "Clauses/letters/decline.warm.md:13: error: `{{client_name}}` is not declared; declare `client_name` under `variables:` with what it is"),
        ("Thank you for asking.", "Thank you for asking. {{#if reason}}", "Clauses/letters/decline.warm.md:13: error: `{{#if reason}}` is never closed; end it with {{/if}}"),
        ("Thank you for asking.", "Thank you {{for asking.", "Clauses/letters/decline.warm.md:13: error: `{{` with no closing `}}`; close the placeholder on the same line"),
        ("  reason: the reason (optional)", "  reason: the reason (optional)\n  invoice: the invoice number",
         "Clauses/letters/decline.warm.md:10: error: variable `invoice` is declared but never used; use {{invoice}} in the letter or remove it"),
        ("version: 1", "version: one", "Clauses/letters/decline.warm.md:3: error: `version` must be a whole number from 1 to 9999, found `one`"),
        ("title: Declining, warm", "title: Declining, warm\nregister: warm", "Clauses/letters/decline.warm.md:5: error: unknown key `register`; known keys: id, subject, title, variables, version"),
        ("id: decline.warm", "id: decline.casual", "Clauses/letters/decline.warm.md:2: error: letter id `decline.casual` does not match its file name; name the file decline.casual.md"),
        ("  sign: who signs", "  sign:", "Clauses/letters/decline.warm.md:8: error: variable `sign` needs a one-line description; write `sign: what it is`"),
    ])
    func eachProblemIsReportedAtItsLine(original: String, replacement: String, expected: String) {
        let text = Self.valid.replacingOccurrences(of: original, with: replacement)
        #expect(problems(text).contains(expected), "\(problems(text))")
    }

    @Test func anUnknownLetterOrRegisterIsNamed() {
        let text = Self.valid.replacingOccurrences(of: "id: decline.warm", with: "id: declne.casual")
        #expect(problems(text, path: "x/letters/declne.casual.md") == [
            "x/letters/declne.casual.md:2: error: unknown letter `declne`; did you mean `decline`?",
            "x/letters/declne.casual.md:2: error: unknown register `casual`; use warm or formal",
        ])
    }

    @Test func aValueTheLetterDoesNotHaveIsAnError() {
        let text = Self.valid.replacingOccurrences(of: "  reason: the reason (optional)", with: "  reason: the reason (optional)\n  invoice: the invoice")
            .replacingOccurrences(of: "Thank you for asking.", with: "Thank you for asking about {{invoice}}.")
        #expect(problems(text).contains { $0.hasPrefix("Clauses/letters/decline.warm.md:10: error: `invoice` is not a value of the decline letter") })
    }

    @Test func aFileWithoutAHeaderOrTextIsAnError() {
        #expect(problems("Hi {{dear}}") == ["Clauses/letters/decline.warm.md:1: error: the file does not start with a '---' header line; begin with '---', the header keys, then '---' and the text"])
        let empty = Self.valid.components(separatedBy: "---\n")[0] + "---\n" + Self.valid.components(separatedBy: "---\n")[1] + "---\n"
        #expect(problems(empty).contains { $0.contains("the letter has no text after its header") })
    }
}

/// The letter templates that ship with Boundary.
@Suite struct BuiltinLetterTests {
    static let files = BuiltinClauses.files.map {
        LibraryFile(relativePath: String($0.path.dropFirst("Clauses/".count)), displayPath: $0.path, text: $0.text)
    }

    @Test func everyLetterHasAWarmAndAFormalTemplateAndAllParse() {
        let (library, diagnostics) = LetterLibrary.load([Self.files])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(library.templates.count == LetterVariant.allCases.count * LetterRegister.allCases.count)
    }

    @Test func theClauseLibraryStillSkipsTheLetters() {
        let (library, diagnostics) = ClauseLibrary.load([Self.files])
        #expect(diagnostics.isEmpty)
        #expect(library.clauses.keys.allSatisfy { !$0.hasPrefix("letters") })
    }

    @Test func aUserLayerReplacesATemplateById() throws {
        let mine = LibraryFile(relativePath: "letters/decline.warm.md", displayPath: "mine/letters/decline.warm.md", text: LetterTemplateParserTests.valid)
        let (library, diagnostics) = LetterLibrary.load([Self.files, [mine]])
        #expect(diagnostics.isEmpty)
        #expect(library.template(.decline, .warm)?.file == "mine/letters/decline.warm.md")
    }

    @Test func aMissingTemplateIsReported() {
        let (_, diagnostics) = LetterLibrary.load([Self.files.filter { $0.relativePath != "letters/pause.formal.md" }])
        #expect(diagnostics.map(\.description) == ["letters/pause.formal.md: error: the letter template is missing; every letter needs a warm and a formal template"])
    }
}
