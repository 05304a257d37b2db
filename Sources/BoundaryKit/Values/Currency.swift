/// An ISO 4217 currency and the number of digits after its decimal point (its minor units).
public struct Currency: Hashable, Sendable, CustomStringConvertible {
    /// The three capital letters packed into one integer: a currency is copied into every amount, and
    /// a `String` here would cost reference counting on every sum (a fifth of the refund engine's time).
    private let packed: UInt32
    public let minorUnits: Int

    /// Accepts an active ISO 4217 alphabetic code, in capitals (`USD`, `JPY`, `KWD`).
    public init(code: String) throws(ValueError) {
        guard let digits = CurrencyTable.minorUnits[code] else {
            let hint = CurrencyTable.minorUnits[code.uppercased()] != nil ? "write it in capitals: \(code.uppercased())" : "use an ISO 4217 code such as USD, EUR, GBP or JPY"
            throw ValueError("E_CURRENCY_UNKNOWN", "`\(code)` is not a known currency code; \(hint)")
        }
        packed = code.utf8.reduce(0) { $0 << 8 | UInt32($1) }
        minorUnits = digits
    }

    public var code: String {
        String(decoding: [UInt8(packed >> 16 & 0xFF), UInt8(packed >> 8 & 0xFF), UInt8(packed & 0xFF)], as: UTF8.self)
    }

    public var description: String { code }
}
