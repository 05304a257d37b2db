import BoundaryCLI
import Foundation
import Testing

@Suite struct ToneCommandTests {
    static let letters = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Fixtures/tone/letters").path

    static let angry = """
        Mark,

        Thank you for the project, but you failed to pay invoice INV-7 on time.
        You need to pay by Friday.
        """

    static let polite = "Thank you for your message.\nI will send the final files by Friday.\n\nKind regards,\nJo\n"

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func textNamesEachProblemWithItsLineAndASuggestedRewrite() {
        let result = boundary(["tone", "-"], stdin: Self.angry)
        #expect(result.status == 1)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "<stdin>")
        #expect(lines.contains { $0.hasPrefix("<stdin>:3:28: warning: A \"but\" or \"however\" cancels") && $0.hasSuffix("[tone.but]") })
        #expect(lines.contains("  suggestion: Let both parts stand, without the word that cancels the first: \"Thank you for the project. You failed to pay invoice INV-7 on time.\""))
        #expect(lines.contains { $0.hasPrefix("<stdin>:3:32: error: Blame") })
        #expect(lines.contains("  suggestion: Say it about yourself: \"I need you to pay by Friday.\""))
        #expect(lines.last == "1 error, 2 warnings, 0 notes in 1 document")
        #expect(!result.out.contains("kind") && !result.out.contains("\u{1B}"))
    }

