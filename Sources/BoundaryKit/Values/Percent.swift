/// A percentage as written (`25`, `1.5%`), exact.
public struct Percent: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: DecimalNumber

    public init(_ value: DecimalNumber) { self.value = value }

    public static let zero = Percent(DecimalNumber(units: 0, scale: 0))
    public static let hundred = Percent(DecimalNumber(units: 100, scale: 0))

    /// Reads `25`, `25%` or `1.5 %`, with at most six decimal places.
    public static func parse(_ text: String) throws(ValueError) -> Percent {
        var number = Substring(text)
        if number.hasSuffix("%") { number = number.dropLast() }
        if number.hasSuffix(" ") { number = number.dropLast() }
        return Percent(try DecimalNumber.parse(String(number), examples: "25 or 12.5%"))
    }

    /// The percent as a fraction of one: 25% is 1/4.
    public var fraction: Rational { value.rational / Rational(100) }

    public var isZero: Bool { value.isZero }

    public var formatted: String { value.formatted + "%" }

    public var description: String { formatted }

    public static func + (lhs: Percent, rhs: Percent) -> Percent {
        let scale = max(lhs.value.scale, rhs.value.scale)
        let units = lhs.value.units * DecimalNumber.power(scale - lhs.value.scale) + rhs.value.units * DecimalNumber.power(scale - rhs.value.scale)
        return Percent(DecimalNumber(units: units, scale: scale))
    }

    public static func < (lhs: Percent, rhs: Percent) -> Bool { lhs.value < rhs.value }
}
