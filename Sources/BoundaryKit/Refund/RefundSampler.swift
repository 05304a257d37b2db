/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, seedable generator whose sequence is fixed by
/// its seed on every platform and Swift version, so a failing property case can be replayed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, by our own reduction (the standard library's may change between versions).
    public mutating func int(_ range: ClosedRange<Int64>) -> Int64 {
        let span = UInt64(bitPattern: range.upperBound &- range.lowerBound) &+ 1
        return span == 0 ? Int64(bitPattern: next()) : range.lowerBound &+ Int64(bitPattern: next() % span)
    }

    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int(int(Int64(range.lowerBound)...Int64(range.upperBound)))
    }

    /// True with probability `percent`/100.
    public mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var items = items
        for index in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(index, int(0...index)) }
        return items
    }
}

/// Random, valid refund cases and the properties of REFUND.md §2.4 they must satisfy. Used by the
/// property tests (a few thousand cases) and by `RefundBench` (hundreds of thousands).
public enum RefundSampler {
    static let currencies = ["USD", "EUR", "JPY", "KWD", "CLF", "GBP"]

    /// A random case: amounts from zero to near the limits of minor units, every method and option.
    public static func randomCase(_ rng: inout SplitMix64) -> RefundCase {
        let currency = try! Currency(code: rng.pick(currencies))
        let total = money(&rng, currency, limit: 4_000_000_000_000_000_000)
        let paid = rng.chance(10) ? total : money(&rng, currency, limit: max(1, total.minorUnits / 2 * 3))
        let deposit = rng.chance(30) ? Money(minorUnits: rng.int(0...total.minorUnits), currency: currency) : nil
        let expenses = rng.chance(30) ? money(&rng, currency, limit: 4_000_000_000_000_000_000) : nil
        let killFee = rng.chance(40) ? KillFee(percent(&rng), of: rng.pick(KillFee.Base.allCases)) : nil
        return RefundCase(
            currency: currency, total: total, paid: paid, deposit: deposit, expenses: expenses, killFee: killFee,
            rounding: rng.pick(RoundingMode.allCases), method: method(&rng, total: total, depth: 0))
    }

    /// An amount with a random number of digits, so that small and huge amounts are both common.
    static func money(_ rng: inout SplitMix64, _ currency: Currency, limit: Int64) -> Money {
        if rng.chance(5) { return .zero(currency) }
        let digits = rng.int(1...18)
        var ceiling: Int64 = 1
        for _ in 0..<digits where ceiling <= limit / 10 { ceiling *= 10 }
        return Money(minorUnits: rng.int(0...min(ceiling, limit)), currency: currency)
    }

    static func percent(_ rng: inout SplitMix64) -> Percent {
        switch rng.int(0...3) {
        case 0: return Percent(DecimalNumber(units: rng.int(0...100), scale: 0))
        case 1: return Percent(DecimalNumber(units: rng.int(0...10_000), scale: 2))
        case 2: return Percent(DecimalNumber(units: rng.int(0...100_000_000), scale: 6))
        default: return rng.pick([Percent.zero, Percent.hundred, Percent(DecimalNumber(units: 50, scale: 0))])
        }
    }

    static func date(_ days: Int) -> CivilDate {
        // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return try! CivilDate.parse("\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))")
    }

    static func method(_ rng: inout SplitMix64, total: Money, depth: Int) -> RefundMethod {
        switch rng.int(0...(depth == 0 ? 5 : 4)) {
        case 0:
            let start = rng.int(0...40_000)
            let term = rng.int(1...4_000)
            let last = start + rng.int(-30...(term - 1))
            return .time(start: date(start), end: date(start + term - 1), lastDay: date(last))
        case 1:
            let count = rng.int(1...8)
            let byAmount = rng.chance(30) && !total.isZero
            var weights: [RefundMilestone.Weight]
            let scale = rng.pick([0, 2, 6])
            var left = byAmount ? total.minorUnits : 100 * powerOfTen(scale)
            var parts: [Int64] = []
            for index in 0..<count {
                let part = index == count - 1 ? left : rng.int(0...left)
                parts.append(part)
                left -= part
            }
            if byAmount {
                weights = parts.map { .amount(Money(minorUnits: $0, currency: total.currency)) }
            } else {
                weights = parts.map { .percent(Percent(DecimalNumber(units: $0, scale: scale))) }
            }
            let normalize = rng.chance(40)
            if normalize, rng.chance(50) {
                weights = weights.indices.map { .percent(Percent(DecimalNumber(units: rng.int(($0 == 0 ? 1 : 0)...1_000), scale: rng.int(0...2)))) }
            }
            let milestones = weights.map { RefundMilestone(weight: $0, status: status(&rng)) }
            return .milestones(milestones, normalizeWeights: normalize)
        case 2:
            let hours = DecimalNumber(units: rng.int(0...10_000_000), scale: rng.pick([0, 1, 2, 6]))
            return .hours(hours, rate: money(&rng, total.currency, limit: 1_000_000_000_000))
        case 3:
            let count = rng.int(1...1_000)
            return .deliverables(delivered: rng.int(0...count), total: count)
        case 4:
            return .percent(percent(&rng))
        default:
            return .greaterOf((0..<rng.int(1...3)).map { _ in method(&rng, total: total, depth: 1) })
        }
    }

