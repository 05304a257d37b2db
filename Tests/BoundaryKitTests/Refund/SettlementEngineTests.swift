import Testing
@testable import BoundaryKit

/// Builds cases in a few words: amounts as text in the case's currency.
struct RefundGiven {
    let currency: Currency

    init(_ code: String = "USD") { currency = try! Currency(code: code) }

    func money(_ text: String) -> Money { try! Money.parse(text, currency: currency) }

    func date(_ text: String) -> CivilDate { try! CivilDate.parse(text) }

    func percent(_ text: String) -> Percent { try! Percent.parse(text) }

    func refundCase(
        total: String, paid: String, deposit: String? = nil, expenses: String? = nil, killFee: KillFee? = nil,
        rounding: RoundingMode = .halfEven, _ method: RefundMethod
    ) -> RefundCase {
        RefundCase(
            currency: currency, total: money(total), paid: money(paid), deposit: deposit.map(money), expenses: expenses.map(money),
            killFee: killFee, rounding: rounding, method: method)
    }

    func settle(_ refundCase: RefundCase) throws(ValueError) -> Settlement { try SettlementEngine.settle(refundCase) }

    func error(_ refundCase: RefundCase) -> ValueError? {
        do { _ = try settle(refundCase); return nil } catch { return error }
    }
}

@Suite struct SettlementEngineTests {
    let usd = RefundGiven()

    // MARK: Methods

    @Test func timeCountsInclusiveDays() throws {
        let s = try usd.settle(usd.refundCase(total: "3100.00", paid: "3100.00", .time(start: usd.date("2025-03-01"), end: usd.date("2025-03-31"), lastDay: usd.date("2025-03-10"))))
        #expect(s.workDone == .days(served: 10, term: 31))
        #expect(s.workDone.description == "days 10/31")
        #expect(s.earned == usd.money("1000.00"))
        #expect(s.refund == usd.money("2100.00"))
        #expect(s.notes.isEmpty)
    }

    @Test func timeOnTheLastDayEarnsEverything() throws {
        let s = try usd.settle(usd.refundCase(total: "100.00", paid: "0", .time(start: usd.date("2024-02-01"), end: usd.date("2024-02-29"), lastDay: usd.date("2024-02-29"))))
        #expect(s.workDone == .days(served: 29, term: 29))
        #expect(s.earned == usd.money("100.00") && s.balanceDue == usd.money("100.00"))
    }

    @Test func milestonesCreditEachStatus() throws {
        let items = [
            RefundMilestone(name: "Brief", weight: .percent(usd.percent("10")), status: .accepted),
            RefundMilestone(name: "Draft", weight: .percent(usd.percent("20")), status: .delivered),
            RefundMilestone(name: "Build", weight: .percent(usd.percent("40")), status: .inProgress(usd.percent("25"))),
            RefundMilestone(name: "Launch", weight: .percent(usd.percent("30")), status: .notStarted),
        ]
        let s = try usd.settle(usd.refundCase(total: "1000.00", paid: "1000.00", .milestones(items, normalizeWeights: false)))
        #expect(s.earned == usd.money("400.00"))
        #expect(s.milestones.map(\.amount) == ["100.00", "200.00", "100.00", "0.00"].map(usd.money))
        #expect(s.milestones.map(\.number) == [1, 2, 3, 4])
        #expect(s.workDone.description == "milestones 40%")
    }

    @Test func milestonesWeightedByAmounts() throws {
        let items = [
            RefundMilestone(weight: .amount(usd.money("300.00")), status: .accepted),
            RefundMilestone(weight: .amount(usd.money("700.00")), status: .inProgress(usd.percent("50"))),
        ]
        let s = try usd.settle(usd.refundCase(total: "1000.00", paid: "0", .milestones(items, normalizeWeights: false)))
        #expect(s.earned == usd.money("650.00"))
        #expect(s.milestones.map(\.amount) == [usd.money("300.00"), usd.money("350.00")])
    }

