/// Splits UTF-8 text into tokens and writes their normalised forms back to back: a word is a run
/// of letters and digits (with `.` or `,` inside a number: "1.1", "5,000.00"); apostrophes, hyphens and
/// all other punctuation separate words, so "Client’s" is "client" "s" and "non-compete" is "non"
/// "compete", in a phrase as in the text.
struct Tokenizer {
    let bytes: [UInt8]
    var tokens: [TextModel.Token] = []
    var normalized: [UInt8] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 5)
    }

    /// Line-end hyphens after these stay: "non-\ncompete" is "non compete", not "noncompete".
    static let keptHyphenPrefixes: Set<String> = ["non", "self", "third", "cross", "anti", "full", "part", "well", "long", "short", "co", "ex", "sole", "so", "pre", "post", "semi", "multi", "one", "two", "all"]

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = fnvOffset
        for b in bytes { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }

    static func isHyphen(_ value: UInt32) -> Bool {
        value == 0x2D || value == 0xAD || value == 0x2010 || value == 0x2011
    }

    /// Characters that normalise to something else: quotes, dashes, spaces, ligatures.
    static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x0060: "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: "-"
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: " "
        case 0x00AD, 0x200B, 0xFEFF: ""
        case 0xFB00: "ff"
        case 0xFB01: "fi"
        case 0xFB02: "fl"
        case 0xFB03: "ffi"
        case 0xFB04: "ffl"
        case 0xFB05, 0xFB06: "st"
        default: nil
        }
    }

    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func isWordScalar(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        if value >= 0xFB00 && value <= 0xFB06 { return true }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark || properties.numericType == .decimal
    }

    static func symbol(_ value: UInt32) -> Bool {
        value == 0x24 || value == 0x25 || value == 0x20AC || value == 0xA3 || value == 0xA7 || value == 0xA5
    }

    mutating func run() {
        // Normalised words are at most three times as long as the text they come from (a lower-case
        // mapping or a ligature expands one scalar to at most three bytes per byte of input).
        var out = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        var written = 0
        bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                var cursor = Cursor(input: input, output: output)
                cursor.run(&tokens)
                written = cursor.written
            }
        }
        normalized = Array(out[..<written])  // a copy, so the spare capacity goes
    }

    /// The tokenizer's inner loop, on raw buffers.
    struct Cursor {
        let input: UnsafeBufferPointer<UInt8>
        let output: UnsafeMutableBufferPointer<UInt8>
        var written = 0

        @inline(__always) mutating func put(_ byte: UInt8, _ hash: inout UInt64) {
            output[written] = byte
            written += 1
            hash = (hash ^ UInt64(byte)) &* Tokenizer.fnvPrime
        }

        @inline(__always) func scalar(at i: Int) -> (UInt32, Int) {
            let b0 = UInt32(input[i])
            let n = input.count
            if b0 < 0xE0 { return i + 1 < n ? ((b0 & 0x1F) << 6 | UInt32(input[i + 1] & 0x3F), 2) : (0xFFFD, 1) }
            if b0 < 0xF0 { return i + 2 < n ? ((b0 & 0x0F) << 12 | UInt32(input[i + 1] & 0x3F) << 6 | UInt32(input[i + 2] & 0x3F), 3) : (0xFFFD, 1) }
            return i + 3 < n ? ((b0 & 0x07) << 18 | UInt32(input[i + 1] & 0x3F) << 12 | UInt32(input[i + 2] & 0x3F) << 6 | UInt32(input[i + 3] & 0x3F), 4) : (0xFFFD, 1)
        }

        mutating func run(_ tokens: inout [TextModel.Token]) {
            let n = input.count
            var i = 0
            while i < n {
                let c = input[i]
                if c < 0x80 {
                    if Tokenizer.isASCIILetter(c) || Tokenizer.isDigit(c) {
                        i = word(from: i, &tokens)
                    } else {
                        if c == 0x24 || c == 0x25 { symbol(at: i, width: 1, &tokens) }
                        i += 1
                    }
                    continue
                }
                if c & 0xC0 == 0x80 {  // a stray continuation byte
                    i += 1
                    continue
                }
                let (value, width) = scalar(at: i)
                if Tokenizer.isWordScalar(value), !Tokenizer.isHyphen(value) {
                    i = word(from: i, &tokens)
                } else {
                    if Tokenizer.symbol(value) { symbol(at: i, width: width, &tokens) }
                    i += width
                }
            }
        }

        mutating func symbol(at i: Int, width: Int, _ tokens: inout [TextModel.Token]) {
            let start = written
            var hash = Tokenizer.fnvOffset
            for k in i..<(i + width) { put(input[k], &hash) }
            tokens.append(TextModel.Token(
                start: Int32(i), end: Int32(i + width), normalizedStart: Int32(start), normalizedEnd: Int32(written), hash: hash, flags: 0))
        }

        /// Reads the word at `start` and returns the offset after it.
        mutating func word(from start: Int, _ tokens: inout [TextModel.Token]) -> Int {
            let n = input.count
            let normalizedStart = written
            var hash = Tokenizer.fnvOffset
            var j = start
            var lastWasDigit = false
            var flags: UInt8 = 0
            let first = input[start]
            if first < 0x80 {
                if first >= 0x41 && first <= 0x5A { flags |= TextModel.Token.capitalized }
                if Tokenizer.isDigit(first) { flags |= TextModel.Token.numeric }
            } else if isUppercase(at: start) {
                flags |= TextModel.Token.capitalized
            }
            while j < n {
                let c = input[j]
                if c < 0x80 {
                    if Tokenizer.isASCIILetter(c) {
                        put(c | 0x20, &hash)
                        lastWasDigit = false
                        j += 1
                    } else if Tokenizer.isDigit(c) {
                        put(c, &hash)
                        lastWasDigit = true
                        j += 1
                    } else if (c == 0x2E || c == 0x2C), lastWasDigit, j + 1 < n, Tokenizer.isDigit(input[j + 1]) {
                        put(c, &hash)
                        j += 1
                    } else if c == 0x2D, let next = joinedHyphen(at: j, width: 1, wordStart: normalizedStart) {
                        j = next
                    } else {
                        break
                    }
                    continue
                }
                if c & 0xC0 == 0x80 { j += 1; continue }
                let next = nonASCII(at: j, wordStart: normalizedStart, &hash, &lastWasDigit)
                if next < 0 { break }
                j = next
            }
            tokens.append(TextModel.Token(
                start: Int32(start), end: Int32(j), normalizedStart: Int32(normalizedStart), normalizedEnd: Int32(written),
                hash: hash, flags: flags))
            return j
        }

        @inline(never) func isUppercase(at i: Int) -> Bool {
            Unicode.Scalar(scalar(at: i).0)?.properties.isUppercase ?? false
        }

        /// A non-ASCII scalar inside a word: writes its normalised form and returns the offset after it,
        /// or -1 when the word ends before it. Kept out of line so the ASCII loop stays small.
        @inline(never) mutating func nonASCII(at j: Int, wordStart: Int, _ hash: inout UInt64, _ lastWasDigit: inout Bool) -> Int {
            let (value, width) = scalar(at: j)
            if Tokenizer.isHyphen(value) {
                if let next = joinedHyphen(at: j, width: width, wordStart: wordStart) { return next }
                if value == 0xAD { return j + width }  // a soft hyphen inside a line is invisible
                return -1
            }
            guard Tokenizer.isWordScalar(value), let scalar = Unicode.Scalar(value) else { return -1 }
            if let folded = Tokenizer.fold(scalar) {
                for byte in folded.utf8 { put(byte, &hash) }
            } else if value < 0x300 || scalar.properties.changesWhenLowercased {
                for byte in scalar.properties.lowercaseMapping.utf8 { put(byte, &hash) }
            } else {
                for k in j..<(j + width) { put(input[k], &hash) }
            }
            lastWasDigit = scalar.properties.numericType == .decimal
            return j + width
        }

        /// When the hyphen at `i` ends a line and a lower-case letter starts the next, the offset of that
        /// letter: the word goes on there.
        @inline(never) func joinedHyphen(at i: Int, width: Int, wordStart: Int) -> Int? {
            let n = input.count
            guard written > wordStart else { return nil }
            var j = i + width
            while j < n, input[j] == 0x20 || input[j] == 0x09 || input[j] == 0x0D { j += 1 }
            guard j < n, input[j] == 0x0A else { return nil }
            j += 1
            while j < n, input[j] == 0x20 || input[j] == 0x09 { j += 1 }
            guard j < n, input[j] >= 0x61, input[j] <= 0x7A else { return nil }
            let part = UnsafeBufferPointer(rebasing: output[wordStart..<written])
            guard part.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
            if part.count <= 5, Tokenizer.keptHyphenPrefixes.contains(String(decoding: part, as: UTF8.self)) { return nil }
            return j
        }
    }
}
