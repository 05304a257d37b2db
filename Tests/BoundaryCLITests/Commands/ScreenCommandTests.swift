import BoundaryCLI
import Foundation
import Testing

@Suite struct ScreenCommandTests {
    /// A client with no warning sign, as `--answer` flags (the gate left out: it is asked only when it decides).
    static let clear = ["guarantees=no", "skills-values=no", "same-problem=no", "third-party=no", "disrespect=no", "free-extra-work=no",
                        "cannot-pay=no", "more-work-than-work=no", "pays-on-time=yes", "fit=yes"]

    /// `clear` with `changes` laid on top, as command-line words.
    static func answers(_ changes: [String] = []) -> [String] {
        var byID: [(String, String)] = clear.map { ($0.split(separator: "=").map(String.init)[0], $0) }
        for change in changes {
            let id = change.split(separator: "=").map(String.init)[0]
            if let index = byID.firstIndex(where: { $0.0 == id }) { byID[index].1 = change } else { byID.append((id, change)) }
        }
        return byID.flatMap { ["--answer", $0.1] }
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func allClearIsTakeWithTheDraftCommand() {
        let result = boundary(["screen"] + Self.answers() + ["--client", "Northwind Bakery Ltd"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err == "")
        #expect(result.out.hasPrefix("Client: Northwind Bakery Ltd\nVerdict: take\nNo warning signs: every answer is clear.\n"))
        #expect(result.out.contains("\n  boundary draft --preset web-design --set client.name=\"Northwind Bakery Ltd\"\n"))
    }

    @Test func aThirdPartyDeclinesWithTheExactLetterCommand() {
        let result = boundary(["screen"] + Self.answers(["third-party=yes"]) + ["--client", "Acme Ltd", "--provider", "Sam Carter"])
        #expect(result.status == 0, "a decline is advice, not a failure")
        #expect(result.out.contains("Verdict: decline\n`third-party` is a reason to say no at once.\n"))
        #expect(result.out.contains("  third-party  yes     a reason to say no at once\n"))
        #expect(result.out.contains("\n  boundary letter decline --client \"Acme Ltd\" --provider \"Sam Carter\"\n"))
        #expect(result.out.contains("The letter gives no reason: giving one is your right, not a duty."))
        #expect(result.out.contains("  --reason \"I work only with the person the work is for, when they contact me themselves.\"\n"))
    }

    @Test func giveReasonPutsTheFactualReasonInTheCommand() {
        let result = boundary(["screen"] + Self.answers(["cannot-pay=yes"]) + ["--client", "Acme", "--provider", "Sam", "--give-reason"])
        #expect(result.out.contains("boundary letter decline --client \"Acme\" --provider \"Sam\" --reason \"The budget for this project does not match my fee for the work.\"\n"))
    }

    @Test func guaranteesThatCanBePricedAreTakenWithBoundaries() {
        let result = boundary(["screen"] + Self.answers(["guarantees=yes", "price-extra-time=yes"]))
        #expect(result.status == 0)
        #expect(result.out.contains("Verdict: take with boundaries\n"))
        #expect(result.out.contains("  no-guarantee   no-guarantee.results       for guarantees\n"))
        #expect(result.out.contains("  liability-cap  liability-cap.fees-paid    for guarantees\n"))
        #expect(result.out.contains("    Why: Nobody can give a 100% guarantee"))
    }

    @Test func theJSONShapeIsStable() throws {
        let result = boundary(["screen", "--format", "json"] + Self.answers(["pays-on-time=no", "price-extra-time=yes"]) + ["--client", "Acme"])
        #expect(result.status == 0, "\(result.err)")
        let json = try Self.json(result.out)
        #expect(json.keys.sorted() == ["answers", "assumed", "boundaries", "checklist_version", "client", "decided_by", "decision", "next",
                                       "provider", "suggested_reason", "summary", "warnings"])
        #expect(json["decision"] as? String == "take-with-boundaries")
        #expect(json["provider"] is NSNull)
        let boundaries = try #require(json["boundaries"] as? [[String: Any]])
        #expect(boundaries.map { $0["kind"] as? String } == ["extra-work", "payment", "deposit", "late-payment"])
        #expect(boundaries[1].keys.sorted() == ["because", "clause", "kind", "title"])
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(warnings.count == 1)
        #expect(warnings[0].keys.sorted() == ["answer", "assumed", "effect", "id", "insist", "question", "source", "warning_answer", "weight", "why"])
        #expect(warnings[0]["effect"] as? String == "needs-boundary")
        let next = try #require(json["next"] as? [String: Any])
        #expect(next["kind"] as? String == "draft")
        #expect(next["arguments"] as? [String] == ["boundary", "draft", "--preset", "web-design", "--set", "client.name=Acme"])
        // Sorted keys and the same bytes each time.
        #expect(boundary(["screen", "--format", "json"] + Self.answers(["pays-on-time=no", "price-extra-time=yes"]) + ["--client", "Acme"]).out == result.out)
        #expect(result.out.hasPrefix("{\n  \"answers\": {\n    \"cannot-pay\": \"no\",\n"))
    }

