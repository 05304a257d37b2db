/// An exact fraction, always in lowest terms with a positive denominator. Work-done fractions,
/// percents and weights are rationals so that nothing is rounded before the one rounding per amount.
public struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let numerator: Int64
    public let denominator: Int64

    public init(_ numerator: Int64, _ denominator: Int64 = 1) {
        precondition(denominator != 0, "a rational needs a non-zero denominator")
        let divisor = Rational.gcd(numerator.magnitude, denominator.magnitude)
        let sign: Int64 = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / Int64(divisor)
        self.denominator = sign * denominator / Int64(divisor)
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    public var isZero: Bool { numerator == 0 }

    /// The nearest whole number in `mode`; for non-negative values.
    public func rounded(_ mode: RoundingMode) -> Int64 {
        precondition(numerator >= 0, "rounding is defined here for non-negative values")
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return mode.round(quotient: quotient, remainder: remainder, denominator: denominator)
    }

    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        let divisor = Int64(gcd(lhs.denominator.magnitude, rhs.denominator.magnitude))
        let left = checked(lhs.numerator.multipliedReportingOverflow(by: rhs.denominator / divisor))
        let right = checked(rhs.numerator.multipliedReportingOverflow(by: lhs.denominator / divisor))
        let denominator = checked(lhs.denominator.multipliedReportingOverflow(by: rhs.denominator / divisor))
        return Rational(checked(left.addingReportingOverflow(right)), denominator)
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational {
        lhs + Rational(-rhs.numerator, rhs.denominator)
    }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        // Cross-reduce first so that products of fractions in lowest terms stay small.
        let a = Int64(gcd(lhs.numerator.magnitude, rhs.denominator.magnitude)), b = Int64(gcd(rhs.numerator.magnitude, lhs.denominator.magnitude))
        let numerator = checked((lhs.numerator / max(a, 1)).multipliedReportingOverflow(by: rhs.numerator / max(b, 1)))
        let denominator = checked((lhs.denominator / max(b, 1)).multipliedReportingOverflow(by: rhs.denominator / max(a, 1)))
        return Rational(numerator, denominator)
    }

    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        precondition(rhs.numerator != 0, "division by zero")
        return lhs * Rational(rhs.denominator, rhs.numerator)
    }

    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        // a/b < c/d with b, d > 0  ⇔  a·d < c·b, compared at full width.
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return (left.high, left.low) < (right.high, right.low)
    }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }

    /// Values here come from amounts bounded at parse time; an overflow is a programming error.
    private static func checked(_ result: (partialValue: Int64, overflow: Bool)) -> Int64 {
        precondition(!result.overflow, "rational arithmetic overflowed")
        return result.partialValue
    }
}
