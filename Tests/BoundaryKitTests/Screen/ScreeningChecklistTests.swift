import Foundation
import Testing
@testable import BoundaryKit

/// The built-in checklist in `Clauses/screen/checklist.md`: complete, sourced, and naming only kinds
/// the library has.
@Suite struct ScreeningChecklistTests {
    @Test func theBuiltInChecklistLoadsWithoutProblems() throws {
        let file = try #require(BuiltinChecklist.file, "Clauses/screen/checklist.md is not embedded")
        #expect(file.displayPath == "Clauses/screen/checklist.md")
        let result = try #require(BuiltinChecklist.parsed)
        if case .failure(let problems) = result { Issue.record("\(problems)") }
    }

    @Test func asksTheSevenSituationsTheThreeQuestionsAndThePriceOfExtraTime() throws {
        let checklist = try #require(BuiltinChecklist.checklist)
        #expect(checklist.questions.map(\.id) == [
            "guarantees", "skills-values", "same-problem", "third-party", "disrespect", "free-extra-work", "cannot-pay",
            "more-work-than-work", "pays-on-time", "fit", "price-extra-time",
        ])
        #expect(checklist.gate?.id == "price-extra-time")
        #expect(checklist.questions.filter { $0.weight == .decline }.map(\.id) == ["skills-values", "same-problem", "third-party", "cannot-pay"])
    }

    @Test func aLateOrUnfitClientIsTheWarningWhenTheAnswerIsNo() throws {
        let checklist = try #require(BuiltinChecklist.checklist)
        let warnedByNo = checklist.questions.filter { $0.warning == .no }.map(\.id)
        #expect(warnedByNo == ["pays-on-time", "fit", "price-extra-time"])
    }

    @Test func everyKindItNamesIsAKindOfTheLibrary() throws {
        let checklist = try #require(BuiltinChecklist.checklist)
        #expect(checklist.check(against: BuiltinChecklist.library).map(\.description) == [])
        for question in checklist.questions {
            for kind in question.insist {
                #expect(BuiltinChecklist.library.kind(kind) != nil, "\(question.id) names the unknown kind \(kind)")
            }
        }
    }

    @Test func everyQuestionSaysWhyItMattersAndWhereThatComesFrom() throws {
        let checklist = try #require(BuiltinChecklist.checklist)
        for question in checklist.questions {
            #expect(question.question.hasSuffix("?"), "\(question.id) is not asked as a question")
            #expect(question.why.count > 40 && question.why.hasSuffix("."), "\(question.id) has no reason")
            #expect(question.source.hasPrefix("article"), "\(question.id) has no source")
            #expect(question.letterReason.hasPrefix("I ") || question.letterReason.hasPrefix("This ") || question.letterReason.hasPrefix("We ")
                    || question.letterReason.hasPrefix("The "), "\(question.id): a letter reason states a fact or an I-message")
            for word in ["but ", "you failed", "your fault", "you never", "you always"] {
                #expect(!question.letterReason.lowercased().contains(word), "\(question.id)'s letter reason says \"\(word)\"")
            }
        }
    }

    @Test func theBoundariesFollowTheArticles() throws {
        let checklist = try #require(BuiltinChecklist.checklist)
        func insist(_ id: String) -> [String] { checklist.question(id)?.insist ?? [] }
        #expect(insist("guarantees") == ["no-guarantee", "liability-cap"])
        #expect(insist("free-extra-work") == ["extra-work", "revisions", "availability"])
        #expect(insist("pays-on-time") == ["deposit", "payment", "late-payment"])
        #expect(insist("third-party") == ["contracting-party"])
        #expect(insist("disrespect") == ["conduct", "termination"])
        #expect(insist("more-work-than-work") == ["scope", "extra-work", "availability"])
    }

    @Test func theClauseLoaderSkipsTheScreenFolder() {
        #expect(ClauseLibrary.reservedFolders.contains("screen"))
        #expect(ClauseLibrary.load(BuiltinChecklist.layers).diagnostics.isEmpty)
    }

    @Test func aUsersLibraryReplacesTheBuiltInChecklist() {
        let own = LibraryFile(relativePath: "screen/checklist.md", displayPath: "mine/screen/checklist.md", text: "---\n---\n")
        #expect(ScreeningChecklist.find(in: BuiltinChecklist.layers + [[own]])?.displayPath == "mine/screen/checklist.md")
    }

    @Test func anUnknownKindIsReportedAtItsQuestion() throws {
        let text = """
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
        """
        let checklist = try ScreeningChecklistParser.parse(text, path: "mine/screen/checklist.md").get()
        #expect(checklist.check(against: BuiltinChecklist.library).map(\.description) == [
            "mine/screen/checklist.md:5: error: question `late` insists on `late-payments`, which is not a clause kind; did you mean `late-payment`?",
        ])
    }
}

/// `docs/screen.md` lists every question of the built-in checklist as it is asked.
@Suite struct ScreeningDocsTests {
    @Test func theGuideListsEveryQuestion() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appending(path: "docs/screen.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let checklist = try #require(BuiltinChecklist.checklist)
        for question in checklist.questions {
            let row = "| `\(question.id)` | \(question.question) | "
            #expect(text.contains(row), "docs/screen.md lacks the row of \(question.id) as asked")
            let weight = text.components(separatedBy: row).dropFirst().first?.split(separator: "\n").first ?? ""
            #expect(weight.contains("| \(question.weight.rawValue) | \(question.insist.joined(separator: ", ")) |"), "docs/screen.md: \(question.id)'s weight or clauses differ")
        }
    }
}
