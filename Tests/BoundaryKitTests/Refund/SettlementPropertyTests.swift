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

    @Test func mutatedCaseFilesNeverCrashTheReaderOrTheEngine() {
        // Every vector, mutated at random: whatever the reader accepts, the engine settles or rejects
        // with a code; nothing traps (a trap would end the test run).
        let seeds = RefundVector.all.map(\.caseJSON)
        let pieces = ["9", "0", ".", "-", "\"", ",", "}", "]", "{", "[", " ", "e", "999999999999999999999", "\\u0000", "é", "null", "true", "1e3", "%", " EUR"]
        var rng = SplitMix64(seed: 7)
        var settled = 0, rejected = 0
        for _ in 0..<3_000 {
            var text = Array(rng.pick(seeds).unicodeScalars)
            for _ in 0..<rng.int(1...2) {
                let at = rng.int(0...(text.count - 1))
                switch rng.int(0...3) {
                case 0: text.remove(at: at)
                case 1: text.insert(contentsOf: rng.pick(pieces).unicodeScalars, at: at)
                default:
                    // A digit for a digit keeps the shape and changes the figures.
                    let digits = text.indices.filter { ("0"..."9").contains(text[$0]) }
                    if !digits.isEmpty { text[rng.pick(digits)] = rng.pick(Array("0123456789".unicodeScalars)) }
                }
            }
            var mutated = String.UnicodeScalarView()
            mutated.append(contentsOf: text)
            do {
                let settlement = try SettlementEngine.settle(RefundCaseReader.read(String(mutated)))
                #expect(settlement.kept + settlement.refund == settlement.paid)
                settled += 1
            } catch {
                #expect(error.code.hasPrefix("E_") && !error.message.isEmpty)
                rejected += 1
            }
        }
        #expect(settled > 300, "settled \(settled)")
        #expect(rejected > 300, "rejected \(rejected)")
    }
}