    @Test func milestoneLinesSplitTheRoundedFeeByLargestRemainder() throws {
        // Three equal thirds of 100.00: 33.33 each, the leftover cent to the first (ties go to earlier milestones).
        let items = (0..<3).map { _ in RefundMilestone(weight: .percent(usd.percent("1")), status: .accepted) }
        let s = try usd.settle(usd.refundCase(total: "100.00", paid: "0", .milestones(items, normalizeWeights: true)))
        #expect(s.earned == usd.money("100.00"))
        #expect(s.milestones.map(\.amount) == ["33.34", "33.33", "33.33"].map(usd.money))
    }

    @Test func milestoneLinesFollowTheLargestRemainder() throws {
        // 10.00 × (1/6, 2/6, 3/6) → 1.666…, 3.333…, 5 → floors 1.66, 3.33, 5.00; one cent left, to the .666 remainder.
        let items = [1, 2, 3].map { RefundMilestone(weight: .percent(Percent(DecimalNumber(units: Int64($0), scale: 0))), status: .accepted) }
        let s = try usd.settle(usd.refundCase(total: "10.00", paid: "0", .milestones(items, normalizeWeights: true)))
        #expect(s.milestones.map(\.amount) == ["1.67", "3.33", "5.00"].map(usd.money))
    }

    @Test func hoursTimesRateUnderTheCap() throws {
        let s = try usd.settle(usd.refundCase(total: "6000.00", paid: "3000.00", .hours(DecimalNumber(units: 275, scale: 1), rate: usd.money("85.00"))))
        #expect(s.earned == usd.money("2337.50"))
        #expect(s.workDone.description == "hours 27.5 at 85.00")
        #expect(s.notes.isEmpty)
    }

    @Test func hoursWithFractionalCentsRoundOnce() throws {
        // 0.333333 h × 10.00 = 3.33333 → 3.33.
        let s = try usd.settle(usd.refundCase(total: "100.00", paid: "0", .hours(DecimalNumber(units: 333_333, scale: 6), rate: usd.money("10.00"))))
        #expect(s.earnedExact.decimalText() == "3.33333")
        #expect(s.earned == usd.money("3.33"))
    }

    @Test func deliverablesFraction() throws {
        let s = try usd.settle(usd.refundCase(total: "1000.00", paid: "1000.00", .deliverables(delivered: 1, total: 3)))
        #expect(s.earnedExact.decimalText() == "333.3333333333…")
        #expect(s.earned == usd.money("333.33") && s.refund == usd.money("666.67"))
    }

    @Test func percentComplete() throws {
        let s = try usd.settle(usd.refundCase(total: "999.99", paid: "0", .percent(usd.percent("33.3"))))
        #expect(s.earnedExact.decimalText() == "332.99667")
        #expect(s.earned == usd.money("333.00"))
    }

    @Test func greaterOfTakesTheLargestExactMeasure() throws {
        let s = try usd.settle(usd.refundCase(total: "9000.00", paid: "3000.00", .greaterOf([
            .percent(usd.percent("25")), .hours(DecimalNumber(units: 40, scale: 0), rate: usd.money("95.00")), .deliverables(delivered: 1, total: 3),
        ])))
        #expect(s.earned == usd.money("3800.00"))
        guard case .greaterOf(let all, let chosen) = s.workDone else { Issue.record("not greater-of"); return }
        #expect(all.count == 3 && chosen == 1)
    }

    @Test func greaterOfWithMilestonesWinningKeepsTheLines() throws {
        let items = [RefundMilestone(weight: .percent(.hundred), status: .inProgress(usd.percent("60")))]
        let s = try usd.settle(usd.refundCase(total: "100.00", paid: "0", .greaterOf([.percent(usd.percent("10")), .milestones(items, normalizeWeights: false)])))
        #expect(s.earned == usd.money("60.00") && s.milestones.map(\.amount) == [usd.money("60.00")])
        let lost = try usd.settle(usd.refundCase(total: "100.00", paid: "0", .greaterOf([.percent(usd.percent("90")), .milestones(items, normalizeWeights: false)])))
        #expect(lost.earned == usd.money("90.00") && lost.milestones.isEmpty)
    }

