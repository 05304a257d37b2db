/// A non-negative 256-bit integer, just wide enough for the exact refund arithmetic: an amount in
/// minor units (< 2^63) times a milestone contribution (weight at 10^-6 × credit at 10^-8, summed)
/// stays far below 2^256, so no exact figure is ever rounded or truncated on the way to the one
/// rounding per reported amount. Portable to every platform the package supports (no `UInt128`).
struct Wide256: Hashable, Comparable, Sendable {
    /// Little-endian 64-bit words.
    private(set) var w0: UInt64, w1: UInt64, w2: UInt64, w3: UInt64

    init(_ value: UInt64) { (w0, w1, w2, w3) = (value, 0, 0, 0) }

    init(_ value: Int64) {
        precondition(value >= 0, "wide integers are non-negative")
        self.init(UInt64(value))
    }

    init(_ value: Int) { self.init(Int64(value)) }

    private init(words: (UInt64, UInt64, UInt64, UInt64)) { (w0, w1, w2, w3) = words }

    static let zero = Wide256(UInt64(0))
    static let one = Wide256(UInt64(1))

    /// `a × b` at full width.
    static func product(_ a: UInt64, _ b: UInt64) -> Wide256 {
        let (high, low) = a.multipliedFullWidth(by: b)
        return Wide256(words: (low, high, 0, 0))
    }

    var isZero: Bool { w0 == 0 && w1 == 0 && w2 == 0 && w3 == 0 }

    var isOdd: Bool { w0 & 1 == 1 }

    var fitsInUInt64: Bool { w1 == 0 && w2 == 0 && w3 == 0 }

    /// The value as an `Int64`, or nil when it does not fit.
    var int64: Int64? { fitsInUInt64 && w0 <= UInt64(Int64.max) ? Int64(w0) : nil }

    private func word(_ index: Int) -> UInt64 {
        switch index {
        case 0: w0
        case 1: w1
        case 2: w2
        default: w3
        }
    }

    private mutating func setWord(_ index: Int, _ value: UInt64) {
        switch index {
        case 0: w0 = value
        case 1: w1 = value
        case 2: w2 = value
        default: w3 = value
        }
    }

