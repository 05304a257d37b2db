import BoundaryCLI
import Foundation
import Testing

@Suite struct ClausesCommandTests {
    struct Listed: Decodable { var id: String; var version: Int; var kind: String; var title: String }

    @Test func listsEveryClauseAsJSON() throws {
        let result = boundary(["clauses", "list", "--format", "json"])
        #expect(result.status == 0)
        let clauses = try JSONDecoder().decode([Listed].self, from: Data(result.out.utf8))
        #expect(clauses.count >= 25)
        #expect(Set(clauses.map(\.id)).count == clauses.count)
        #expect(clauses.first?.kind == "scope")
        #expect(clauses.contains { $0.id == "substitution.substitute-or-refund" && $0.version >= 1 })
    }

    @Test func listsOneKindAsText() {
        let result = boundary(["clauses", "list", "--kind", "termination"])
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.contains { $0.hasPrefix("termination.on-notice *") })
        #expect(lines.contains { $0.hasPrefix("termination.for-cause ") })
        #expect(boundary(["clauses", "list", "--kind", "terminaton"]).err.contains("did you mean `termination`?"))
    }

    @Test func showsAClauseWithItsVariables() {
        let result = boundary(["clauses", "show", "termination.on-notice"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("termination.on-notice@1  "))
        #expect(result.out.contains("notice_days"))
        #expect(result.out.contains("default 14"))
        #expect(result.out.contains("{{notice_days}}"))
        let unknown = boundary(["clauses", "show", "termination.on-notise"])
        #expect(unknown.status == 2)
        #expect(unknown.err.contains("did you mean `termination.on-notice`?"))
    }

    @Test func checksTheBuiltInLibrary() {
        let result = boundary(["clauses", "check"])
        #expect(result.status == 0)
        #expect(result.out == "")
        #expect(result.err.hasPrefix("ok: 21 kinds, "))
    }

    @Test func checkReportsEveryProblemOfAUsersLibraryAtItsLine() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("mine/termination"), withIntermediateDirectories: true)
        try folder.write("mine/termination/gentle.md", """
            ---
            id: termination.gentle
            version: 1
            kind: termination
            title: Gentle ending
            summery: Either side may end it kindly.
            ---
            Either side may end this agreement on {{notice_dayz}} days' notice.
            """)
        let result = boundary(["clauses", "check", "mine"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.out.contains("mine/termination/gentle.md:6: error: unknown key `summery`; did you mean `summary`?"))
        #expect(result.out.contains("mine/termination/gentle.md:8: error: `{{notice_dayz}}` is not declared"))
    }

    @Test func aUsersLibraryReplacesAndAdds() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("mine/termination"), withIntermediateDirectories: true)
        let builtIn = boundary(["clauses", "show", "termination.on-notice", "--format", "json"]).out
        #expect(builtIn.contains("\"id\" : \"termination.on-notice\""))
        try folder.write("mine/termination/on-notice.md", """
            ---
            id: termination.on-notice
            version: 2
            kind: termination
            title: Termination on notice (ours)
            summary: Either side may end the agreement on notice, so nobody is held to it.
            facets: [convenience]
            variables:
              notice_days:
                type: days
                default: 30
                min: 1
                prompt: Days of written notice either side must give to end the agreement
            ---
            Either side may end this agreement by giving {{notice_days}} days' written notice. OUR WORDING.
            """)
        try folder.write("mine/termination/by-mutual-consent.md", """
            ---
            id: termination.by-mutual-consent
            version: 1
            kind: termination
            title: Termination by agreement
            summary: The agreement ends only when both sides agree in writing.
            ---
            This agreement ends only when both sides agree in writing.
            """)
        let draft = boundary(["draft", "--preset", "web-design", "--clauses", "mine", "--set", "terms.notice_days=30"], in: folder.path)
        #expect(draft.status == 0, "\(draft.err)")
        #expect(draft.out.contains("OUR WORDING.") && draft.out.contains("termination.on-notice@2"))
        let list = boundary(["clauses", "list", "--kind", "termination", "--clauses", "mine"], in: folder.path)
        #expect(list.out.contains("termination.by-mutual-consent"))
        #expect(list.out.contains("termination.for-cause"))
    }

    @Test func aMissingLibraryFolderIsAClearError() {
        let result = boundary(["clauses", "list", "--clauses", "/nonexistent/clauses"])
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("boundary: error: no such directory: /nonexistent/clauses\n"))
    }
}

@Suite struct PresetAndInitCommandTests {
    struct Listed: Decodable { var id: String; var title: String; var clauses: [String] }

    @Test func listsThePresets() throws {
        let presets = try JSONDecoder().decode([Listed].self, from: Data(boundary(["presets", "--format", "json"]).out.utf8))
        #expect(presets.map(\.id) == ["consulting", "design", "web-design", "writing"])
        #expect(presets.allSatisfy { $0.clauses.contains("substitution.substitute-or-refund") })
    }

    @Test func initNeedsAPresetAndNeverOverwrites() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let none = boundary(["init"], in: folder.path)
        #expect(none.status == 2 && none.err.contains("web-design"))
        #expect(boundary(["init", "--preset", "design"], in: folder.path).status == 0)
        let written = try #require(folder.read("agreement.yaml"))
        #expect(written.contains("preset: design"))
        #expect(boundary(["init", "--preset", "writing"], in: folder.path).status == 2)
        #expect(folder.read("agreement.yaml") == written)
    }
}
