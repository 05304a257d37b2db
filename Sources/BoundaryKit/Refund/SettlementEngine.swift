/// Settles a refund case exactly as REFUND.md §2.3 says: the earned fee is an exact fraction of
/// minor units (at up to 256 bits), rounded once; the kill fee is rounded once; every other figure
/// is a sum, a minimum or a difference of those, so the refund is found by subtraction.
public enum SettlementEngine {
    public static func settle(_ refundCase: RefundCase) throws(ValueError) -> Settlement {
        try validate(refundCase)
        let currency = refundCase.currency
        let total = refundCase.total, deposit = refundCase.deposit
        var notes: [RefundNote] = []
        let measured = try measure(refundCase.method, of: refundCase, notes: &notes)

        var earnedExact = measured.exact
        if total.isZero {
            earnedExact = .zero(currency)
            notes.append(.zeroTotal)
        }
        // The currencies were checked above, so the arithmetic is on minor units.
        let t = total.minorUnits, p = refundCase.paid.minorUnits, d = deposit.minorUnits, x = refundCase.expenses.minorUnits
        // Rounding #1.
        let e = earnedExact.rounded(refundCase.rounding).minorUnits
        let f = max(e, d)
        if d > e { notes.append(.depositFloor(deposit: deposit, earned: Money(minorUnits: e, currency: currency))) }

        var k: Int64 = 0
        if let terms = refundCase.killFee {
            let base: Int64
            switch terms.base {
            case .unearned: base = t - f
            case .total: base = t
            case .unpaid: base = max(t - p, 0)
            }
            // Rounding #2.
            let computed = share(of: Money(minorUnits: base, currency: currency), terms.percent).rounded(refundCase.rounding).minorUnits
            let cap = t - f
            if computed > cap {
                notes.append(.killFeeCapped(computed: Money(minorUnits: computed, currency: currency), cap: Money(minorUnits: cap, currency: currency)))
                k = cap
            } else {
                k = computed
            }
        }

        let (n, overflow) = (f + k).addingReportingOverflow(x)
        guard !overflow else {
            throw RefundError.make("E_RANGE", "the fee kept plus expenses is too large to represent in \(currency.code)")
        }
        let kept = min(p, n)
        let refund = p - kept
        let balanceDue = n - kept

        let earned = Money(minorUnits: e, currency: currency)
        let lines = measured.milestones.map { allocate(earned, over: $0.items, contributions: $0.contributions) } ?? []

        // REFUND.md §2.4, exactly, in minor units.
        precondition(kept + refund == p && kept + balanceDue == n, "kept must split paid and entitlement exactly")
        precondition(refund == 0 || balanceDue == 0, "a settlement cannot both refund and bill")
        precondition(e >= 0 && k >= 0 && kept >= 0 && refund >= 0 && balanceDue >= 0, "every figure is zero or more")
        precondition(f + k <= t && e <= t && refund <= p, "the fee kept plus the kill fee cannot exceed the total")
        precondition(t > 0 || (e == 0 && f == 0 && k == 0), "nothing is earned or kept of a zero total")
        precondition(lines.isEmpty || lines.reduce(0) { $0 + $1.amount.minorUnits } == e, "milestone lines sum to the earned fee")

        func money(_ units: Int64) -> Money { Money(minorUnits: units, currency: currency) }
        return Settlement(
            currency: currency, rounding: refundCase.rounding, earnedExact: earnedExact, earned: earned, feeKept: money(f),
            killFee: money(k), expenses: refundCase.expenses, entitlement: money(n), paid: refundCase.paid, kept: money(kept),
            refund: money(refund), balanceDue: money(balanceDue), workDone: measured.workDone, milestones: lines, notes: notes)
    }

    // MARK: - Validation

    private static func validate(_ refundCase: RefundCase) throws(ValueError) {
        try check(refundCase.total, "total", in: refundCase.currency)
        try check(refundCase.paid, "paid", in: refundCase.currency)
        try check(refundCase.deposit, "deposit", in: refundCase.currency)
        try check(refundCase.expenses, "expenses", in: refundCase.currency)
        if refundCase.deposit > refundCase.total {
            throw RefundError.make(
                "E_DEPOSIT_EXCEEDS_TOTAL",
                "deposit \(refundCase.deposit.plain) exceeds the contract total \(refundCase.total.plain)")
        }
        if let killFee = refundCase.killFee { try checkPercent(killFee.percent, "kill_fee_percent") }
    }

    static func check(_ amount: Money, _ name: @autoclosure () -> String, in currency: Currency) throws(ValueError) {
        guard amount.currency == currency else {
            throw RefundError.make("E_CURRENCY_MISMATCH", "\(name()) is in \(amount.currency.code), contract currency is \(currency.code)")
        }
        guard amount.minorUnits >= 0 else {
            throw RefundError.make("E_NEGATIVE", "\(name()) must be >= 0 (got \(amount.plain))")
        }
    }

