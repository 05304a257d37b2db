import Testing
@testable import BoundaryKit

/// REFUND.md §2.4 over random cases from a seeded SplitMix64: amounts from zero to near the limit of
/// minor units, every method, option and currency size. `RefundBench` runs the same properties on
/// hundreds of thousands of cases.
@Suite struct SettlementPropertyTests {
    static let seeds: [UInt64] = [1, 2, 3, 4]
    static let casesPerSeed = 1_000

    @Test(arguments: seeds)
    func invariantsHold(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var failures: [String] = []
        for index in 0..<Self.casesPerSeed {
            let refundCase = RefundSampler.randomCase(&rng)
            let problems = RefundSampler.violations(of: refundCase, &rng)
            if !problems.isEmpty { failures.append("seed \(seed) case \(index): \(problems) in \(refundCase)") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(3))")
    }

    @Test func splitMix64IsTheReferenceSequence() {
        // Reference values of SplitMix64 for seed 0 (as in Vigna's splitmix64.c).
        var rng = SplitMix64(seed: 0)
        #expect([rng.next(), rng.next(), rng.next()] == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    @Test func theSamplerCoversEveryMethodAndNote() {
        var rng = SplitMix64(seed: 99)
        var methods: Set<String> = [], notes: Set<String> = []
        for _ in 0..<2_000 {
            let refundCase = RefundSampler.randomCase(&rng)
            methods.insert(refundCase.method.name)
            if let settlement = try? SettlementEngine.settle(refundCase) { notes.formUnion(settlement.notes.map(\.code)) }
        }
        #expect(methods == ["time", "milestones", "hours", "deliverables", "percent", "measures"])
        #expect(notes == [
            "W_ZERO_TOTAL", "W_HOURS_CAPPED", "W_DEPOSIT_FLOOR", "W_KILL_FEE_CAPPED", "W_WEIGHTS_NORMALIZED", "W_CANCELLED_BEFORE_START",
        ])
    }

    @Test func refundNeverRisesAsTheSameCaseProgresses() throws {
        // A whole term, day by day: the refund falls (or stays) every day, with a deposit and a kill fee.
        let usd = RefundGiven()
        var previous: Money?
        for day in 1...31 {
            let lastDay = try CivilDate.parse("2025-01-" + (day < 10 ? "0\(day)" : "\(day)"))
            let s = try usd.settle(usd.refundCase(
                total: "3100.00", paid: "2000.00", deposit: "500.00", killFee: KillFee(usd.percent("30")),
                .time(start: usd.date("2025-01-01"), end: usd.date("2025-01-31"), lastDay: lastDay)))
            if let previous { #expect(s.refund <= previous, "day \(day)") }
            previous = s.refund
        }
    }
}