    /// The draft command that a verdict gives runs as it is, and the agreement has every clause to insist on.
    @Test(arguments: ["web-design", "consulting", "writing", "design"])
    func theDraftCommandRuns(preset: String) throws {
        let result = boundary(["screen", "--format", "json", "--preset", preset, "--client", "Acme Ltd", "--provider", "Sam Carter"]
                              + Self.answers(["free-extra-work=yes", "guarantees=unsure", "third-party=unsure", "pays-on-time=no", "price-extra-time=yes"]))
        let json = try Self.json(result.out)
        let next = try #require(json["next"] as? [String: Any])
        let arguments = try #require(next["arguments"] as? [String])
        #expect(arguments.prefix(2) == ["boundary", "draft"])
        let draft = boundary(Array(arguments.dropFirst()))
        #expect(draft.status == 0, "\(draft.err)")
        #expect(draft.out.contains("Acme Ltd") && draft.out.contains("Sam Carter"))
        for boundary in try #require(json["boundaries"] as? [[String: Any]]) {
            let title = try #require(boundary["title"] as? String)
            #expect(draft.out.contains(". \(title)\n"), "\(preset): the draft lacks \(title)")
        }
    }

    @Test func readsAnAnswersFileAndFlagsWin() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("acme.txt", "# Acme, after the first call\n"
                         + Self.answers(["third-party=yes"]).filter { $0 != "--answer" }.map { $0.replacingOccurrences(of: "=", with: ": ") }.joined(separator: "\n") + "\n")
        let fromFile = boundary(["screen", "--answers", "acme.txt"], in: folder.path)
        #expect(fromFile.status == 0, "\(fromFile.err)")
        #expect(fromFile.out.contains("Verdict: decline\n"))
        let overridden = boundary(["screen", "--answers", "acme.txt", "--answer", "third-party=no"], in: folder.path)
        #expect(overridden.out.contains("Verdict: take\n"))
    }

    @Test func readsAnswersFromStandardInput() {
        let text = Self.answers(["fit=no", "price-extra-time=no"]).filter { $0 != "--answer" }.map { $0.replacingOccurrences(of: "=", with: ": ") }.joined(separator: "\n") + "\n"
        let result = boundary(["screen", "--answers", "-"], stdin: text)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Verdict: decline\n`fit` needs a boundary, and you cannot set it and price the extra time.\n"))
    }

    @Test func aBadAnswersFileIsReportedAtItsLines() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("bad.txt", "guarantees: no\nthird-party: maybe\nthird_party: no\n")
        let result = boundary(["screen", "--answers", "bad.txt"], in: folder.path)
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err.contains("bad.txt:2: error: the answer to `third-party` must be yes, no or unsure, found `maybe`"))
        #expect(result.err.contains("bad.txt:3: error: unknown question `third_party`; did you mean `third-party`?"))
    }

    @Test func badFlagsAreUsageErrors() {
        #expect(boundary(["screen", "--answer", "fit"]).err.contains("--answer `fit` has no answer"))
        #expect(boundary(["screen", "--answer", "fit=maybe"]).err.contains("the answer must be yes, no or unsure, found `maybe`"))
        #expect(boundary(["screen", "--answer", "fitt=no"]).err.contains("unknown question `fitt`; did you mean `fit`?"))
        let twice = boundary(["screen", "--answer", "fit=no", "--answer", "fit=yes"])
        #expect(twice.status == 2)
        #expect(twice.err.contains("--answer answers `fit` twice: no and yes"))
        #expect(boundary(["screen", "--preset", "webdesign"] + Self.answers()).err.contains("unknown preset `webdesign`\n  fix: did you mean `web-design`?"))
    }

    @Test func missingAnswersWithoutATerminalNameThemAndTheFlag() {
        let result = boundary(["screen", "--answer", "fit=yes", "--answer", "third-party=no"], stdin: "yes\n")
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err.hasPrefix("boundary: error: no answer to 8 questions: guarantees, skills-values, same-problem, disrespect, free-extra-work, cannot-pay, more-work-than-work, pays-on-time\n"))
        #expect(result.err.contains("--answer ID=yes|no|unsure (e.g. --answer guarantees=no)"))
        #expect(result.err.contains("--assume unsure"))
        #expect(!result.err.contains("[yes/no/unsure/?]"), "asked without a terminal")
    }

    @Test func theGateIsMissingOnlyWhenItDecides() {
        let result = boundary(["screen"] + Self.answers(["disrespect=yes"]))
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("boundary: error: no answer to the question: price-extra-time\n"))
        #expect(result.err.contains("e.g. --answer price-extra-time=yes"))
    }

    @Test func assumeUnsureCountsTheRestAsUnsure() {
        let result = boundary(["screen", "--assume", "unsure", "--answer", "price-extra-time=yes"] + Self.answers().prefix(16))
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Not answered, so counted as unsure: pays-on-time, fit.\n"))
        #expect(result.out.contains("  pays-on-time  unsure (no answer)  unsure, which is never a pass: needs a boundary\n"))
        #expect(result.out.contains("Verdict: take with boundaries\n"))
    }

    @Test func asksOneQuestionAtATimeOnATerminal() {
        // no, ? (why), a bad answer, then no; then the rest: unsure to guarantees' neighbours... and yes to the gate.
        let typed = ["n", "?", "maybe", "n", "n", "n", "N", "no", "n", "n", "yes", "u", "y"].joined(separator: "\n") + "\n"
        let result = boundary(["screen", "--client", "Acme"], stdin: typed, terminal: [.stdin, .stderr])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.contains("[1/10] Does the client insist on guarantees of results, or want to put all the responsibility on you? [yes/no/unsure/?]: "))
        #expect(result.err.contains("  Why it matters: Work outside your skills or values"))
        #expect(result.err.contains("  The warning sign is \"yes\".\n"))
        #expect(result.err.contains("  Please answer yes, no or unsure, or ? to see why it matters.\n"))
        #expect(result.err.contains("[last] Can you set these boundaries in writing"))
        #expect(result.err.contains("boundary screen --answer guarantees=no --answer skills-values=no"))
        #expect(result.err.contains("--answer fit=unsure --answer price-extra-time=yes --client \"Acme\""))
        #expect(result.out.contains("Verdict: take with boundaries\n"))
        #expect(result.out.contains("  fit  unsure  unsure, which is never a pass: needs a boundary\n"))
    }

    @Test func asksOnlyWhatIsNotAnsweredAndSkipsTheGateWhenItDoesNotDecide() {
        let result = boundary(["screen"] + Self.answers().prefix(18), stdin: "yes\n", terminal: [.stdin, .stderr])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.contains("[1/1] Is the client a fit"))
        #expect(!result.err.contains("[last]"))
        #expect(result.out.contains("Verdict: take\n"))
    }

    @Test func theEndOfInputStopsTheQuestions() {
        let result = boundary(["screen"], stdin: "n\nn\n", terminal: [.stdin, .stderr])
        #expect(result.status == 2)
        #expect(result.err.contains("boundary: error: no answer to 8 questions: same-problem, third-party,"))
    }

    @Test func noInputNeverAsks() {
        let result = boundary(["screen", "--no-input"], stdin: "n\n", terminal: [.stdin, .stderr])
        #expect(result.status == 2)
        #expect(!result.err.contains("[1/"))
    }

    @Test func writesAFileOnlyWithForceToOverwrite() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        #expect(boundary(["screen", "-o", "acme.json", "--format", "json"] + Self.answers(), in: folder.path).status == 0)
        let first = try #require(folder.read("acme.json"))
        let again = boundary(["screen", "-o", "acme.json"] + Self.answers(["third-party=yes"]), in: folder.path)
        #expect(again.status == 2)
        #expect(again.err.contains("'acme.json' already exists\n  fix: add --force"))
        #expect(folder.read("acme.json") == first)
        #expect(boundary(["screen", "-o", "acme.json", "--force"] + Self.answers(["third-party=yes"]), in: folder.path).status == 0)
        #expect(folder.read("acme.json")?.contains("Verdict: decline") == true)
    }

    @Test func listsTheChecklist() throws {
        let text = boundary(["screen", "--list"])
        #expect(text.status == 0)
        #expect(text.out.hasPrefix("Say no early: 11 questions."))
        #expect(text.out.contains("pays-on-time  (warning sign: no; needs a boundary)\n"))
        #expect(text.out.contains("third-party  (warning sign: yes; declines at once)\n"))
        let json = try Self.json(boundary(["screen", "--list", "--format", "json"]).out)
        let questions = try #require(json["questions"] as? [[String: Any]])
        #expect(questions.count == 11)
        #expect(questions.last?["weight"] as? String == "gate")
        #expect(boundary(["screen", "--list", "--answer", "fit=yes"]).status == 2)
    }

    @Test func helpShowsTheOptions() {
        let result = boundary(["screen", "--help"])
        #expect(result.status == 0)
        for option in ["--answer", "--answers", "--assume", "--client", "--provider", "--preset", "--give-reason", "--list", "--format", "--output", "--force"] {
            #expect(result.out.contains(option), "help lacks \(option)")
        }
        #expect(boundary(["help", "screen"]).out == result.out)
    }

    @Test func aUsersChecklistWithAnUnknownKindIsAnError() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("mine/screen"), withIntermediateDirectories: true)
        try folder.write("mine/screen/checklist.md", """
            ---
            version: 1
            title: Mine
            questions:
              - id: late
                question: Do they pay late?
                why: Late payers cost time.
                warning: yes
                weight: boundary
                insist: [late-payments]
                letter_reason: I feel my terms would not suit this project.
                source: article 003
              - id: price
                question: Can you price it?
                why: Price the extra time.
                warning: no
                weight: gate
                insist: [extra-work]
                letter_reason: I cannot give this project the time it needs.
                source: article 004
            ---

            """)
        let result = boundary(["screen", "--clauses", "mine", "--answer", "late=no"], in: folder.path)
        #expect(result.status == 2)
        #expect(result.err.contains("mine/screen/checklist.md:5: error: question `late` insists on `late-payments`, which is not a clause kind; did you mean `late-payment`?"))
    }
}