    /// A percent of something: at most 100, at most six decimal places.
    static func checkPercent(_ percent: Percent, _ name: @autoclosure () -> String) throws(ValueError) {
        try checkPrecision(percent.value, name())
        // Compared in integers (scale ≤ 6 here): this runs for every case.
        guard percent.value.units <= 100 * powerOfTen(percent.value.scale) else {
            throw RefundError.make("E_RANGE", "\(name()) must be between 0 and 100 (got \(percent.value.formatted))")
        }
    }

    static func checkPrecision(_ number: DecimalNumber, _ name: @autoclosure () -> String) throws(ValueError) {
        guard number.scale <= 6 else {
            throw RefundError.make("E_PRECISION", "\(name()): \(number.formatted) has more than 6 fraction digits")
        }
    }

    // MARK: - Work done

    struct Measured {
        var exact: ExactAmount
        var workDone: WorkDone
        /// For the milestones method: each milestone's exact contribution Σ-proportional to its share of E.
        var milestones: (items: [RefundMilestone], contributions: [Wide256])?
    }

    private static func measure(_ method: RefundMethod, of refundCase: RefundCase, notes: inout [RefundNote]) throws(ValueError) -> Measured {
        let total = refundCase.total, currency = refundCase.currency
        let totalUnits = Wide256(total.minorUnits)
        switch method {
        case .time(let start, let end, let lastDay):
            guard end >= start else {
                throw RefundError.make("E_TERM_INVALID", "term end \(end.iso) is before term start \(start.iso)")
            }
            guard lastDay <= end else {
                throw RefundError.make(
                    "E_TERMINATION_OUTSIDE_TERM",
                    "last_service_day \(lastDay.iso) is after term end \(end.iso): not an early termination")
            }
            let term = end.daysSinceEpoch - start.daysSinceEpoch + 1
            let served = max(0, lastDay.daysSinceEpoch - start.daysSinceEpoch + 1)
            if lastDay < start { notes.append(.cancelledBeforeStart) }
            return Measured(
                exact: ExactAmount(totalUnits.multiplied(by: UInt64(served)), over: Wide256(term), currency: currency),
                workDone: .days(served: served, term: term))

        case .milestones(let items, let normalize):
            return try measureMilestones(items, normalize: normalize, of: refundCase, notes: &notes)

        case .hours(let hours, let rate):
            try checkPrecision(hours, "hours")
            try check(rate, "rate", in: currency)
            var exact = ExactAmount(
                Wide256(hours.units).multiplied(by: UInt64(rate.minorUnits)), over: Wide256(powerOfTen(hours.scale)), currency: currency)
            if !total.isZero, exact.compare(total) > 0 {
                notes.append(.hoursCapped(amount: exact, total: total))
                exact = ExactAmount(total)
            }
            return Measured(exact: exact, workDone: .hours(hours, rate: rate))

        case .deliverables(let delivered, let count):
            guard count > 0 else { throw RefundError.make("E_ZERO_DENOMINATOR", "total_count must be greater than 0") }
            guard delivered >= 0 else { throw RefundError.make("E_NEGATIVE", "delivered_count must be >= 0 (got \(delivered))") }
            guard delivered <= count else {
                throw RefundError.make("E_RANGE", "delivered_count \(delivered) is more than total_count \(count)")
            }
            return Measured(
                exact: ExactAmount(totalUnits.multiplied(by: UInt64(delivered)), over: Wide256(count), currency: currency),
                workDone: .deliverables(delivered: delivered, total: count))

        case .percent(let percent):
            try checkPercent(percent, "percent_complete")
            return Measured(exact: share(of: total, percent), workDone: .percent(percent))

        case .greaterOf(let methods):
            guard !methods.isEmpty else { throw RefundError.make("E_MISSING", "measures: give at least one measure") }
            var best: Measured?
            var chosen = 0
            var all: [WorkDone] = []
            for (index, method) in methods.enumerated() {
                let candidate = try measure(method, of: refundCase, notes: &notes)
                all.append(candidate.workDone)
                if best == nil || candidate.exact.compare(best!.exact) > 0 {
                    best = candidate
                    chosen = index
                }
            }
            guard var result = best else { preconditionFailure("a non-empty list has a greatest measure") }
            result.workDone = .greaterOf(all, chosen: chosen)
            return result
        }
    }

