/// A non-negative decimal number as written (`37.5`, `14`), held exactly as `units × 10^-scale`.
/// Hours, percents and weights are decimals; money has its own type with the currency's digits.
public struct DecimalNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let units: Int64
    public let scale: Int

    public init(units: Int64, scale: Int) {
        precondition(units >= 0 && (0...18).contains(scale), "a decimal number is non-negative with at most 18 fraction digits")
        self.units = units
        self.scale = scale
    }

    /// The largest whole part any number may have: 10^15, as for money.
    static let wholeLimit: Int64 = 1_000_000_000_000_000

    /// Reads `^\d+(\.\d+)?$` and nothing else: no sign, exponent, grouping or spaces.
    public static func parse(_ text: String, maxFractionDigits: Int = 6, examples: String = "1500 or 37.5") throws(ValueError) -> DecimalNumber {
        let (whole, fraction) = try DecimalNumber.split(text, examples: examples)
        guard fraction.count <= maxFractionDigits else {
            throw ValueError("E_PRECISION", "`\(text)` has \(fraction.count) decimal places; at most \(maxFractionDigits) are allowed")
        }
        guard let wholeValue = Int64(whole), wholeValue < wholeLimit else {
            throw ValueError("E_RANGE", "`\(text)` is too large")
        }
        let scaled = wholeValue.multipliedReportingOverflow(by: power(fraction.count))
        guard !scaled.overflow, let fractionValue = Int64(fraction.isEmpty ? "0" : fraction) else {
            throw ValueError("E_RANGE", "`\(text)` is too large")
        }
        return DecimalNumber(units: scaled.partialValue + fractionValue, scale: fraction.count)
    }

    /// Splits a number into its whole and fraction digits, rejecting everything outside the grammar.
    static func split(_ text: String, examples: String) throws(ValueError) -> (whole: Substring, fraction: Substring) {
        if text.isEmpty { throw ValueError("E_MISSING", "a number is missing") }
        if text.first == "-" { throw ValueError("E_NEGATIVE", "`\(text)` is negative; only amounts of zero or more are allowed") }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0], fraction = parts.count == 2 ? parts[1] : ""
        let digitsOnly = !whole.isEmpty && whole.allSatisfy(\.isASCIIDigit) && fraction.allSatisfy(\.isASCIIDigit) && (parts.count == 1 || !fraction.isEmpty)
        guard digitsOnly else {
            throw ValueError.parse("`\(text)` is not a number: write digits with an optional decimal point, such as \(examples), with no spaces, signs or thousands separators")
        }
        return (whole, fraction)
    }

    static func power(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    public var rational: Rational { Rational(units, DecimalNumber.power(scale)) }

    public var isZero: Bool { units == 0 }

    /// The shortest exact form: `37.5`, `14`.
    public var formatted: String {
        var (units, scale) = (units, scale)
        while scale > 0, units % 10 == 0 { units /= 10; scale -= 1 }
        return DecimalNumber.digits(units, scale: scale)
    }

    public var description: String { formatted }

    /// `units` written with exactly `scale` fraction digits.
    static func digits(_ units: Int64, scale: Int) -> String {
        let text = String(units)
        guard scale > 0 else { return text }
        let padded = String(repeating: "0", count: max(0, scale + 1 - text.count)) + text
        return padded.dropLast(scale) + "." + padded.suffix(scale)
    }

    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool { lhs.rational < rhs.rational }

    public static func == (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool { lhs.rational == rhs.rational }

    public func hash(into hasher: inout Hasher) { hasher.combine(rational) }
}
