import BoundaryKit
import Testing

/// A wrong agreement is refused with every problem named at its `file:line`, with how to fix it.
@Suite struct AgreementErrorTests {
    static let valid = """
    preset: web-design
    project: a new website
    currency: USD
    start: 2026-03-02
    end: 2026-06-30
    governing_law: the laws of the State of Oregon
    provider:
      name: Sam Carter
    client:
      name: Acme Ltd
    scope:
      - Five page templates
    exclusions:
      - Copywriting
    deliverables:
      - The finished site
    fee:
      total: 9000.00
      deposit: 30%
    milestones:
      - name: Design
        percent: 40
        due: 2026-04-15
      - name: Launch
        percent: 60
        due: 2026-06-30
    terms:
      notice_days: 14
    """

    func draft(_ text: String, sets: [String] = []) -> [String] {
        let node: Node
        do { node = try FormatReader.parse(text, file: "acme.yaml") } catch { return [error.description] }
        switch BuiltinLibrary.draft(preset: nil, file: node, sets: sets) {
        case .success: return []
        case .failure(let problems): return problems.all.map(\.description)
        }
    }

    @Test func theValidAgreementDrafts() throws {
        #expect(draft(Self.valid) == [])
        let text = try BuiltinLibrary.draft(preset: nil, file: FormatReader.parse(Self.valid, file: "acme.yaml")).get()
        #expect(text.contains("Sam Carter") && text.contains("USD 9,000.00") && text.contains("USD 2,700.00"))
        #expect(!text.contains("Northwind"), "a preset's sample names must not leak into a user's agreement")
    }

    @Test(arguments: [
        ("  total: 9000.00", "  total: -9000", "acme.yaml:18: error: `-9000` is negative; only amounts of zero or more are allowed"),
        ("  total: 9000.00", "  total: 9000.005", "acme.yaml:18: error: `9000.005` has 3 decimal places; USD amounts have at most 2 decimal places"),
        ("  deposit: 30%", "  deposit: 130%", "acme.yaml:19: error: the deposit is 130% of the fee; it cannot be more than 100%"),
        ("  deposit: 30%", "  deposit: 9500", "acme.yaml:19: error: the deposit USD 9,500.00 is more than the total fee USD 9,000.00; lower the deposit, or give it as a percent such as 30%"),
        ("    percent: 60", "    percent: 50", "acme.yaml:21: error: the milestones add up to 90%, not 100%; make the percents add up to exactly 100"),
        ("    due: 2026-04-15", "    due: 2026-02-15", "acme.yaml:23: error: milestone due 2026-02-15 is before the start date 2026-03-02"),
        ("start: 2026-03-02", "start: 2026-02-31", "acme.yaml:4: error: `2026-02-31` is not a date: February 2026 has 28 days"),
        ("end: 2026-06-30", "end: 2026-01-30", "acme.yaml:5: error: the end date 2026-01-30 is before the start date 2026-03-02; correct `start` or `end`"),
        ("currency: USD", "currency: USDD", "acme.yaml:3: error: `USDD` is not a known currency code; use an ISO 4217 code such as USD, EUR, GBP or JPY"),
        ("client:", "clent:", "acme.yaml:9: error: unknown key `clent`; did you mean `client`?"),
        ("  notice_days: 14", "  notice_days: 0", "error: `notice_days`: must be at least 1"),
        ("  notice_days: 14", "  notise_days: 14", "acme.yaml:28: error: unknown term `notise_days`: no clause uses it; did you mean `notice_days`?"),
        ("preset: web-design", "preset: web-desing", "acme.yaml:1: error: unknown preset `web-desing`; did you mean `web-design`?"),
    ])
    func reportsTheProblemAtItsLine(original: String, replacement: String, expected: String) {
        let text = Self.valid.replacing(original, with: replacement, maxReplacements: 1)
        #expect(text != Self.valid)
        let problems = draft(text)
        #expect(problems.contains { $0.hasSuffix(expected) }, "\(problems)")
    }

    @Test func clauseRelationsAreChecked() {
        let withoutTermination = Self.valid + "\nomit: [termination]\n"
        #expect(draft(withoutTermination).contains("acme.yaml:29: error: kill-fee.standard requires termination, which the agreement does not have; remove `termination` from `omit`, or leave out kill-fee.standard"))
        let withoutPayment = Self.valid + "\nomit: [payment]\n"
        #expect(draft(withoutPayment).contains("acme.yaml:29: error: ip-transfer.on-payment requires payment, which the agreement does not have; remove `payment` from `omit`, or leave out ip-transfer.on-payment"))
        let unknownClause = Self.valid + "\nclauses:\n  termination: termination.on-notise\n"
        #expect(draft(unknownClause).contains("acme.yaml:30: error: unknown clause id `termination.on-notise`; did you mean `termination.on-notice`?"))
    }

    @Test func aBadValueIsReportedOnceAndEveryProblemAtOnce() {
        let problems = draft(Self.valid, sets: ["terms.hourly_rate=95/fortnight", "terms.kill_fee_percent=150"])
        #expect(problems == [
            "--set terms.hourly_rate=95/fortnight: error: `hourly_rate`: `95/fortnight`: `fortnight` is not a unit of work; use one of hour, day, week, month, word, page",
            "--set terms.kill_fee_percent=150: error: `kill_fee_percent`: must be at most 100",
        ])
    }

    @Test func setOverridesTheFileAndAppendsToLists() throws {
        let node = try FormatReader.parse(Self.valid, file: "acme.yaml")
        let text = try BuiltinLibrary.draft(preset: nil, file: node, sets: ["client.name=Globex Corp", "scope+=Hosting set-up", "omit=[kill-fee, availability]"]).get()
        #expect(text.contains("Globex Corp") && !text.contains("Acme Ltd"))
        #expect(text.contains("- Hosting set-up"))
        #expect(!text.contains("Cancellation fee") && !text.contains("kill-fee.standard@"))
    }
}