    // MARK: Rounding, currencies and sizes

    @Test(arguments: [
        (RoundingMode.halfEven, "50.02"), (.halfUp, "50.03"), (.down, "50.02"), (.up, "50.03"),
    ])
    func roundingModesOnATie(mode: RoundingMode, earned: String) throws {
        let s = try usd.settle(usd.refundCase(total: "100.05", paid: "100.05", rounding: mode, .percent(usd.percent("50"))))
        #expect(s.earned == usd.money(earned))
        #expect(s.refund == usd.money("100.05") - usd.money(earned))
    }

    @Test func roundingOffATie() throws {
        // 1/3 of 0.05 = 0.01666…: down 0.01, up 0.02, half-even and half-up 0.02.
        for (mode, expected) in [(RoundingMode.down, "0.01"), (.up, "0.02"), (.halfEven, "0.02"), (.halfUp, "0.02")] {
            let s = try usd.settle(usd.refundCase(total: "0.05", paid: "0", rounding: mode, .deliverables(delivered: 1, total: 3)))
            #expect(s.earned == usd.money(expected), "\(mode)")
        }
    }

    @Test func threeAndFourDigitCurrencies() throws {
        let kwd = RefundGiven("KWD"), clf = RefundGiven("CLF")
        let k = try kwd.settle(kwd.refundCase(total: "1.000", paid: "1.000", .deliverables(delivered: 2, total: 3)))
        #expect(k.earned.plain == "0.667" && k.refund.plain == "0.333")
        let c = try clf.settle(clf.refundCase(total: "1.0000", paid: "0", .deliverables(delivered: 1, total: 7)))
        #expect(c.earned.plain == "0.1429" && c.balanceDue.plain == "0.1429")
    }

    @Test func hugeAmountsStayExact() throws {
        // 10^17 minor units × 366 days overflows Int64; the engine works at 256 bits.
        let s = try usd.settle(usd.refundCase(
            total: "999999999999999.99", paid: "999999999999999.99",
            .time(start: usd.date("2024-01-01"), end: usd.date("2024-12-31"), lastDay: usd.date("2024-12-30"))))
        #expect(s.earnedExact.decimalText() == "997267759562841.5200819672…")
        #expect(s.earned.plain == "997267759562841.52")
        #expect(s.refund.plain == "2732240437158.47")
    }

    @Test func entitlementBeyondMinorUnitsIsARangeError() {
        let clf = RefundGiven("CLF")
        let big = "900000000000000.0000"
        let error = clf.error(clf.refundCase(total: big, paid: "0", expenses: big, .percent(.hundred)))
        #expect(error?.code == "E_RANGE")
    }

    // MARK: Deposit, kill fee, expenses

    @Test func depositIsAFloorNotAnAddition() throws {
        let s = try usd.settle(usd.refundCase(total: "10000.00", paid: "2500.00", deposit: "2500.00", .percent(usd.percent("30"))))
        #expect(s.earned == usd.money("3000.00") && s.feeKept == usd.money("3000.00"))
        #expect(s.balanceDue == usd.money("500.00"))
        #expect(s.notes.isEmpty)
    }

    @Test func depositFloorNote() throws {
        let s = try usd.settle(usd.refundCase(total: "10000.00", paid: "2500.00", deposit: "2500.00", .percent(usd.percent("10"))))
        #expect(s.feeKept == usd.money("2500.00"))
        #expect(s.notes == [.depositFloor(deposit: usd.money("2500.00"), earned: usd.money("1000.00"))])
        #expect(s.notes.map(\.code) == ["W_DEPOSIT_FLOOR"])
    }

