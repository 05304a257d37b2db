import Testing
@testable import BoundaryKit

@Suite struct MoneyTests {
    let usd = try! Currency(code: "USD"), jpy = try! Currency(code: "JPY"), kwd = try! Currency(code: "KWD")

    @Test func parsesExactlyIntoMinorUnits() throws {
        #expect(try Money.parse("12000", currency: usd).minorUnits == 1_200_000)
        #expect(try Money.parse("12000.5", currency: usd).minorUnits == 1_200_050)
        #expect(try Money.parse("0.07", currency: usd).minorUnits == 7)
        #expect(try Money.parse("1.234", currency: kwd).minorUnits == 1234)
        #expect(try Money.parse("500", currency: jpy).minorUnits == 500)
        #expect(try Money.parse("900.00 USD", currency: usd).minorUnits == 90000)
    }

    @Test(arguments: [
        ("12.5abc", "E_PARSE"), ("1,234.56", "E_PARSE"), ("-5", "E_NEGATIVE"), ("", "E_MISSING"), ("0x10", "E_PARSE"),
        ("1e3", "E_PARSE"), (" 12", "E_PARSE"), ("12.", "E_PARSE"), (".5", "E_PARSE"), ("12.345", "E_PRECISION"),
        ("1000000000000000", "E_RANGE"), ("900.00 EUR", "E_CURRENCY_MISMATCH"),
    ])
    func rejectsWhatIsNotAnAmount(text: String, code: String) {
        #expect(throws: ValueError.self) { try Money.parse(text, currency: usd) }
        do { _ = try Money.parse(text, currency: usd) } catch { #expect(error.code == code, "\(error.message)") }
    }

    @Test func yenHasNoDecimals() {
        do { _ = try Money.parse("500.5", currency: jpy); Issue.record("accepted") } catch {
            #expect(error.message == "`500.5` has 1 decimal places; JPY amounts have no decimal places")
        }
    }

    @Test func formatsForReadingAndForMachines() throws {
        #expect(try Money.parse("1234567.8", currency: usd).formatted == "USD 1,234,567.80")
        #expect(try Money.parse("999", currency: usd).formatted == "USD 999.00")
        #expect(try Money.parse("1000", currency: jpy).formatted == "JPY 1,000")
        #expect(try Money.parse("0.005", currency: kwd).plain == "0.005")
        #expect(Money.zero(usd).plain == "0.00")
    }

    @Test func sharesRoundOnceInTheChosenMode() throws {
        let amount = try Money.parse("0.10", currency: usd)  // 10 cents; 25% is 2.5 cents
        let quarter = try Percent.parse("25%")
        #expect(amount.share(quarter).minorUnits == 2)
        #expect(amount.share(quarter, rounding: .halfUp).minorUnits == 3)
        #expect(amount.share(quarter, rounding: .down).minorUnits == 2)
        #expect(amount.share(quarter, rounding: .up).minorUnits == 3)
        #expect(try Money.parse("0.30", currency: usd).share(quarter).minorUnits == 8)  // 7.5 → 8, the even one
    }

    @Test func allocationAddsUpExactly() throws {
        let total = try Money.parse("100.00", currency: usd)
        let thirds = try ["33.333333", "33.333333", "33.333334"].map(Percent.parse)
        let parts = total.allocate(thirds)
        #expect(parts.map(\.minorUnits) == [3333, 3333, 3334])
        let even = total.allocate([Rational(1, 3), Rational(1, 3), Rational(1, 3)])
        #expect(even.map(\.minorUnits) == [3334, 3333, 3333])  // the leftover cent goes to the first on a tie
        #expect(even.reduce(Money.zero(usd), +) == total)
    }

    @Test func unknownCurrenciesAreRefusedWithAHint() {
        #expect(throws: ValueError("E_CURRENCY_UNKNOWN", "`usd` is not a known currency code; write it in capitals: USD")) { try Currency(code: "usd") }
        #expect(throws: ValueError.self) { try Currency(code: "XYZ") }
        #expect(try! Currency(code: "CLF").minorUnits == 4)
        #expect(try! Currency(code: "BHD").minorUnits == 3)
    }
}

@Suite struct NumberTests {
    @Test func decimalsAndPercentsAreExact() throws {
        #expect(try DecimalNumber.parse("37.50").formatted == "37.5")
        #expect(try DecimalNumber.parse("37.50") == DecimalNumber.parse("37.5"))
        #expect(try Percent.parse("1.5%").fraction == Rational(3, 200))
        #expect(try Percent.parse("12.5 %").formatted == "12.5%")
        #expect(try Percent.parse("40") + Percent.parse("60") == Percent.hundred)
        #expect(throws: ValueError.self) { try DecimalNumber.parse("1.1234567") }
    }

    @Test func rationalsStayInLowestTermsAndRoundByMode() {
        #expect(Rational(6, -8) == Rational(-3, 4))
        #expect(Rational(1, 3) + Rational(1, 6) == Rational(1, 2))
        #expect(Rational(5, 2).rounded(.halfEven) == 2 && Rational(7, 2).rounded(.halfEven) == 4)
        #expect(Rational(5, 2).rounded(.halfUp) == 3 && Rational(5, 2).rounded(.down) == 2 && Rational(21, 10).rounded(.up) == 3)
        #expect(Rational(1, 3) < Rational(1, 2))
    }

    @Test func ratesNameTheirUnit() throws {
        let usd = try Currency(code: "USD")
        #expect(try Rate.parse("85/hour", currency: usd).formatted == "USD 85.00 per hour")
        #expect(try Rate.parse("0.25 per word", currency: usd).formatted == "USD 0.25 per word")
        #expect(throws: ValueError.self) { try Rate.parse("85/fortnight", currency: usd) }
    }
}

@Suite struct CivilDateTests {
    @Test func parsesAndFormats() throws {
        let date = try CivilDate.parse("2026-03-01")
        #expect(date.formatted == "1 March 2026" && date.iso == "2026-03-01")
        #expect(try CivilDate.parse("2024-02-29").day == 29)
    }

    @Test(arguments: [
        ("2026-02-31", "`2026-02-31` is not a date: February 2026 has 28 days"),
        ("2023-02-29", "`2023-02-29` is not a date: February 2023 has 28 days"),
        ("2026-13-01", "`2026-13-01` is not a date: there is no month 13"),
        ("1/3/2026", "`1/3/2026` is not a date: write it as YYYY-MM-DD, such as 2026-03-01"),
    ])
    func refusesImpossibleDates(text: String, message: String) {
        #expect(throws: ValueError("E_PARSE", message)) { try CivilDate.parse(text) }
    }

    @Test func countsCivilDaysAcrossLeapYears() throws {
        #expect(try CivilDate.parse("1970-01-01").daysSinceEpoch == 0)
        #expect(try CivilDate.parse("2024-03-01").daysSinceEpoch - CivilDate.parse("2024-02-28").daysSinceEpoch == 2)
        #expect(try CivilDate.parse("2025-12-31").daysSinceEpoch - CivilDate.parse("2025-01-01").daysSinceEpoch == 364)
        for day in stride(from: -800_000, through: 3_000_000, by: 997) {
            #expect(CivilDate(daysSinceEpoch: day).daysSinceEpoch == day)
        }
        #expect(try CivilDate.parse("2026-01-31").adding(days: 30).iso == "2026-03-02")
    }
}
