/// An amount of money in whole minor units of its currency (cents for USD, yen for JPY), so that
/// sums and comparisons are exact and an amount is rounded only where a rule says so.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let minorUnits: Int64
    public let currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    /// Reads `1500`, `1500.00` or `1500.00 USD`: digits with at most the currency's minor digits,
    /// no sign, grouping or exponent; a trailing code must be the agreement's currency.
    public static func parse(_ text: String, currency: Currency) throws(ValueError) -> Money {
        var number = Substring(text)
        if let space = text.lastIndex(of: " ") {
            let code = String(text[text.index(after: space)...])
            if code.count == 3, code.allSatisfy(\.isLetter) {
                guard code == currency.code else {
                    throw ValueError("E_CURRENCY_MISMATCH", "`\(text)` is in \(code), but the agreement's currency is \(currency.code)")
                }
                number = text[..<space]
            }
        }
        let (whole, fraction) = try DecimalNumber.split(String(number), examples: "1500 or 1500.00")
        guard fraction.count <= currency.minorUnits else {
            let allowed = currency.minorUnits == 0 ? "no decimal places" : "at most \(currency.minorUnits) decimal places"
            throw ValueError("E_PRECISION", "`\(text)` has \(fraction.count) decimal places; \(currency.code) amounts have \(allowed)")
        }
        guard let wholeValue = Int64(whole), wholeValue < DecimalNumber.wholeLimit else {
            throw ValueError("E_RANGE", "`\(text)` is too large: amounts must be below 1,000,000,000,000,000")
        }
        let scale = DecimalNumber.power(currency.minorUnits)
        let padded = fraction + String(repeating: "0", count: currency.minorUnits - fraction.count)
        let scaled = wholeValue.multipliedReportingOverflow(by: scale)
        guard !scaled.overflow else { throw ValueError("E_RANGE", "`\(text)` is too large for \(currency.code)") }
        return Money(minorUnits: scaled.partialValue + (Int64(padded) ?? 0), currency: currency)
    }

    /// `9041.10`: the amount with exactly the currency's minor digits and nothing else.
    public var plain: String {
        (minorUnits < 0 ? "-" : "") + DecimalNumber.digits(minorUnits.magnitude.clamped, scale: currency.minorUnits)
    }

    /// `USD 9,041.10`: for reading, with thousands grouped.
    public var formatted: String {
        let digits = DecimalNumber.digits(minorUnits.magnitude.clamped, scale: currency.minorUnits)
        let point = digits.firstIndex(of: ".") ?? digits.endIndex
        var whole = ""
        for (offset, character) in digits[..<point].enumerated() {
            if offset > 0, (digits.distance(from: digits.startIndex, to: point) - offset) % 3 == 0 { whole += "," }
            whole.append(character)
        }
        return "\(currency.code) \(minorUnits < 0 ? "-" : "")\(whole)\(digits[point...])"
    }

    public var description: String { formatted }

    public var isZero: Bool { minorUnits == 0 }

    /// `percent` of this amount, rounded once in `rounding`.
    public func share(_ percent: Percent, rounding: RoundingMode = .halfEven) -> Money {
        multiplied(by: percent.fraction, rounding: rounding)
    }

    /// This amount times a non-negative fraction, rounded once; exact at 128 bits on the way.
    public func multiplied(by fraction: Rational, rounding: RoundingMode = .halfEven) -> Money {
        precondition(minorUnits >= 0 && fraction.numerator >= 0, "shares are taken of non-negative amounts")
        guard let units = multiplyDivide(minorUnits, fraction.numerator, fraction.denominator, rounding: rounding) else {
            preconditionFailure("a share of a parsed amount cannot exceed the range of minor units")
        }
        return Money(minorUnits: units, currency: currency)
    }

    /// Splits this amount in proportion to `weights`, by largest remainder: each part is rounded
    /// down, then the units left over go to the largest remainders (earlier parts first on ties),
    /// so that the parts add up to exactly this amount.
    public func allocate(_ weights: [Rational]) -> [Money] {
        let total = weights.reduce(Rational.zero, +)
        guard !weights.isEmpty, !total.isZero else { return weights.map { _ in Money.zero(currency) } }
        let exact = weights.map { Rational(minorUnits) * ($0 / total) }
        var parts = exact.map { $0.rounded(.down) }
        var leftover = minorUnits - parts.reduce(0, +)
        let order = exact.indices.sorted { a, b in
            let ra = exact[a] - Rational(parts[a]), rb = exact[b] - Rational(parts[b])
            return ra != rb ? ra > rb : a < b
        }
        for index in order where leftover > 0 {
            parts[index] += 1
            leftover -= 1
        }
        return parts.map { Money(minorUnits: $0, currency: currency) }
    }

    public func allocate(_ weights: [Percent]) -> [Money] { allocate(weights.map(\.fraction)) }

    public static func + (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "amounts in different currencies cannot be added")
        return Money(minorUnits: lhs.minorUnits + rhs.minorUnits, currency: lhs.currency)
    }

    public static func - (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "amounts in different currencies cannot be subtracted")
        return Money(minorUnits: lhs.minorUnits - rhs.minorUnits, currency: lhs.currency)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool {
        precondition(lhs.currency == rhs.currency, "amounts in different currencies cannot be compared")
        return lhs.minorUnits < rhs.minorUnits
    }
}

private extension UInt64 {
    var clamped: Int64 { Int64(clamping: self) }
}
