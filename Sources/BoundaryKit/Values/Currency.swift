/// An ISO 4217 currency and the number of digits after its decimal point (its minor units).
public struct Currency: Hashable, Sendable, CustomStringConvertible {
    public let code: String
    public let minorUnits: Int

    /// Accepts an active ISO 4217 alphabetic code, in capitals (`USD`, `JPY`, `KWD`).
    public init(code: String) throws(ValueError) {
        guard let digits = CurrencyTable.minorUnits[code] else {
            let hint = CurrencyTable.minorUnits[code.uppercased()] != nil ? "write it in capitals: \(code.uppercased())" : "use an ISO 4217 code such as USD, EUR, GBP or JPY"
            throw ValueError("E_CURRENCY_UNKNOWN", "`\(code)` is not a known currency code; \(hint)")
        }
        self.code = code
        self.minorUnits = digits
    }

    public var description: String { code }
}