    @Test(arguments: [
        (KillFee.Base.unearned, "2000.00"), (.total, "2500.00"), (.unpaid, "1750.00"),
    ])
    func killFeeBases(base: KillFee.Base, expected: String) throws {
        let s = try usd.settle(usd.refundCase(total: "10000.00", paid: "3000.00", killFee: KillFee(usd.percent("25"), of: base), .percent(usd.percent("20"))))
        #expect(s.killFee == usd.money(expected))
        #expect(s.entitlement == usd.money("2000.00") + usd.money(expected))
    }

    @Test func unpaidBaseIsNeverNegative() throws {
        let s = try usd.settle(usd.refundCase(total: "1000.00", paid: "1500.00", killFee: KillFee(usd.percent("50"), of: .unpaid), .percent(usd.percent("50"))))
        #expect(s.killFee.isZero && s.refund == usd.money("1000.00"))
    }

    @Test func killFeeCappedNote() throws {
        // 50% of the total is 5000.00, but only T − F = 2000.00 is left.
        let s = try usd.settle(usd.refundCase(total: "10000.00", paid: "0", killFee: KillFee(usd.percent("50"), of: .total), .percent(usd.percent("80"))))
        #expect(s.killFee == usd.money("2000.00"))
        #expect(s.feeKept + s.killFee == usd.money("10000.00"))
        #expect(s.notes == [.killFeeCapped(computed: usd.money("5000.00"), cap: usd.money("2000.00"))])
        #expect(s.notes[0].code == "W_KILL_FEE_CAPPED")
        #expect(s.notes[0].message == "kill fee 5000.00 capped at 2000.00: fee kept plus kill fee cannot exceed the total")
    }

    @Test func killFeeIsRoundedOnce() throws {
        let s = try usd.settle(usd.refundCase(total: "100.05", paid: "0", killFee: KillFee(usd.percent("50"), of: .total), rounding: .halfUp, .percent(.zero)))
        #expect(s.killFee == usd.money("50.03"))
    }

    @Test func expensesAreAddedInFullAndNotCapped() throws {
        let s = try usd.settle(usd.refundCase(total: "100.00", paid: "50.00", expenses: "500.00", killFee: KillFee(.hundred), .percent(.hundred)))
        #expect(s.entitlement == usd.money("600.00") && s.balanceDue == usd.money("550.00"))
    }

    // MARK: Notes

    @Test func zeroTotalNote() throws {
        let s = try usd.settle(usd.refundCase(total: "0.00", paid: "150.00", expenses: "10.00", .hours(DecimalNumber(units: 10, scale: 0), rate: usd.money("50.00"))))
        #expect(s.earned.isZero && s.feeKept.isZero && s.killFee.isZero)
        #expect(s.entitlement == usd.money("10.00") && s.refund == usd.money("140.00"))
        #expect(s.notes == [.zeroTotal])
        #expect(s.notes[0].code == "W_ZERO_TOTAL")
    }

    @Test func hoursOverrunNote() throws {
        let s = try usd.settle(usd.refundCase(total: "6000.00", paid: "6000.00", .hours(DecimalNumber(units: 80, scale: 0), rate: usd.money("90.00"))))
        #expect(s.earned == usd.money("6000.00"))
        #expect(s.notes.map(\.code) == ["W_HOURS_CAPPED"])
        #expect(s.notes[0].message == "hours x rate 7200 exceeds total: capped")
    }

    @Test func weightsNormalizedNote() throws {
        let items = ["30", "30", "30"].map { RefundMilestone(weight: .percent(usd.percent($0)), status: .accepted) }
        let s = try usd.settle(usd.refundCase(total: "900.00", paid: "0", .milestones(items, normalizeWeights: true)))
        #expect(s.earned == usd.money("900.00"))
        #expect(s.notes == [.weightsNormalized(sum: "90")])
        #expect(s.notes[0].code == "W_WEIGHTS_NORMALIZED")
        // Normalizing weights that already add up says nothing.
        let exact = ["50", "50"].map { RefundMilestone(weight: .percent(usd.percent($0)), status: .accepted) }
        #expect(try usd.settle(usd.refundCase(total: "900.00", paid: "0", .milestones(exact, normalizeWeights: true))).notes.isEmpty)
    }

