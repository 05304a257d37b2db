import Testing
@testable import BoundaryKit

/// `Wide256`, `compareFractions` and `ExactAmount`: the exact arithmetic under the engine.
@Suite struct ExactArithmeticTests {
    /// 2^64 × a + b.
    private func wide(_ a: UInt64, _ b: UInt64) -> Wide256 { Wide256(a).multiplied(by: UInt64(1) << 32).multiplied(by: UInt64(1) << 32) + Wide256(b) }

    @Test func productsAndDecimalDigits() {
        let max = Wide256.product(UInt64.max, UInt64.max)
        #expect(max.decimalString == "340282366920938463426481119284349108225")
        #expect(Wide256(UInt64(0)).decimalString == "0")
        let big = max.multiplied(by: UInt64.max)
        #expect(big.decimalString == "6277101735386680762814942322444851025767571854389858533375")
    }

    @Test func divisionBySmallAndLargeDivisors() {
        let n = Wide256.product(123_456_789_012_345_678, 987_654_321_098_765_432).multiplied(by: UInt64(1_000_003))
        let small = n.quotientAndRemainder(dividingBy: Wide256(UInt64(1_000_003)))
        #expect(small.quotient == Wide256.product(123_456_789_012_345_678, 987_654_321_098_765_432) && small.remainder.isZero)
        // A divisor above 2^64 takes the binary path: (d·q + r) / d = q rem r.
        let d = wide(3, 17), q = Wide256(UInt64(999_999_999_999)), r = wide(1, 5)
        let (quotient, remainder) = (q.multiplied(by: UInt64(1)) + .zero).quotientAndRemainder(dividingBy: .one)
        #expect(quotient == q && remainder.isZero)
        let dividend = d.multiplied(by: UInt64(999_999_999_999)) + r
        let result = dividend.quotientAndRemainder(dividingBy: d)
        #expect(result.quotient == q && result.remainder == r)
        #expect(Wide256.gcd(Wide256(UInt64(84)), Wide256(UInt64(36))) == Wide256(UInt64(12)))
    }

    @Test func fractionsCompareExactly() {
        func w(_ v: UInt64) -> Wide256 { Wide256(v) }
        #expect(compareFractions(w(1), w(3), w(333_333), w(1_000_000)) == 1)
        #expect(compareFractions(w(2), w(6), w(1), w(3)) == 0)
        #expect(compareFractions(w(5), w(8), w(8), w(13)) == 1)
        #expect(compareFractions(w(8), w(13), w(5), w(8)) == -1)
        // Products that would overflow 64 bits: (2^63 − 1)/(2^63 − 2) > (2^63 − 2)/(2^63 − 3)? No: the second is larger.
        let a = UInt64(Int64.max)
        #expect(compareFractions(w(a), w(a - 1), w(a - 1), w(a - 2)) == -1)
        #expect(compareFractions(w(0), w(5), w(0), w(7)) == 0)
    }

    @Test func exactAmountsRoundAndPrint() throws {
        let usd = try Currency(code: "USD"), jpy = try Currency(code: "JPY")
        let third = ExactAmount(Wide256(UInt64(100)), over: Wide256(UInt64(3)), currency: usd)
        #expect(third.decimalText() == "0.3333333333…")
        #expect(third.decimalText(maxFractionDigits: 2) == "0.33…")
        #expect(third.rounded(.up).minorUnits == 34 && third.rounded(.down).minorUnits == 33 && third.rounded(.halfEven).minorUnits == 33)
        let half = ExactAmount(Wide256(UInt64(5)), over: Wide256(UInt64(2)), currency: jpy)
        #expect(half.decimalText() == "2.5")
        #expect(half.rounded(.halfEven).minorUnits == 2 && half.rounded(.halfUp).minorUnits == 3)
        let threeHalves = ExactAmount(Wide256(UInt64(3)), over: Wide256(UInt64(2)), currency: jpy)
        #expect(threeHalves.rounded(.halfEven).minorUnits == 2)
        #expect(ExactAmount(Money(minorUnits: 123_400, currency: usd)).decimalText() == "1234")
        #expect(ExactAmount(Wide256(UInt64(2)), over: Wide256(UInt64(4)), currency: usd) == ExactAmount(Wide256(UInt64(1)), over: Wide256(UInt64(2)), currency: usd))
        // 0.6666666666|6… rounds up at the tenth digit; 0.12345678905 is a tie, to even.
        #expect(ExactAmount(Wide256(UInt64(200)), over: Wide256(UInt64(3)), currency: usd).decimalText() == "0.6666666667…")
        #expect(exactDecimalText(Wide256(UInt64(12_345_678_905)), Wide256(UInt64(100_000_000_000)), maxFractionDigits: 10) == "0.1234567890…")
    }
}
