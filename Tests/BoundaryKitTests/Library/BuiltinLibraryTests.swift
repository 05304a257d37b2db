import BoundaryKit
import BuiltinClauses
import Testing

/// The built-in library in `Clauses/` loads cleanly and every preset drafts a complete agreement.
@Suite struct BuiltinLibraryTests {
    static let files = BuiltinClauses.files.map { file in
        LibraryFile(relativePath: String(file.path.dropFirst("Clauses/".count)), displayPath: file.path, text: file.text)
    }

    static let loaded = ClauseLibrary.load([files])

    @Test func loadsWithoutDiagnostics() {
        #expect(Self.loaded.diagnostics.map(\.description) == [])
    }

    @Test func hasEveryKindInAgreementOrder() {
        #expect(Self.loaded.library.kinds.map(\.id) == [
            "scope", "client-duties", "extra-work", "revisions", "availability", "conduct", "payment", "deposit",
            "late-payment", "termination", "refund", "kill-fee", "substitution", "no-guarantee", "liability-cap",
            "ip-transfer", "confidentiality", "independent-contractor", "contracting-party", "governing-law", "entire-agreement",
        ])
        let required = Self.loaded.library.kinds.filter(\.required).map(\.id)
        #expect(required == ["scope", "extra-work", "payment", "late-payment", "termination", "refund", "substitution",
                             "no-guarantee", "liability-cap", "ip-transfer"])
    }

    @Test func hasAtLeastThirtyOneClauses() {
        #expect(Self.loaded.library.clauses.count >= 31)
    }

    /// Every clause can be found by `boundary lint` and carries examples both ways.
    @Test func everyClauseHasDetectionAndExamples() {
        for clause in Self.loaded.library.orderedClauses {
            #expect(!clause.detection.headings.isEmpty, "\(clause.id) has no headings")
            #expect(!clause.detection.signals.isEmpty, "\(clause.id) has no signals")
            #expect(!clause.facets.isEmpty, "\(clause.id) has no facets")
            #expect(clause.examples.contains { $0.isPresent }, "\(clause.id) has no present example")
            #expect(clause.examples.contains { !$0.isPresent }, "\(clause.id) has no absent example")
            #expect(clause.version == 1)
        }
    }

    /// The variables `deposit` and `end_date` may be left out of an agreement.
    @Test func depositAndEndDateAreOptional() {
        for clause in Self.loaded.library.orderedClauses {
            for name in ["deposit", "end_date"] {
                if let variable = clause.variable(name) { #expect(variable.optional, "\(clause.id): \(name)") }
            }
        }
    }

    /// Nothing in the library presents itself as legal advice.
    @Test func nothingClaimsToBeLegalAdvice() {
        for file in BuiltinClauses.files {
            let text = file.text.lowercased()
            for claim in ["is legal advice", "constitutes legal advice", "this is legal advice", "as legal advice"] {
                #expect(!text.contains(claim), "\(file.path) says \"\(claim)\"")
            }
        }
    }

    /// An agreement with no deposit, end date, exclusions or deliverables still drafts with the defaults.
    @Test func minimalAgreementDraftsWithDefaults() throws {
        let library = Self.loaded.library
        let file = try FormatReader.parse("""
        project: a small website
        currency: JPY
        start: 2027-01-04
        governing_law: the laws of Japan
        provider:
          name: Aoi Tanaka
        client:
          name: Sakura Tea Shop
        scope:
          - A one-page website
        fee:
          total: 300000
        milestones:
          - name: Launch
            percent: 100
        terms:
          hourly_rate: 6000/hour
        """, file: "minimal.agreement")
        let input = try Drafting.input(presetID: nil, file: file, sets: [], library: library).get()
        let plan: DraftPlan
        switch Drafting.plan(input, library: library) {
        case .success(let made): plan = made
        case .failure(let errors):
            Issue.record("\(errors.all.map(\.description))")
            return
        }
        let text = try Drafting.render(plan, as: .markdown, library: library)
        #expect(text.contains("No deposit is due under this agreement."))
        #expect(text.contains("JPY 6,000 per hour"))
        #expect(!text.contains("{{"))
    }

    @Test(arguments: ["web-design", "design", "writing", "consulting"])
    func presetDraftsACompleteAgreement(preset: String) throws {
        let library = Self.loaded.library
        let input = try Drafting.input(presetID: preset, file: nil, sets: [], library: library).get()
        let plan: DraftPlan
        switch Drafting.plan(input, library: library) {
        case .success(let made): plan = made
        case .failure(let errors):
            Issue.record("\(preset): \(errors.all.map(\.description))")
            return
        }
        let text = try Drafting.render(plan, as: .markdown, library: library)
        #expect(!text.contains("{{"), "\(preset) leaves a placeholder")
        #expect(!text.lowercased().contains("legal advice") || text.contains("not legal advice"))
        for kind in library.kinds where kind.required {
            #expect(plan.clauses.contains { $0.kind == kind.id }, "\(preset) has no \(kind.id) clause")
        }
    }
}
