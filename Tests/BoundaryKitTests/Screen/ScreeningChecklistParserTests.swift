import Foundation
import Testing
@testable import BoundaryKit

@Suite struct ScreeningChecklistParserTests {
    static let path = "Clauses/screen/checklist.md"

    static func checklist(_ questions: String) -> String {
        "---\nversion: 1\ntitle: Say no early\nquestions:\n" + questions + "---\nThe decision table.\n"
    }

    static let third = """
          - id: third-party
            question: Is someone applying for another person?
            why: Work only with people who come on their own.
            warning: yes
            weight: decline
            insist: [contracting-party]
            letter_reason: I work only with the person the work is for.
            source: articles 000 and 001

        """

    static let gate = """
          - id: price-extra-time
            question: Can you price the extra time?
            why: Say no early, or price the extra time.
            warning: no
            weight: gate
            insist: [extra-work]
            letter_reason: I cannot give this project the time it needs.
            source: article 004

        """

    static func errors(_ text: String) -> [String] {
        switch ScreeningChecklistParser.parse(text, path: path) {
        case .success: ["no error"]
        case .failure(let problems): problems.all.map(\.description)
        }
    }

    @Test func readsEveryPartOfAQuestion() throws {
        let checklist = try ScreeningChecklistParser.parse(Self.checklist(Self.third + Self.gate), path: Self.path).get()
        #expect(checklist.version == 1)
        #expect(checklist.title == "Say no early")
        #expect(checklist.explanation == "The decision table.")
        let question = try #require(checklist.question("third-party"))
        #expect(question == ScreeningQuestion(id: "third-party", question: "Is someone applying for another person?",
                                              why: "Work only with people who come on their own.", warning: .yes, weight: .decline,
                                              insist: ["contracting-party"], letterReason: "I work only with the person the work is for.",
                                              source: "articles 000 and 001", line: 5))
        #expect(checklist.gate?.id == "price-extra-time")
        #expect(checklist.screeningQuestions.map(\.id) == ["third-party"])
    }

    @Test func aMissingHeaderLineIsAnErrorAtLineOne() {
        #expect(Self.errors("version: 1\n") == ["Clauses/screen/checklist.md:1: error: the file does not start with a '---' header line; begin with '---', the header keys, then '---' and the text"])
    }

    @Test func aMissingKeyIsReportedAtItsQuestion() {
        let text = Self.checklist(Self.third.replacingOccurrences(of: "    why: Work only with people who come on their own.\n", with: "") + Self.gate)
        #expect(Self.errors(text) == ["Clauses/screen/checklist.md:5: error: missing `why`; add `why: …`"])
    }

    @Test func theWarningMustBeYesOrNo() {
        let text = Self.checklist(Self.third.replacingOccurrences(of: "warning: yes", with: "warning: unsure") + Self.gate)
        #expect(Self.errors(text) == ["Clauses/screen/checklist.md:8: error: `warning` must be `yes` or `no`, found `unsure`; name the answer that is the warning sign"])
    }

    @Test func anUnknownWeightGetsASuggestion() {
        let text = Self.checklist(Self.third.replacingOccurrences(of: "weight: decline", with: "weight: declin") + Self.gate)
        #expect(Self.errors(text) == ["Clauses/screen/checklist.md:9: error: unknown weight `declin`; did you mean `decline`?"])
    }

    @Test func anUnknownKeyIsReportedAtItsLine() {
        let text = Self.checklist(Self.third.replacingOccurrences(of: "    source:", with: "    sources:") + Self.gate)
        #expect(Self.errors(text) == [
            "Clauses/screen/checklist.md:5: error: missing `source`; add `source: …`",
            "Clauses/screen/checklist.md:12: error: unknown key `sources`; did you mean `source`?",
        ])
    }

    @Test func aQuestionWithoutClausesIsAnError() {
        let text = Self.checklist(Self.third.replacingOccurrences(of: "insist: [contracting-party]", with: "insist: []") + Self.gate)
        #expect(Self.errors(text) == ["Clauses/screen/checklist.md:10: error: question `third-party` names no clause kinds under `insist`; add `insist: [kind, …]`: the clauses that set this boundary"])
    }

    @Test func aDuplicateIDNamesTheFirst() {
        #expect(Self.errors(Self.checklist(Self.third + Self.third + Self.gate)) == [
            "Clauses/screen/checklist.md:13: error: duplicate question id `third-party` (first at line 5); give each question its own id",
        ])
    }

    @Test func anIDIsLowerCaseWordsJoinedByHyphens() {
        let text = Self.checklist(Self.third.replacingOccurrences(of: "id: third-party", with: "id: Third_Party") + Self.gate)
        #expect(Self.errors(text) == ["Clauses/screen/checklist.md:5: error: question id `Third_Party` must be lower-case words joined by '-'"])
    }

    @Test func exactlyOneGate() {
        #expect(Self.errors(Self.checklist(Self.third)).first?.hasPrefix("Clauses/screen/checklist.md:2: error: the checklist needs exactly one question with `weight: gate`, found 0") == true)
        let twoGates = Self.checklist(Self.third + Self.gate + Self.gate.replacingOccurrences(of: "id: price-extra-time", with: "id: price-again"))
        #expect(Self.errors(twoGates).first?.hasPrefix("Clauses/screen/checklist.md:21: error: the checklist needs exactly one question with `weight: gate`, found 2") == true)
    }

    @Test func questionsMustBeAList() {
        #expect(Self.errors("---\nversion: 1\ntitle: T\nquestions: none\n---\n") == [
            "Clauses/screen/checklist.md:4: error: `questions` must be a list of questions, found text; write one `- id: …` item per question",
        ])
        #expect(Self.errors("---\nversion: 1\ntitle: T\n---\n") == [
            "Clauses/screen/checklist.md:2: error: missing `questions`; add `questions:` with one `- id: …` item per question",
        ])
    }

    @Test func aFormatErrorKeepsItsLine() {
        let text = Self.checklist(Self.third.replacingOccurrences(of: "    why: Work", with: "     why: Work") + Self.gate)
        #expect(Self.errors(text).first?.hasPrefix("Clauses/screen/checklist.md:7: error:") == true)
    }
}
