import Testing
@testable import BoundaryKit

/// Screening verdicts for representative answer sets: the decision table of `docs/screen.md`.
@Suite struct ScreenerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Answers laid over a client with no warning sign (the gate unanswered), or over no answers at all.
        var answers: [String: ScreeningAnswer]
        var startClear = true
        var decision: ScreeningVerdict.Decision
        /// The kinds to insist on, in agreement order (take with boundaries only).
        var kinds: [String] = []
        var decidedBy: [String] = []
        var warnings: [String] = []
        /// The question whose `letter_reason` a decline gives.
        var reasonFrom: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "all clear: take", answers: [:], decision: .take),
        Case(name: "all clear, and the gate a no that does not matter: take", answers: ["price-extra-time": .no], decision: .take),
        Case(name: "guarantees demanded, can price: take with boundaries naming no-guarantee",
             answers: ["guarantees": .yes, "price-extra-time": .yes], decision: .takeWithBoundaries,
             kinds: ["extra-work", "no-guarantee", "liability-cap"], decidedBy: ["price-extra-time", "guarantees"], warnings: ["guarantees"]),
        Case(name: "guarantees demanded, cannot price: decline",
             answers: ["guarantees": .yes, "price-extra-time": .no], decision: .decline,
             decidedBy: ["price-extra-time", "guarantees"], warnings: ["guarantees", "price-extra-time"], reasonFrom: "guarantees"),
        Case(name: "third party: decline at once, whatever the gate says",
             answers: ["third-party": .yes, "price-extra-time": .yes], decision: .decline, decidedBy: ["third-party"], warnings: ["third-party"],
             reasonFrom: "third-party"),
        Case(name: "pays late, cannot price: decline",
             answers: ["pays-on-time": .no, "price-extra-time": .no], decision: .decline,
             decidedBy: ["price-extra-time", "pays-on-time"], warnings: ["pays-on-time", "price-extra-time"], reasonFrom: "pays-on-time"),
        Case(name: "pays late, can price: deposit, payment and late payment",
             answers: ["pays-on-time": .no, "price-extra-time": .yes], decision: .takeWithBoundaries,
             kinds: ["extra-work", "payment", "deposit", "late-payment"], decidedBy: ["price-extra-time", "pays-on-time"], warnings: ["pays-on-time"]),
        Case(name: "unsure whether a third party: a boundary, not a pass",
             answers: ["third-party": .unsure, "price-extra-time": .yes], decision: .takeWithBoundaries,
             kinds: ["extra-work", "contracting-party"], decidedBy: ["price-extra-time", "third-party"], warnings: ["third-party"]),
        Case(name: "unsure whether they pay, unsure whether you can price: decline",
             answers: ["pays-on-time": .unsure, "price-extra-time": .unsure], decision: .decline,
             decidedBy: ["price-extra-time", "pays-on-time"], warnings: ["pays-on-time", "price-extra-time"], reasonFrom: "price-extra-time"),
        Case(name: "outside your skills and cannot pay: decline, both named",
             answers: ["skills-values": .yes, "cannot-pay": .yes], decision: .decline,
             decidedBy: ["skills-values", "cannot-pay"], warnings: ["skills-values", "cannot-pay"], reasonFrom: "skills-values"),
        Case(name: "free extra work and disrespect, can set the boundaries",
             answers: ["free-extra-work": .yes, "disrespect": .yes, "price-extra-time": .yes], decision: .takeWithBoundaries,
             kinds: ["extra-work", "revisions", "availability", "conduct", "termination"],
             decidedBy: ["price-extra-time", "disrespect", "free-extra-work"], warnings: ["disrespect", "free-extra-work"]),
        Case(name: "not a fit and more work than the work, can price",
             answers: ["fit": .no, "more-work-than-work": .yes, "price-extra-time": .yes], decision: .takeWithBoundaries,
             kinds: ["scope", "client-duties", "extra-work", "availability"],
             decidedBy: ["price-extra-time", "more-work-than-work", "fit"], warnings: ["more-work-than-work", "fit"]),
        Case(name: "unsure they can pay, guarantees demanded, can price",
             answers: ["cannot-pay": .unsure, "guarantees": .yes, "price-extra-time": .yes], decision: .takeWithBoundaries,
             kinds: ["extra-work", "payment", "deposit", "no-guarantee", "liability-cap"],
             decidedBy: ["price-extra-time", "guarantees", "cannot-pay"], warnings: ["guarantees", "cannot-pay"]),
        Case(name: "the same problem again, with guarantees that could be priced: decline at once",
             answers: ["same-problem": .yes, "guarantees": .yes, "price-extra-time": .yes], decision: .decline,
             decidedBy: ["same-problem"], warnings: ["guarantees", "same-problem"], reasonFrom: "same-problem"),
        Case(name: "a no to a decline question is clear, a yes to pays-on-time is clear",
             answers: ["third-party": .no, "pays-on-time": .yes, "fit": .yes], decision: .take),
        Case(name: "every answer unsure, can price: every boundary",
             answers: ["guarantees": .unsure, "skills-values": .unsure, "same-problem": .unsure, "third-party": .unsure,
                       "disrespect": .unsure, "free-extra-work": .unsure, "cannot-pay": .unsure, "more-work-than-work": .unsure,
                       "pays-on-time": .unsure, "fit": .unsure, "price-extra-time": .yes],
             decision: .takeWithBoundaries,
             kinds: ["scope", "client-duties", "extra-work", "revisions", "availability", "conduct", "payment", "deposit",
                     "late-payment", "termination", "no-guarantee", "liability-cap", "contracting-party"],
             decidedBy: ["price-extra-time", "guarantees", "skills-values", "same-problem", "third-party", "disrespect", "free-extra-work",
                         "cannot-pay", "more-work-than-work", "pays-on-time", "fit"],
             warnings: ["guarantees", "skills-values", "same-problem", "third-party", "disrespect", "free-extra-work", "cannot-pay",
                        "more-work-than-work", "pays-on-time", "fit"]),
        Case(name: "nothing answered: every question assumed unsure, and an unsure gate declines",
             answers: [:], startClear: false, decision: .decline,
             decidedBy: ["price-extra-time", "guarantees", "skills-values", "same-problem", "third-party", "disrespect", "free-extra-work",
                         "cannot-pay", "more-work-than-work", "pays-on-time", "fit"],
             warnings: ["guarantees", "skills-values", "same-problem", "third-party", "disrespect", "free-extra-work", "cannot-pay",
                        "more-work-than-work", "pays-on-time", "fit", "price-extra-time"],
             reasonFrom: "price-extra-time"),
    ]

    @Test(arguments: cases) func verdict(_ row: Case) throws {
        let checklist = try #require(BuiltinChecklist.checklist)
        var answers = row.startClear ? BuiltinChecklist.allClear(checklist) : ScreeningAnswers()
        for (id, answer) in row.answers {
            #expect(checklist.question(id) != nil, "no question \(id)")
            answers[id] = answer
        }
        let verdict = BuiltinChecklist.verdict(answers, checklist)
        #expect(verdict.decision == row.decision)
        #expect(verdict.boundaries.map(\.kind) == row.kinds)
        #expect(Set(verdict.decidedBy) == Set(row.decidedBy))
        #expect(verdict.decidedBy.first == row.decidedBy.first)
        #expect(verdict.warnings.map(\.question.id).sorted() == row.warnings.sorted())
        #expect((row.reasonFrom != nil) == (row.decision == .decline), "a decline row names its reason")
        #expect(verdict.letterReason == row.reasonFrom.flatMap { checklist.question($0)?.letterReason })
        if row.startClear { #expect(verdict.assumed == []) }
    }

    @Test func warningsCarryTheirReasonAndEffect() throws {
        let checklist = try #require(BuiltinChecklist.checklist)
        var answers = BuiltinChecklist.allClear(checklist)
        answers["third-party"] = .yes
        answers["pays-on-time"] = .unsure
        let verdict = BuiltinChecklist.verdict(answers, checklist)
        #expect(verdict.warnings.map(\.effect) == [.declines, .needsBoundary])
        #expect(verdict.warnings[0].question.why == checklist.question("third-party")?.why)
        #expect(verdict.summary == "`third-party` is a reason to say no at once")
    }

    @Test func unansweredQuestionsAreAssumedUnsureAndListed() throws {
        let checklist = try #require(BuiltinChecklist.checklist)
        var answers = BuiltinChecklist.allClear(checklist)
        answers["fit"] = nil
        answers["price-extra-time"] = .yes
        let verdict = BuiltinChecklist.verdict(answers, checklist)
        #expect(verdict.assumed == ["fit"])
        #expect(verdict.answers["fit"] == .unsure)
        #expect(verdict.warnings.map(\.assumed) == [true])
        #expect(verdict.decision == .takeWithBoundaries)
    }

    @Test func theGateIsMissingOnlyWhenItDecides() throws {
        let checklist = try #require(BuiltinChecklist.checklist)
        var answers = BuiltinChecklist.allClear(checklist)
        #expect(Screener.missing(answers, checklist: checklist).map(\.id) == [])
        answers["guarantees"] = .yes
        #expect(Screener.gateDecides(answers, checklist: checklist))
        #expect(Screener.missing(answers, checklist: checklist).map(\.id) == ["price-extra-time"])
        answers["third-party"] = .yes
        #expect(!Screener.gateDecides(answers, checklist: checklist))
        #expect(Screener.missing(answers, checklist: checklist).map(\.id) == [])
        #expect(Screener.missing(ScreeningAnswers(), checklist: checklist).count == 10)
    }

    @Test func theClausesAreThoseOfThePreset() throws {
        let checklist = try #require(BuiltinChecklist.checklist)
        var answers = BuiltinChecklist.allClear(checklist)
        answers["guarantees"] = .yes
        answers["free-extra-work"] = .yes
        answers["price-extra-time"] = .yes
        let consulting = BuiltinChecklist.verdict(answers, checklist, preset: "consulting")
        let clauses = Dictionary(uniqueKeysWithValues: consulting.boundaries.map { ($0.kind, $0.clause) })
        #expect(clauses["no-guarantee"] == "no-guarantee.coaching")
        #expect(clauses["availability"] == "availability.sessions")
        #expect(clauses["revisions"] == "revisions.rounds", "consulting leaves revisions out: the kind's default")
        let web = BuiltinChecklist.verdict(answers, checklist)
        #expect(web.boundaries.first { $0.kind == "no-guarantee" }?.clause == "no-guarantee.results")
        for boundary in web.boundaries + consulting.boundaries {
            #expect(BuiltinChecklist.library.clauses[boundary.clause]?.kind == boundary.kind)
        }
        #expect(web.boundaries.first { $0.kind == "extra-work" }?.because == ["free-extra-work", "price-extra-time"])
    }
}
