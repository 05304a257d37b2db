import Testing
@testable import BoundaryKit

@Suite struct LateChargeTests {
    let usd = try! Currency(code: "USD")

    @Test func interestRunsPerDayAtTwelveMonthlyRatesAYear() throws {
        let charge = LateCharge(terms: .monthlyInterest(try Percent.parse("1.5")), pauseAfterDays: 14)
        let amount = try Money.parse("3600.00", currency: usd)
        // 3600 × 1.5% × 12 / 365 × 10 = 17.7534… → 17.75
        #expect(charge.charge(on: amount, daysLate: 10).plain == "17.75")
        #expect(charge.charge(on: amount, daysLate: 365).plain == "648.00")
        #expect(charge.charge(on: amount, daysLate: 0).isZero)
    }

    @Test func aFixedFeeIsTheFeeWhateverTheDelay() throws {
        let fee = try Money.parse("40.00", currency: usd)
        let charge = LateCharge(terms: .fixedFee(fee), pauseAfterDays: 14)
        #expect(charge.charge(on: try Money.parse("10.00", currency: usd), daysLate: 90) == fee)
    }

    @Test func workMayPauseTheDayAfterTheGracePeriod() throws {
        let charge = LateCharge(terms: .fixedFee(.zero(usd)), pauseAfterDays: 14)
        // Due 5 March: 19 March is 14 days overdue, 20 March more than 14.
        #expect(charge.firstPauseDay(due: try CivilDate.parse("2027-03-05")).iso == "2027-03-20")
    }
}