    static func + (lhs: Wide256, rhs: Wide256) -> Wide256 {
        var result = Wide256.zero
        var carry: UInt64 = 0
        for index in 0..<4 {
            let (partial, overflow1) = lhs.word(index).addingReportingOverflow(rhs.word(index))
            let (sum, overflow2) = partial.addingReportingOverflow(carry)
            result.setWord(index, sum)
            carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        precondition(carry == 0, "wide addition overflowed")
        return result
    }

    static func - (lhs: Wide256, rhs: Wide256) -> Wide256 {
        precondition(lhs >= rhs, "wide subtraction below zero")
        var result = Wide256.zero
        var borrow: UInt64 = 0
        for index in 0..<4 {
            let (partial, overflow1) = lhs.word(index).subtractingReportingOverflow(rhs.word(index))
            let (difference, overflow2) = partial.subtractingReportingOverflow(borrow)
            result.setWord(index, difference)
            borrow = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        return result
    }

    /// This value times `factor`; the bounds of parsed inputs keep every product in range.
    func multiplied(by factor: UInt64) -> Wide256 {
        var result = Wide256.zero
        var carry: UInt64 = 0
        for index in 0..<4 {
            let (high, low) = word(index).multipliedFullWidth(by: factor)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            result.setWord(index, sum)
            carry = high &+ (overflow ? 1 : 0)
        }
        precondition(carry == 0, "wide multiplication overflowed")
        return result
    }

    func multiplied(by factor: Int64) -> Wide256 {
        precondition(factor >= 0, "wide integers are non-negative")
        return multiplied(by: UInt64(factor))
    }

    static func < (lhs: Wide256, rhs: Wide256) -> Bool {
        (lhs.w3, lhs.w2, lhs.w1, lhs.w0) < (rhs.w3, rhs.w2, rhs.w1, rhs.w0)
    }

    private var bitLength: Int {
        for index in stride(from: 3, through: 0, by: -1) where word(index) != 0 {
            return index * 64 + (64 - word(index).leadingZeroBitCount)
        }
        return 0
    }


    /// Euclidean division; `divisor` must be positive.
    func quotientAndRemainder(dividingBy divisor: Wide256) -> (quotient: Wide256, remainder: Wide256) {
        precondition(!divisor.isZero, "division by zero")
        if divisor.fitsInUInt64 {
            let d = divisor.w0
            if fitsInUInt64 { return (Wide256(w0 / d), Wide256(w0 % d)) }
            if w2 == 0, w3 == 0, w1 < d {
                let (q, r) = d.dividingFullWidth((w1, w0))
                return (Wide256(q), Wide256(r))
            }
            var quotient = Wide256.zero
            var remainder: UInt64 = 0
            let top = w3 != 0 ? 3 : (w2 != 0 ? 2 : 1)
            for index in stride(from: top, through: 0, by: -1) {
                let (q, r) = d.dividingFullWidth((remainder, word(index)))
                quotient.setWord(index, q)
                remainder = r
            }
            return (quotient, Wide256(remainder))
        }
        if self < divisor { return (.zero, self) }
        // Shift-and-subtract, only for divisors above 2^64 (large milestone sums): one step per
        // quotient bit, and the quotients met here are at most 64 bits.
        let shift = bitLength - divisor.bitLength
        var quotient = Wide256.zero, remainder = self
        var shifted = divisor.shiftedLeft(by: shift)
        for index in stride(from: shift, through: 0, by: -1) {
            if remainder >= shifted {
                remainder = remainder - shifted
                quotient.setWord(index / 64, quotient.word(index / 64) | (1 << UInt64(index % 64)))
            }
            shifted = shifted.shiftedRightByOne()
        }
        return (quotient, remainder)
    }

    private func shiftedLeft(by bits: Int) -> Wide256 {
        precondition(bits >= 0 && bitLength + bits <= 256, "wide shift overflowed")
        var result = Wide256.zero
        let words = bits / 64, rest = UInt64(bits % 64)
        for index in stride(from: 3, through: words, by: -1) {
            let source = index - words
            var value = word(source) << rest
            if rest > 0, source > 0 { value |= word(source - 1) >> (64 - rest) }
            result.setWord(index, value)
        }
        return result
    }

    private func shiftedRightByOne() -> Wide256 {
        Wide256(words: ((w0 >> 1) | (w1 << 63), (w1 >> 1) | (w2 << 63), (w2 >> 1) | (w3 << 63), w3 >> 1))
    }

    /// Decimal digits, most significant first.
    var decimalString: String {
        if fitsInUInt64 { return String(w0) }
        var chunks: [UInt64] = []
        var rest = self
        let base = Wide256(UInt64(10_000_000_000_000_000_000))
        while !rest.isZero {
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: base)
            chunks.append(remainder.w0)
            rest = quotient
        }
        var text = String(chunks.removeLast())
        for chunk in chunks.reversed() {
            let digits = String(chunk)
            text += String(repeating: "0", count: 19 - digits.count) + digits
        }
        return text
    }

    /// The greatest common divisor (1 when both are zero).
    static func gcd(_ a: Wide256, _ b: Wide256) -> Wide256 {
        var (a, b) = (a, b)
        while !b.isZero { (a, b) = (b, a.quotientAndRemainder(dividingBy: b).remainder) }
        return a.isZero ? .one : a
    }
}

/// Compares `a/b` with `c/d` exactly (b, d > 0) without multiplying, by comparing continued
/// fractions: whole parts first, then the inverted remainders, as Euclid's algorithm does.
func compareFractions(_ a: Wide256, _ b: Wide256, _ c: Wide256, _ d: Wide256) -> Int {
    var (a, b, c, d) = (a, b, c, d)
    var sign = 1
    while true {
        let (q1, r1) = a.quotientAndRemainder(dividingBy: b)
        let (q2, r2) = c.quotientAndRemainder(dividingBy: d)
        if q1 != q2 { return q1 < q2 ? -sign : sign }
        switch (r1.isZero, r2.isZero) {
        case (true, true): return 0
        case (true, false): return -sign
        case (false, true): return sign
        case (false, false):
            // r1/b against r2/d has the opposite order of b/r1 against d/r2.
            (a, b, c, d) = (b, r1, d, r2)
            sign = -sign
        }
    }
}
