/// Why a deflate stream could not be decompressed.
enum InflateError: Error, Sendable, Equatable {
    case truncated
    case invalidBlockType
    case invalidStoredLength
    case invalidCode
    case invalidDistance
    /// The output grew past the limit the caller set (a decompression bomb, or a size that lies).
    case tooLarge(limit: Int)
}

/// DEFLATE decompression (RFC 1951): stored, fixed and dynamic Huffman blocks. Decoding uses
/// canonical Huffman tables read a bit at a time, in the manner of zlib's `puff.c`: small and easy
/// to check, fast enough for the text parts of office documents.
enum Inflate {
    static func decompress(_ input: ArraySlice<UInt8>, expectedSize: Int = 0, limit: Int = 512 << 20) throws(InflateError) -> [UInt8] {
        var state = State(input: Array(input), limit: limit)
        state.output.reserveCapacity(min(max(expectedSize, input.count * 3), limit))
        try state.run()
        return state.output
    }

    struct Huffman {
        /// `counts[n]`: how many codes have length n.
        var counts: [Int16]
        /// Symbols ordered by code.
        var symbols: [Int16]

        init(lengths: ArraySlice<UInt8>) throws(InflateError) {
            counts = Array(repeating: 0, count: 16)
            symbols = Array(repeating: 0, count: lengths.count)
            for length in lengths { counts[Int(length)] += 1 }
            // An over-subscribed set of lengths is not a prefix code.
            var left = 1
            for length in 1..<16 {
                left <<= 1
                left -= Int(counts[length])
                if left < 0 { throw .invalidCode }
            }
            var offsets = Array(repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + Int(counts[length]) }
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[Int(length)]] = Int16(symbol)
                offsets[Int(length)] += 1
            }
        }
    }

    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    static let fixed: (Huffman, Huffman) = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        let literal = try! Huffman(lengths: lengths[...])
        let distance = try! Huffman(lengths: [UInt8](repeating: 5, count: 30)[...])
        return (literal, distance)
    }()

    struct State {
        let input: [UInt8]
        let limit: Int
        var position = 0
        var bitBuffer: UInt64 = 0
        var bitCount = 0
        var output: [UInt8] = []

        init(input: [UInt8], limit: Int) {
            self.input = input
            self.limit = limit
        }

        mutating func bits(_ need: Int) throws(InflateError) -> Int {
            while bitCount < need {
                guard position < input.count else { throw .truncated }
                bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
                position += 1
                bitCount += 8
            }
            let value = Int(bitBuffer & ((1 << UInt64(need)) - 1))
            bitBuffer >>= UInt64(need)
            bitCount -= need
            return value
        }

        mutating func decode(_ huffman: Huffman) throws(InflateError) -> Int {
            var code = 0, first = 0, index = 0
            for length in 1..<16 {
                code |= try bits(1)
                let count = Int(huffman.counts[length])
                if code - count < first { return Int(huffman.symbols[index + (code - first)]) }
                index += count
                first += count
                first <<= 1
                code <<= 1
            }
            throw .invalidCode
        }

        mutating func run() throws(InflateError) {
            var last = 0
            repeat {
                last = try bits(1)
                switch try bits(2) {
                case 0: try stored()
                case 1: try codes(Inflate.fixed.0, Inflate.fixed.1)
                case 2:
                    let (literal, distance) = try dynamicTables()
                    try codes(literal, distance)
                default: throw .invalidBlockType
                }
            } while last == 0
        }

        mutating func stored() throws(InflateError) {
            bitBuffer = 0
            bitCount = 0
            guard position + 4 <= input.count else { throw .truncated }
            let length = Int(input[position]) | Int(input[position + 1]) << 8
            let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
            position += 4
            guard length == ~complement & 0xFFFF else { throw .invalidStoredLength }
            guard position + length <= input.count else { throw .truncated }
            guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
            output.append(contentsOf: input[position..<position + length])
            position += length
        }

        mutating func dynamicTables() throws(InflateError) -> (Huffman, Huffman) {
            let literalCount = try bits(5) + 257
            let distanceCount = try bits(5) + 1
            let codeCount = try bits(4) + 4
            guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCode }
            let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
            var codeLengths = [UInt8](repeating: 0, count: 19)
            for i in 0..<codeCount { codeLengths[order[i]] = UInt8(try bits(3)) }
            let lengthCode = try Huffman(lengths: codeLengths[...])
            var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
            var index = 0
            while index < literalCount + distanceCount {
                let symbol = try decode(lengthCode)
                if symbol < 16 {
                    lengths[index] = UInt8(symbol)
                    index += 1
                    continue
                }
                var value: UInt8 = 0
                var repeatCount: Int
                switch symbol {
                case 16:
                    guard index > 0 else { throw .invalidCode }
                    value = lengths[index - 1]
                    repeatCount = 3 + (try bits(2))
                case 17: repeatCount = 3 + (try bits(3))
                default: repeatCount = 11 + (try bits(7))
                }
                guard index + repeatCount <= lengths.count else { throw .invalidCode }
                for _ in 0..<repeatCount {
                    lengths[index] = value
                    index += 1
                }
            }
            guard lengths[256] != 0 else { throw .invalidCode }  // no end-of-block code
            let literal = try Huffman(lengths: lengths[0..<literalCount])
            let distance = try Huffman(lengths: lengths[literalCount...])
            return (literal, distance)
        }

        mutating func codes(_ literal: Huffman, _ distance: Huffman) throws(InflateError) {
            while true {
                let symbol = try decode(literal)
                if symbol < 256 {
                    guard output.count < limit else { throw .tooLarge(limit: limit) }
                    output.append(UInt8(symbol))
                } else if symbol == 256 {
                    return
                } else {
                    let lengthIndex = symbol - 257
                    guard lengthIndex < 29 else { throw .invalidCode }
                    let length = Inflate.lengthBase[lengthIndex] + (try bits(Inflate.lengthExtra[lengthIndex]))
                    let distanceSymbol = try decode(distance)
                    guard distanceSymbol < 30 else { throw .invalidDistance }
                    let back = Inflate.distanceBase[distanceSymbol] + (try bits(Inflate.distanceExtra[distanceSymbol]))
                    guard back <= output.count else { throw .invalidDistance }
                    guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
                    let start = output.count - back
                    for i in 0..<length { output.append(output[start + i]) }
                }
            }
        }
    }
}
