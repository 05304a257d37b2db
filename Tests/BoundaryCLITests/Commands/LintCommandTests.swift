import BoundaryCLI
import Foundation
import Testing

@Suite struct LintCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Fixtures/lint").path
    static let hasPdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"].contains { FileManager.default.isExecutableFile(atPath: $0) }

    static let contract = """
        SERVICES AGREEMENT

        This Agreement is between Acme Corp. ("Company") and Jane Doe ("Consultant").

        1. Services. Consultant shall design a website as described in Exhibit A.

        2. Termination. Either party may terminate this Agreement for any reason upon thirty (30) days' written notice.

        3. Governing Law. This Agreement is governed by the laws of the State of Delaware.
        """

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func reportsEveryKindAndExitsOneOnErrors() throws {
        let result = boundary(["lint", "-", "--format", "json"], stdin: Self.contract)
        #expect(result.status == 1)
        let document = try #require((try json(result.out)["documents"] as? [[String: Any]])?.first)
        let clauses = try #require(document["clauses"] as? [[String: Any]])
        #expect(clauses.count == 21)
        let termination = try #require(clauses.first { $0["kind"] as? String == "termination" })
        #expect(termination["status"] as? String == "present")
        #expect(termination["facets"] as? [String] == ["convenience"])
        let evidence = try #require((termination["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["line"] as? Int == 7)
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "missing.substitution" && $0["severity"] as? String == "error" })
        #expect(!findings.contains { $0["rule"] as? String == "missing.termination" })
    }

    @Test func aRightHeldOnlyByTheClientIsPartial() throws {
        let oneSided = Self.contract.replacingOccurrences(of: "Either party may terminate", with: "The Company may terminate")
        let result = boundary(["lint", "-", "--format", "json"], stdin: oneSided)
        let document = try #require((try json(result.out)["documents"] as? [[String: Any]])?.first)
        let termination = try #require((document["clauses"] as? [[String: Any]])?.first { $0["kind"] as? String == "termination" })
        #expect(termination["status"] as? String == "partial")
        #expect((document["findings"] as? [[String: Any]])?.contains { $0["rule"] as? String == "partial.termination" } == true)
    }

    @Test func policyFlagsChangeTheOutcome() throws {
        let required = ["scope", "extra-work", "payment", "late-payment", "refund", "substitution", "no-guarantee", "liability-cap", "ip-transfer"]
        let result = boundary(["lint", "-", "--format", "json"] + required.flatMap { ["--ignore", $0] }, stdin: Self.contract)
        #expect(result.status == 0, "\(result.out)")
        let warning = boundary(["lint", "-", "--format", "json", "--severity", "missing.substitution=warning"] + required.filter { $0 != "substitution" }.flatMap { ["--ignore", $0] }, stdin: Self.contract)
        #expect(warning.status == 0)
        #expect(boundary(["lint", "-", "--fail-on", "warning", "--severity", "missing.substitution=warning"] + required.filter { $0 != "substitution" }.flatMap { ["--ignore", $0] }, stdin: Self.contract).status == 1)
        let typo = boundary(["lint", "-", "--ignore", "substitutoin"], stdin: Self.contract)
        #expect(typo.status == 2 && typo.err.contains("did you mean `substitution`?"))
    }

    @Test func readsDocxAndHTMLAndDirectories() throws {
        let result = boundary(["lint", "--format", "json", Self.fixtures + "/services-agreement.docx", Self.fixtures + "/services-agreement.html"])
        #expect(result.status != 2, "\(result.err)")
        #expect((try json(result.out)["documents"] as? [[String: Any]])?.count == 2)
    }

    @Test(.enabled(if: hasPdftotext, "pdftotext is not installed"))
    func readsPDFThroughPdftotextAndRefusesAnEncryptedOne() throws {
        let result = boundary(["lint", "--format", "json", Self.fixtures + "/short-agreement.pdf"])
        let document = try #require((try json(result.out)["documents"] as? [[String: Any]])?.first)
        #expect((document["clauses"] as? [[String: Any]])?.contains { $0["kind"] as? String == "governing-law" && $0["status"] as? String == "present" } == true)
        let encrypted = boundary(["lint", Self.fixtures + "/short-agreement-encrypted.pdf"])
        #expect(encrypted.status == 2)
        #expect(encrypted.err.contains("the PDF is encrypted"))
    }

    @Test func badInputsGetOneClearLineAndExitTwo() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("empty.txt", "")
        try folder.write("binary.txt", [0x61, 0x00, 0x62])
        try folder.write("latin1.txt", [0x63, 0x61, 0x66, 0xE9])
        try folder.write("fake.docx", "not a zip")
        FileManager.default.createFile(atPath: folder.file("huge.txt"), contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: folder.file("huge.txt")))
        try handle.truncate(atOffset: 200 << 20)  // sparse: 200 MB without writing them
        try handle.close()
        let cases: [(String, String)] = [
            ("empty.txt", "'empty.txt' is empty"),
            ("binary.txt", "'binary.txt' is not a text file"),
            ("latin1.txt", "'latin1.txt' is not valid UTF-8"),
            ("fake.docx", "'fake.docx': the file is not a .docx"),
            ("huge.txt", "'huge.txt' is too large (200 MB; the limit is 32 MB)"),
            ("missing.txt", "no such file 'missing.txt'"),
        ]
        for (file, message) in cases {
            let result = boundary(["lint", file], in: folder.path)
            #expect(result.status == 2, "\(file)")
            #expect(result.err.hasPrefix("boundary: error: \(message)"), "\(file): \(result.err)")
        }
        #expect(boundary(["lint", "-", "--format", "yaml"], stdin: "x").status == 2)
    }

    @Test func aMissingFileAmongSeveralStillLintsTheOthers() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("good.txt", Self.contract)
        let result = boundary(["lint", "good.txt", "missing.txt", "--format", "json"], in: folder.path)
        #expect(result.status == 2)
        #expect((try json(result.out)["documents"] as? [[String: Any]])?.count == 1)
        #expect(result.err.contains("no such file 'missing.txt'"))
    }

    @Test func writesAnAddendumForTheMissingClausesAndLeavesTheContractAlone() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("contract.txt", Self.contract)
        let result = boundary(["lint", "contract.txt", "--addendum", "addendum.md", "--set", "provider.name=Jane Doe", "--set", "client.name=Acme Corp."], in: folder.path)
        #expect(result.status == 1)
        let addendum = try #require(folder.read("addendum.md"))
        #expect(addendum.hasPrefix("# Addendum to contract.txt\n"))
        #expect(addendum.contains("## ") && addendum.contains("If the provider cannot continue"))
        #expect(addendum.contains("Jane Doe") && !addendum.contains("{{"))
        #expect(addendum.contains("**[ hourly rate ]**"), "a value not given is a marked blank")
        #expect(folder.read("contract.txt") == Self.contract)
        #expect(boundary(["lint", "contract.txt", "--addendum", "addendum.md"], in: folder.path).status == 2, "overwrote without --force")
    }
}
