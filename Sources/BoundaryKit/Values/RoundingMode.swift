/// How an exact amount becomes a whole number of minor units.
public enum RoundingMode: String, Sendable, CaseIterable {
    /// Ties go to the even neighbour: neutral on average, the default.
    case halfEven = "half-even"
    /// Ties go up, as many invoices and accountants expect.
    case halfUp = "half-up"
    case down
    case up

    /// Rounds the non-negative fraction `quotient + remainder / denominator` to a whole number.
    func round(quotient: Int64, remainder: Int64, denominator: Int64) -> Int64 {
        guard remainder != 0 else { return quotient }
        switch self {
        case .down: return quotient
        case .up: return quotient + 1
        case .halfUp, .halfEven:
            // Compare 2r with d without overflowing: r > d - r.
            let rest = denominator - remainder
            if remainder > rest { return quotient + 1 }
            if remainder < rest { return quotient }
            return self == .halfUp || quotient % 2 != 0 ? quotient + 1 : quotient
        }
    }
}

/// `a × b / c`, rounded, for non-negative `a`, `b` and positive `c`, with a 128-bit intermediate
/// product so that no amount that parses can overflow on the way. Nil when the result does not fit.
func multiplyDivide(_ a: Int64, _ b: Int64, _ c: Int64, rounding: RoundingMode) -> Int64? {
    precondition(a >= 0 && b >= 0 && c > 0, "multiplyDivide takes non-negative factors and a positive divisor")
    let product = a.multipliedFullWidth(by: b)
    // The quotient fits only when the high part is below the divisor.
    guard product.high < c else { return nil }
    let (quotient, remainder) = c.dividingFullWidth(product)
    let rounded = rounding.round(quotient: quotient, remainder: remainder, denominator: c)
    return rounded >= 0 ? rounded : nil
}