    @Test func cancelledBeforeStartNote() throws {
        let s = try usd.settle(usd.refundCase(total: "5000.00", paid: "5000.00", .time(start: usd.date("2025-06-01"), end: usd.date("2025-08-31"), lastDay: usd.date("2025-05-20"))))
        #expect(s.workDone == .days(served: 0, term: 92))
        #expect(s.refund == usd.money("5000.00"))
        #expect(s.notes.map(\.code) == ["W_CANCELLED_BEFORE_START"])
    }

    // MARK: Errors

    @Test func depositExceedsTotal() {
        #expect(usd.error(usd.refundCase(total: "100.00", paid: "0", deposit: "100.01", .percent(.zero)))?.code == "E_DEPOSIT_EXCEEDS_TOTAL")
    }

    @Test func weightsMustAddUp() {
        let items = ["30", "30", "30"].map { RefundMilestone(weight: .percent(usd.percent($0)), status: .accepted) }
        let error = usd.error(usd.refundCase(total: "1000.00", paid: "0", .milestones(items, normalizeWeights: false)))
        #expect(error?.code == "E_WEIGHTS_SUM")
        #expect(error?.message == "milestone weights sum to 90, expected 100")
        let amounts = ["300.00", "600.00"].map { RefundMilestone(weight: .amount(usd.money($0)), status: .accepted) }
        let amountError = usd.error(usd.refundCase(total: "1000.00", paid: "0", .milestones(amounts, normalizeWeights: false)))
        #expect(amountError?.message == "milestone weights sum to 900.00, expected the total 1000.00")
        let mixed = [RefundMilestone(weight: .amount(usd.money("1.00")), status: .accepted), RefundMilestone(weight: .percent(.hundred), status: .accepted)]
        #expect(usd.error(usd.refundCase(total: "1.00", paid: "0", .milestones(mixed, normalizeWeights: true)))?.code == "E_WEIGHTS_SUM")
    }

    @Test func zeroDenominators() {
        let items = [RefundMilestone(weight: .percent(.zero), status: .accepted)]
        #expect(usd.error(usd.refundCase(total: "1.00", paid: "0", .milestones(items, normalizeWeights: true)))?.code == "E_ZERO_DENOMINATOR")
        #expect(usd.error(usd.refundCase(total: "1.00", paid: "0", .deliverables(delivered: 0, total: 0)))?.code == "E_ZERO_DENOMINATOR")
    }

    @Test func termErrors() {
        let d = usd.date
        #expect(usd.error(usd.refundCase(total: "1.00", paid: "0", .time(start: d("2025-02-01"), end: d("2025-01-31"), lastDay: d("2025-01-15"))))?.code == "E_TERM_INVALID")
        let outside = usd.error(usd.refundCase(total: "1.00", paid: "0", .time(start: d("2025-06-01"), end: d("2025-08-31"), lastDay: d("2025-09-15"))))
        #expect(outside?.code == "E_TERMINATION_OUTSIDE_TERM")
        #expect(outside?.message == "last_service_day 2025-09-15 is after term end 2025-08-31: not an early termination")
    }

    @Test func rangeErrors() {
        #expect(usd.error(usd.refundCase(total: "1.00", paid: "0", .deliverables(delivered: 4, total: 3)))?.code == "E_RANGE")
        #expect(usd.error(usd.refundCase(total: "1.00", paid: "0", .percent(usd.percent("100.5"))))?.code == "E_RANGE")
        #expect(usd.error(usd.refundCase(total: "1.00", paid: "0", killFee: KillFee(usd.percent("101")), .percent(.zero)))?.code == "E_RANGE")
        let over = [RefundMilestone(weight: .percent(.hundred), status: .inProgress(usd.percent("150")))]
        #expect(usd.error(usd.refundCase(total: "1.00", paid: "0", .milestones(over, normalizeWeights: false)))?.code == "E_RANGE")
    }