    @Test func aPoliteLetterIsCleanAndExitsZero() {
        let result = boundary(["tone", "-"], stdin: Self.polite)
        #expect(result.status == 0, "\(result.out)")
        #expect(result.out == "<stdin>\nno findings\n\n0 errors, 0 warnings, 0 notes in 1 document\n")
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let result = boundary(["tone", "-", "--format", "json"], stdin: Self.angry)
        let root = try json(result.out)
        #expect(Set(root.keys) == ["documents", "summary"])
        let document = try #require((root["documents"] as? [[String: Any]])?.first)
        #expect(Set(document.keys) == ["path", "findings"])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == 3)
        for finding in findings {
            #expect(Set(finding.keys) == ["rule", "kind", "severity", "message", "line", "column", "fix", "sentence", "suggestion"])
        }
        let but = try #require(findings.first { $0["rule"] as? String == "tone.but" })
        #expect(but["line"] as? Int == 3 && but["column"] as? Int == 28)
        #expect(but["sentence"] as? String == "Thank you for the project, but you failed to pay invoice INV-7 on time.")
        #expect((but["suggestion"] as? String)?.contains("Thank you for the project. You failed to pay") == true)
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary == ["documents": 1, "errors": 1, "warnings": 2, "notes": 0])
    }

    @Test func sarifParsesAndHasTheRules() throws {
        let result = boundary(["tone", "-", "--format", "sarif"], stdin: Self.angry)
        let root = try json(result.out)
        #expect(root["version"] as? String == "2.1.0")
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["tone.blame", "tone.but", "tone.you-statement"])
        #expect((rules.first?["shortDescription"] as? [String: Any])?["text"] as? String == "Blame and accusation")
        let results = try #require(run["results"] as? [[String: Any]])
        let but = try #require(results.first { $0["ruleId"] as? String == "tone.but" })
        #expect(((but["message"] as? [String: Any])?["text"] as? String)?.contains(" Suggestion: Let both parts stand") == true)
        #expect(((but["properties"] as? [String: Any])?["suggestion"] as? String)?.hasPrefix("Let both parts stand") == true)
    }

    @Test func htmlIsOnePageWithTheSuggestions() {
        let result = boundary(["tone", "-", "--format", "html"], stdin: Self.angry)
        #expect(result.out.hasPrefix("<!DOCTYPE html>"))
        #expect(result.out.contains("<title>Tone check: &lt;stdin&gt;</title>"))
        #expect(result.out.contains("<h3>Letter text</h3>"))
        #expect(result.out.contains("<p class=\"suggestion\"><span class=\"label\">Instead:</span> Say it about yourself: &quot;I need you to pay by Friday.&quot;</p>"))
        #expect(!result.out.contains("Contract"))
    }

    @Test func exitCodesFollowFailOn() {
        let hedged = "Thank you for the files. Sorry, I just need the logo. Please confirm."
        #expect(boundary(["tone", "-"], stdin: hedged).status == 0, "a note does not fail by default")
        #expect(boundary(["tone", "-", "--fail-on", "note"], stdin: hedged).status == 1)
        #expect(boundary(["tone", "-", "--fail-on", "error"], stdin: "Thank you. But please confirm.").status == 0)
        #expect(boundary(["tone", "-"], stdin: "Thank you. But please confirm.").status == 1)
        #expect(boundary(["tone", "-", "--fail-on", "loud"], stdin: hedged).status == 2)
    }

    @Test func ignoreLeavesARuleOut() {
        let result = boundary(["tone", "-", "--ignore", "but", "--ignore", "tone.blame", "--format", "json"], stdin: Self.angry)
        #expect(!result.out.contains("tone.but") && !result.out.contains("tone.blame") && result.out.contains("tone.you-statement"))
        let typo = boundary(["tone", "-", "--ignore", "blaim"], stdin: Self.angry)
        #expect(typo.status == 2)
        #expect(typo.err.contains("no tone rule `blaim`; did you mean `blame`?"), "\(typo.err)")
    }

    @Test func maxWordsSetsTheLength() {
        let result = boundary(["tone", "-", "--max-words", "10"], stdin: Self.polite)
        #expect(result.status == 1)
        #expect(result.out.contains("<stdin>:1:1: warning: The letter has 16 words of your own, more than 10,"))
        #expect(boundary(["tone", "-", "--max-words", "16"], stdin: Self.polite).status == 0)
        for bad in ["0", "-3", "ten", "1.5"] {
            let refused = boundary(["tone", "-", "--max-words=\(bad)"], stdin: Self.polite)
            #expect(refused.status == 2 && refused.err.contains("--max-words must be a whole number"), "\(bad)")
        }
    }

    @Test func listRules() {
        let result = boundary(["tone", "--list-rules"])
        #expect(result.status == 0)
        for id in ["blame", "but", "hedging", "no-next-step", "no-thanks", "opinion-as-fact", "shouting", "threat", "too-long", "you-statement"] {
            #expect(result.out.contains("tone.\(id) "), "\(id)")
        }
        #expect(result.out.contains("more than 250") && !result.out.contains("{{"))
    }

    @Test func readsFilesOfEveryFormat() throws {
        let files = ["good-ending-warm.md", "good-decline-warm.txt", "good-html-scope.html", "good-quoted-reply.eml"].map { Self.letters + "/" + $0 }
        let result = boundary(["tone", "--format", "json"] + files)
        #expect(result.status == 0, "\(result.out)\(result.err)")
        #expect((try json(result.out)["documents"] as? [[String: Any]])?.count == 4)
        let eml = boundary(["tone", Self.letters + "/angry-first-draft.eml"])
        #expect(eml.out.contains("angry-first-draft.eml:3:10: warning: Capitals"), "the Subject line, at its place in the file")
        #expect(eml.out.contains("angry-first-draft.eml:14:31: warning: A \"but\""))
    }

    @Test func aDirectoryIsSearchedForLetters() throws {
        let result = boundary(["tone", "--format", "json", Self.letters])
        let documents = try #require(try json(result.out)["documents"] as? [[String: Any]])
        #expect(documents.count == (try FileManager.default.contentsOfDirectory(atPath: Self.letters)).count)
        #expect(result.status == 1)
    }

    @Test func standardInputMayBeAnEmail() {
        let message = "From: jo@example.com\nSubject: Thanks\nContent-Transfer-Encoding: quoted-printable\n\nI will send the files on Friday, but=\n not before.\n"
        let result = boundary(["tone", "-"], stdin: message)
        #expect(result.out.contains("<stdin>:5:34: warning: A \"but\""), "\(result.out)")
    }

    @Test func badInputsGetOneClearLineAndExitTwo() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("empty.txt", "")
        try folder.write("binary.txt", [0x61, 0x00, 0x62])
        try folder.write("latin1.txt", [0x63, 0x61, 0x66, 0xE9])
        try folder.write("latin1.eml", Array("Subject: x\nContent-Type: text/plain; charset=iso-8859-1\n\nCaf".utf8) + [0xE9])
        try folder.write("nobody.eml", "Dear Sam,\nno headers\n")
        try folder.write("good.txt", Self.polite)
        let cases: [(String, String)] = [
            ("empty.txt", "'empty.txt' is empty"),
            ("binary.txt", "'binary.txt' is not a text file"),
            ("latin1.txt", "'latin1.txt' is not valid UTF-8"),
            ("latin1.eml", "'latin1.eml' is not valid UTF-8"),
            ("nobody.eml", "cannot read the e-mail 'nobody.eml': it does not start with mail headers"),
            ("missing.txt", "no such file 'missing.txt'"),
        ]
        for (file, message) in cases {
            let result = boundary(["tone", file], in: folder.path)
            #expect(result.status == 2, "\(file)")
            #expect(result.err.hasPrefix("boundary: error: \(message)"), "\(file): \(result.err)")
            #expect(result.err.split(separator: "\n").count <= 2, "\(file): \(result.err)")
        }
        let several = boundary(["tone", "good.txt", "missing.txt"], in: folder.path)
        #expect(several.status == 2 && several.out.contains("good.txt\nno findings"))
        #expect(boundary(["tone"]).status == 2)
        #expect(boundary(["tone", "-", "--format", "yaml"], stdin: "x").status == 2)
        #expect(boundary(["tone", "-"], stdin: "").status == 2)
    }

    @Test func writesTheReportToAFileOnlyWithForceOverAnExistingOne() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("letter.txt", Self.angry)
        #expect(boundary(["tone", "letter.txt", "-o", "report.html", "--format", "html"], in: folder.path).status == 1)
        #expect(folder.read("report.html")?.hasPrefix("<!DOCTYPE html>") == true)
        let again = boundary(["tone", "letter.txt", "-o", "report.html"], in: folder.path)
        #expect(again.status == 2 && again.err.contains("already exists"))
        #expect(boundary(["tone", "letter.txt", "-o", "report.html", "--force"], in: folder.path).status == 1)
        #expect(folder.read("report.html")?.hasPrefix("letter.txt\n") == true)
        #expect(boundary(["tone", "letter.txt", "-o", "letter.txt", "--force"], in: folder.path).status == 2, "never over the input")
        #expect(folder.read("letter.txt") == Self.angry)
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
        let coloured = boundary(["tone", "-"], stdin: Self.angry, terminal: [.stdout], environment: [:])
        #expect(coloured.out.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(!boundary(["tone", "-"], stdin: Self.angry, terminal: [.stdout], environment: ["NO_COLOR": "1"]).out.contains("\u{1B}"))
        #expect(!boundary(["tone", "-"], stdin: Self.angry, terminal: [], environment: [:]).out.contains("\u{1B}"))
    }

    @Test func helpIsTheSameEveryWay() {
        let help = boundary(["tone", "--help"])
        #expect(help.status == 0 && help.out.contains("--max-words"))
        #expect(boundary(["help", "tone"]).out == help.out)
        #expect(boundary(["tone", "-h"]).out == help.out)
    }

    @Test func aRuleOfYourOwnIsLaidOverTheBuiltInOnes() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("mine/tone"), withIntermediateDirectories: true)
        try folder.write("mine/tone/jargon.md", """
            ---
            id: jargon
            version: 1
            severity: note
            title: Jargon
            message: Jargon makes the reader work.
            detect:
              signals:
                - all:
                    - [synergy, circle back]
            fallback: Say it in plain words.
            examples:
              present:
                - Let us circle back on the synergy.
              absent:
                - Let us talk again on Monday.
            ---
            """)
        let result = boundary(["tone", "-", "--clauses", "mine", "--fail-on", "note"], stdin: "Thank you. Let us circle back next week. Please confirm.", in: folder.path)
        #expect(result.status == 1 && result.out.contains("[tone.jargon]"), "\(result.out)\(result.err)")
        try folder.write("mine/tone/broken.md", "---\nid: broken\n---\n")
        let broken = boundary(["tone", "-", "--clauses", "mine"], stdin: "x", in: folder.path)
        #expect(broken.status == 2 && broken.err.contains("mine/tone/broken.md:"))
    }
}