    private static func measureMilestones(
        _ items: [RefundMilestone], normalize: Bool, of refundCase: RefundCase, notes: inout [RefundNote]
    ) throws(ValueError) -> Measured {
        let currency = refundCase.currency
        guard !items.isEmpty else { throw RefundError.make("E_MISSING", "milestones: give at least one milestone") }
        // One pass to check every milestone and find the common scales, one to compute: no
        // intermediate arrays, since this runs for every case.
        var percentCount = 0, amountCount = 0, weightScale = 0, creditScale = 0
        for (index, item) in items.enumerated() {
            func name(_ key: String) -> String { "milestones[\(index)].\(key)" }
            switch item.weight {
            case .percent(let weight):
                try checkPrecision(weight.value, name("weight"))
                percentCount += 1
                weightScale = max(weightScale, weight.value.scale)
            case .amount(let amount):
                try check(amount, name("amount"), in: currency)
                amountCount += 1
            }
            if case .inProgress(let percent) = item.status {
                try checkPercent(percent, name("percent"))
                creditScale = max(creditScale, percent.value.scale)
            }
        }
        guard percentCount == 0 || amountCount == 0 else {
            throw RefundError.make("E_WEIGHTS_SUM", "milestones mix percent weights and amounts: use one kind for all")
        }
        let byAmount = amountCount > 0

        // Weights as integers at one scale (10^-S for percents, minor units for amounts) and
        // credits as integers over 100 × 10^C; a contribution is weight × credit.
        var weightSum = Wide256.zero, done = Wide256.zero
        var contributions: [Wide256] = []
        contributions.reserveCapacity(items.count)
        let fullCredit = UInt64(100 * powerOfTen(creditScale))
        for item in items {
            let weight: Wide256
            switch item.weight {
            case .percent(let percent): weight = Wide256(percent.value.units).multiplied(by: UInt64(powerOfTen(weightScale - percent.value.scale)))
            case .amount(let amount): weight = Wide256(amount.minorUnits)
            }
            let credit: UInt64
            switch item.status {
            case .notStarted: credit = 0
            case .inProgress(let percent): credit = UInt64(percent.value.units * powerOfTen(creditScale - percent.value.scale))
            case .delivered, .accepted: credit = fullCredit
            }
            let contribution = weight.multiplied(by: credit)
            weightSum = weightSum + weight
            done = done + contribution
            contributions.append(contribution)
        }
        guard !weightSum.isZero else { throw RefundError.make("E_ZERO_DENOMINATOR", "milestone weights sum to 0") }

        let expected = byAmount ? Wide256(refundCase.total.minorUnits) : Wide256(powerOfTen(weightScale)).multiplied(by: UInt64(100))
        func sumText() -> String {
            if !byAmount { return exactDecimalText(weightSum, Wide256(powerOfTen(weightScale)), maxFractionDigits: weightScale) }
            return weightSum.int64.map { Money(minorUnits: $0, currency: currency).plain }
                ?? exactDecimalText(weightSum, Wide256(powerOfTen(currency.minorUnits)), maxFractionDigits: currency.minorUnits)
        }
        if weightSum != expected {
            guard normalize else {
                let target = byAmount ? "the total \(refundCase.total.plain)" : "100"
                throw RefundError.make("E_WEIGHTS_SUM", "milestone weights sum to \(sumText()), expected \(target)")
            }
            notes.append(.weightsNormalized(sum: sumText()))
        }

        let denominator = weightSum.multiplied(by: fullCredit)
        return Measured(
            exact: ExactAmount(done.multiplied(by: UInt64(refundCase.total.minorUnits)), over: denominator, currency: currency),
            workDone: .milestones(done: WorkFraction(numerator: done, denominator: denominator)),
            milestones: (items, contributions))
    }

    /// `percent` of `amount`, exact.
    private static func share(of amount: Money, _ percent: Percent) -> ExactAmount {
        ExactAmount(
            Wide256(amount.minorUnits).multiplied(by: UInt64(percent.value.units)),
            over: Wide256(powerOfTen(percent.value.scale)).multiplied(by: UInt64(100)), currency: amount.currency)
    }

    // MARK: - Milestone lines

    /// Splits `earned` in proportion to the contributions by largest remainder: floor each share,
    /// then hand the leftover units to the largest remainders, earlier milestones first on ties.
    static func allocate(_ earned: Money, over items: [RefundMilestone], contributions: [Wide256]) -> [MilestoneLine] {
        let sum = contributions.reduce(Wide256.zero, +)
        guard !sum.isZero else {
            return items.enumerated().map { MilestoneLine(number: $0.offset + 1, milestone: $0.element, amount: .zero(earned.currency)) }
        }
        let shares = contributions.map { $0.multiplied(by: UInt64(earned.minorUnits)).quotientAndRemainder(dividingBy: sum) }
        var units = shares.map { $0.quotient.int64 ?? 0 }
        var leftover = earned.minorUnits - units.reduce(0, +)
        let order = leftover == 0 ? [] : shares.indices.sorted { a, b in
            shares[a].remainder != shares[b].remainder ? shares[a].remainder > shares[b].remainder : a < b
        }
        for index in order where leftover > 0 {
            units[index] += 1
            leftover -= 1
        }
        return items.indices.map { MilestoneLine(number: $0 + 1, milestone: items[$0], amount: Money(minorUnits: units[$0], currency: earned.currency)) }
    }
}

/// Builds the refund errors (`ValueError`, with the codes of REFUND.md §2.5) in one place.
enum RefundError {
    static func make(_ code: String, _ message: String) -> ValueError { ValueError(code, message) }
}