    @Test func valuesBuiltInCodeAreCheckedToo() {
        let eur = try! Currency(code: "EUR")
        var mismatch = usd.refundCase(total: "1.00", paid: "0", .percent(.zero))
        mismatch.paid = Money(minorUnits: 5, currency: eur)
        #expect(usd.error(mismatch)?.code == "E_CURRENCY_MISMATCH")
        #expect(usd.error(mismatch)?.message == "paid is in EUR, contract currency is USD")
        var negative = usd.refundCase(total: "1.00", paid: "0", .percent(.zero))
        negative.expenses = Money(minorUnits: -1, currency: usd.currency)
        #expect(usd.error(negative)?.code == "E_NEGATIVE")
        let precise = usd.refundCase(total: "1.00", paid: "0", .percent(Percent(DecimalNumber(units: 1, scale: 7))))
        #expect(usd.error(precise)?.code == "E_PRECISION")
        #expect(usd.error(usd.refundCase(total: "1.00", paid: "0", .greaterOf([])))?.code == "E_MISSING")
        #expect(usd.error(usd.refundCase(total: "1.00", paid: "0", .milestones([], normalizeWeights: false)))?.code == "E_MISSING")
        let foreignRate = RefundMethod.hours(DecimalNumber(units: 1, scale: 0), rate: Money(minorUnits: 1, currency: eur))
        #expect(usd.error(usd.refundCase(total: "1.00", paid: "0", foreignRate))?.code == "E_CURRENCY_MISMATCH")
    }

    // MARK: JSON

    @Test func settlementJSONCarriesStringsWithTheCurrencysDigits() throws {
        let s = try usd.settle(usd.refundCase(total: "12000.00", paid: "12000.00", .time(start: usd.date("2025-01-01"), end: usd.date("2025-12-31"), lastDay: usd.date("2025-03-31"))))
        #expect(s.json.pretty() == """
        {
          "balance_due": "0.00",
          "currency": "USD",
          "earned": "2958.90",
          "earned_exact": "2958.9041095890…",
          "entitlement": "2958.90",
          "expenses": "0.00",
          "fee_kept": "2958.90",
          "kept": "2958.90",
          "kill_fee": "0.00",
          "milestones": [],
          "minor_units": 2,
          "notes": [],
          "paid": "12000.00",
          "refund": "9041.10",
          "rounding": "half-even",
          "work_done": "days 90/365"
        }
        """)
    }

    @Test func milestoneLinesAndNotesInJSON() throws {
        let items = [
            RefundMilestone(name: "Design", weight: .percent(usd.percent("30")), status: .accepted),
            RefundMilestone(weight: .percent(usd.percent("30")), status: .inProgress(usd.percent("50"))),
        ]
        let s = try usd.settle(usd.refundCase(total: "600.00", paid: "0", .milestones(items, normalizeWeights: true)))
        let json = s.json
        #expect(json["milestones"] == .array([
            .object([("number", .number("1")), ("name", .string("Design")), ("weight", .string("30")), ("status", .string("accepted")), ("credit", .string("100%")), ("amount", .string("300.00"))]),
            .object([("number", .number("2")), ("weight", .string("30")), ("status", .string("in_progress")), ("credit", .string("50%")), ("amount", .string("150.00"))]),
        ]))
        #expect(json["notes"] == .array([.object([("code", .string("W_WEIGHTS_NORMALIZED")), ("message", .string("weights normalized (sum was 60)"))])]))
    }

    @Test func errorJSON() {
        let error = ValueError("E_WEIGHTS_SUM", "milestone weights sum to 90, expected 100")
        #expect(error.json.pretty() == """
        {
          "error": {
            "code": "E_WEIGHTS_SUM",
            "message": "milestone weights sum to 90, expected 100"
          }
        }
        """)
    }
}
