/// A price per unit of work: `85.00/hour`, `0.25 per word`.
public struct Rate: Hashable, Sendable, CustomStringConvertible {
    public let amount: Money
    public let unit: String

    public static let units = ["hour", "day", "week", "month", "word", "page"]

    public init(amount: Money, unit: String) {
        self.amount = amount
        self.unit = unit
    }

    /// Reads `85.00/hour`, `85/hour` or `85.00 per hour`.
    public static func parse(_ text: String, currency: Currency) throws(ValueError) -> Rate {
        let pieces: [Substring]
        if let slash = text.firstIndex(of: "/") {
            pieces = [text[..<slash], text[text.index(after: slash)...]]
        } else if let range = text.firstRange(of: " per ") {
            pieces = [text[..<range.lowerBound], text[range.upperBound...]]
        } else {
            throw ValueError.parse("`\(text)` is not a rate: write an amount per unit, such as 85.00/hour")
        }
        let unit = String(pieces[1])
        guard units.contains(unit) else {
            throw ValueError.parse("`\(text)`: `\(unit)` is not a unit of work; use one of \(units.joined(separator: ", "))")
        }
        return Rate(amount: try Money.parse(String(pieces[0]), currency: currency), unit: unit)
    }

    /// `USD 85.00 per hour`
    public var formatted: String { "\(amount.formatted) per \(unit)" }

    public var description: String { "\(amount.plain)/\(unit)" }
}
