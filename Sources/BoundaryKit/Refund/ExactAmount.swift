/// A non-negative amount of money held exactly, as a fraction of minor units: the earned fee before
/// its one rounding (`12000.00 × 90/365`). Never rounded except by `rounded(_:)`.
public struct ExactAmount: Sendable, CustomStringConvertible {
    let numerator: Wide256
    let denominator: Wide256
    public let currency: Currency

    init(_ numerator: Wide256, over denominator: Wide256, currency: Currency) {
        precondition(!denominator.isZero, "an exact amount needs a positive denominator")
        self.numerator = numerator
        self.denominator = denominator
        self.currency = currency
    }

    public init(_ money: Money) {
        self.init(Wide256(money.minorUnits), over: .one, currency: money.currency)
    }

    public static func zero(_ currency: Currency) -> ExactAmount { ExactAmount(.zero, over: .one, currency: currency) }

    public var isZero: Bool { numerator.isZero }

    /// Rounds to whole minor units in `mode`: the only place an exact amount loses precision.
    public func rounded(_ mode: RoundingMode) -> Money {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        var units = quotient
        if !remainder.isZero {
            let rest = denominator - remainder
            let up: Bool
            switch mode {
            case .down: up = false
            case .up: up = true
            case .halfUp: up = remainder >= rest
            case .halfEven: up = remainder > rest || (remainder == rest && quotient.isOdd)
            }
            if up { units = units + .one }
        }
        guard let minor = units.int64 else { preconditionFailure("a rounded amount exceeds the range of minor units") }
        return Money(minorUnits: minor, currency: currency)
    }

    /// Compares exactly: negative, zero or positive.
    func compare(_ other: ExactAmount) -> Int {
        if denominator == other.denominator { return numerator < other.numerator ? -1 : (numerator == other.numerator ? 0 : 1) }
        return compareFractions(numerator, denominator, other.numerator, other.denominator)
    }

    func compare(_ money: Money) -> Int {
        precondition(money.minorUnits >= 0, "exact amounts are non-negative")
        let scaled = denominator.multiplied(by: UInt64(money.minorUnits))
        return numerator < scaled ? -1 : (numerator == scaled ? 0 : 1)
    }

    /// In major units, shortest exact form (`2337.5`, `100`); past `maxFractionDigits` digits it is
    /// rounded half-even to that many and marked `…` (`2958.9041095890…`).
    public func decimalText(maxFractionDigits: Int = 10) -> String {
        exactDecimalText(numerator, denominator.multiplied(by: UInt64(powerOfTen(currency.minorUnits))), maxFractionDigits: maxFractionDigits)
    }

    public var description: String { decimalText() }
}

extension ExactAmount: Equatable {
    public static func == (lhs: ExactAmount, rhs: ExactAmount) -> Bool {
        lhs.currency == rhs.currency && lhs.compare(rhs) == 0
    }
}

/// `10^exponent` for the small exponents used here (minor units, fraction digits).
func powerOfTen(_ exponent: Int) -> Int64 {
    precondition((0...18).contains(exponent), "powers of ten up to 10^18")
    var result: Int64 = 1
    for _ in 0..<exponent { result *= 10 }
    return result
}

/// `numerator / denominator` written in decimal: exact and shortest when it terminates within
/// `maxFractionDigits` digits, otherwise rounded half-even to that many digits and followed by `…`.
func exactDecimalText(_ numerator: Wide256, _ denominator: Wide256, maxFractionDigits: Int) -> String {
    let scale = Wide256(powerOfTen(maxFractionDigits))
    let (scaled, remainder) = numerator.multiplied(by: UInt64(powerOfTen(maxFractionDigits))).quotientAndRemainder(dividingBy: denominator)
    var units = scaled
    var exact = true
    if !remainder.isZero {
        exact = false
        let rest = denominator - remainder
        if remainder > rest || (remainder == rest && scaled.isOdd) {
            units = units + .one
        }
    }
    let (whole, fraction) = units.quotientAndRemainder(dividingBy: scale)
    var digits = maxFractionDigits == 0 ? "" : fraction.decimalString
    digits = String(repeating: "0", count: max(0, maxFractionDigits - digits.count)) + digits
    if exact { while digits.last == "0" { digits.removeLast() } }
    let text = digits.isEmpty ? whole.decimalString : whole.decimalString + "." + digits
    return exact ? text : text + "…"
}