    static func status(_ rng: inout SplitMix64) -> RefundMilestone.Status {
        switch rng.int(0...3) {
        case 0: .notStarted
        case 1: .inProgress(percent(&rng))
        case 2: .delivered
        default: .accepted
        }
    }

    /// The same case with at least as much work done: a later last day, more hours, a higher
    /// percent, more deliverables, a milestone further along.
    public static func moreWork(_ method: RefundMethod, _ rng: inout SplitMix64) -> RefundMethod {
        switch method {
        case .time(let start, let end, let lastDay):
            let later = lastDay.daysSinceEpoch + rng.int(0...max(0, end.daysSinceEpoch - lastDay.daysSinceEpoch))
            return .time(start: start, end: end, lastDay: date(later))
        case .milestones(var items, let normalize):
            let index = rng.int(0...(items.count - 1))
            items[index].status = further(items[index].status, &rng)
            return .milestones(items, normalizeWeights: normalize)
        case .hours(let hours, let rate):
            return .hours(DecimalNumber(units: hours.units + rng.int(0...1_000_000), scale: hours.scale), rate: rate)
        case .deliverables(let delivered, let count):
            return .deliverables(delivered: delivered + rng.int(0...(count - delivered)), total: count)
        case .percent(let percent):
            let more = Percent(DecimalNumber(units: rng.int(0...100), scale: 0))
            return .percent(more > percent ? more : percent)
        case .greaterOf(var methods):
            let index = rng.int(0...(methods.count - 1))
            methods[index] = moreWork(methods[index], &rng)
            return .greaterOf(methods)
        }
    }

    static func further(_ status: RefundMilestone.Status, _ rng: inout SplitMix64) -> RefundMilestone.Status {
        switch status {
        case .notStarted: return rng.chance(50) ? .inProgress(percent(&rng)) : .delivered
        case .inProgress(let done):
            let next = percent(&rng)
            return next > done ? .inProgress(next) : rng.pick([.delivered, .accepted])
        case .delivered: return .accepted
        case .accepted: return .accepted
        }
    }

    /// The same case with its milestones (and its measures' milestones) in another order.
    public static func permuted(_ method: RefundMethod, _ rng: inout SplitMix64) -> RefundMethod {
        switch method {
        case .milestones(let items, let normalize): .milestones(rng.shuffled(items), normalizeWeights: normalize)
        case .greaterOf(let methods): .greaterOf(methods.map { permuted($0, &rng) })
        default: method
        }
    }

    /// Every property of REFUND.md §2.4 that `refundCase` breaks, as messages (empty when none).
    public static func violations(of refundCase: RefundCase, _ rng: inout SplitMix64) -> [String] {
        let settlement: Settlement
        do {
            settlement = try SettlementEngine.settle(refundCase)
        } catch {
            return error.code == "E_RANGE" ? [] : ["unexpected \(error)"]
        }
        var problems: [String] = []
        let s = settlement
        func expect(_ condition: Bool, _ message: String) { if !condition { problems.append(message) } }
        expect(s.kept + s.refund == s.paid, "kept + refund != paid")
        expect(s.kept + s.balanceDue == s.entitlement, "kept + balance_due != entitlement")
        expect(s.refund.isZero || s.balanceDue.isZero, "both a refund and a balance due")
        expect(s.feeKept + s.killFee <= refundCase.total, "fee kept + kill fee > total")
        expect(s.earned <= refundCase.total && s.refund <= s.paid, "earned > total or refund > paid")
        expect([s.earned, s.feeKept, s.killFee, s.entitlement, s.kept, s.refund, s.balanceDue].allSatisfy { $0.minorUnits >= 0 }, "a negative figure")
        expect(s.milestones.isEmpty || s.milestones.reduce(Money.zero(s.currency)) { $0 + $1.amount } == s.earned, "milestone lines do not sum to earned")

        var more = refundCase
        more.method = moreWork(refundCase.method, &rng)
        if let after = try? SettlementEngine.settle(more) {
            expect(after.refund <= s.refund, "more work done increased the refund: \(s.refund.plain) → \(after.refund.plain)")
            expect(after.earned >= s.earned, "more work done lowered the earned fee")
        } else {
            problems.append("the case with more work done failed")
        }

        var shuffled = refundCase
        shuffled.method = permuted(refundCase.method, &rng)
        if let after = try? SettlementEngine.settle(shuffled) {
            expect(
                (after.earned, after.feeKept, after.killFee, after.entitlement, after.refund, after.balanceDue)
                    == (s.earned, s.feeKept, s.killFee, s.entitlement, s.refund, s.balanceDue),
                "reordering the milestones changed a total")
        } else {
            problems.append("the case with milestones reordered failed")
        }
        return problems
    }
}
