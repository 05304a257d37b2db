// Reading JSON text strictly (RFC 8259), with line and column in errors.

extension JSONValue {
    /// Reads one JSON value, strictly: no comments, trailing commas, single quotes, `NaN`, leading
    /// zeros, unescaped control characters, lone surrogates or duplicate keys; a leading byte order
    /// mark is skipped (RFC 8259 §8.1 allows it).
    public static func parse(_ text: String) throws(JSONError) -> JSONValue {
        var parser = JSONParser(Array(text.utf8))
        return try parser.document()
    }
}

private struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    private static let maxDepth = 512

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    mutating func document() throws(JSONError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw error("unexpected \(describe(index)) after the value") }
        return value
    }

    /// Line and column (1-based, counting characters rather than bytes) of a byte offset.
    private func position(_ offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var at = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while at < min(offset, bytes.count) {
            if bytes[at] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if bytes[at] & 0xC0 != 0x80 {
                column += 1
            }
            at += 1
        }
        return (line, column)
    }

    private func error(_ message: String, at offset: Int? = nil) -> JSONError {
        let (line, column) = position(offset ?? index)
        return JSONError(line: line, column: column, message: message)
    }

    private func describe(_ offset: Int) -> String {
        guard offset < bytes.count else { return "end of input" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "`\(Character(Unicode.Scalar(byte)))`" }
        switch byte {
        case UInt8(ascii: " "): return "a space"
        case UInt8(ascii: "\n"): return "a line break"
        case UInt8(ascii: "\t"): return "a tab"
        default: return "byte 0x" + String(byte, radix: 16, uppercase: true)
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONError) -> JSONValue {
        guard index < bytes.count else { throw error("expected a value, found end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: throw error("expected a value, found \(describe(index))")
        }
    }

    private mutating func literal(_ word: String) throws(JSONError) {
        let expected = Array(word.utf8)
        guard bytes[index...].starts(with: expected) else { throw error("expected `\(word)`") }
        index += expected.count
    }

    private mutating func enter() throws(JSONError) {
        depth += 1
        if depth > JSONParser.maxDepth { throw error("nested more than \(JSONParser.maxDepth) levels deep") }
    }

    private mutating func parseObject() throws(JSONError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var entries: [(key: String, value: JSONValue)] = []
        var seen: Set<String> = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(entries)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("expected a key in double quotes, found \(describe(index))")
            }
            let keyOffset = index
            let key = try parseString()
            guard seen.insert(key).inserted else { throw error("duplicate key `\(key)`", at: keyOffset) }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("expected `:` after key `\(key)`, found \(describe(index))")
            }
            index += 1
            skipWhitespace()
            entries.append((key, try parseValue()))
            skipWhitespace()
            guard index < bytes.count else { throw error("unterminated object: expected `,` or `}`, found end of input") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { throw error("trailing comma before `}`") }
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(entries)
            }
            throw error("expected `,` or `}` after the value of `\(key)`, found \(describe(index))")
        }
    }

    private mutating func parseArray() throws(JSONError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error("unterminated array: expected `,` or `]`, found end of input") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw error("trailing comma before `]`") }
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            }
            throw error("expected `,` or `]` in an array, found \(describe(index))")
        }
    }

    private mutating func parseNumber() throws(JSONError) -> String {
        let start = index
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.index
            while parser.index < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
                parser.index += 1
            }
            return parser.index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let wholeStart = index
        let whole = digits(&self)
        guard whole > 0 else { throw error("expected a digit after `-`") }
        if whole > 1, bytes[wholeStart] == UInt8(ascii: "0") { throw error("a number cannot start with a leading zero", at: wholeStart) }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw error("expected a digit after the decimal point") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw error("expected a digit in the exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func parseString() throws(JSONError) -> String {
        let open = index
        index += 1
        var runStart = index
        // Bytes are copied only once an escape is met; a plain string is decoded straight from the input.
        var buffer: [UInt8]?
        while true {
            guard index < bytes.count else { throw error("unterminated string", at: open) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                defer { index += 1 }
                guard var copied = buffer else { return String(decoding: bytes[runStart..<index], as: UTF8.self) }
                copied.append(contentsOf: bytes[runStart..<index])
                return String(decoding: copied, as: UTF8.self)
            }
            if byte < 0x20 { throw error("a control character in a string must be escaped (found \(describe(index)))") }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            var copied = buffer ?? []
            copied.append(contentsOf: bytes[runStart..<index])
            let escape = index
            index += 1
            guard index < bytes.count else { throw error("unterminated string", at: open) }
            let scalar: Unicode.Scalar
            switch bytes[index] {
            case UInt8(ascii: "\""): scalar = "\""
            case UInt8(ascii: "\\"): scalar = "\\"
            case UInt8(ascii: "/"): scalar = "/"
            case UInt8(ascii: "b"): scalar = "\u{08}"
            case UInt8(ascii: "f"): scalar = "\u{0C}"
            case UInt8(ascii: "n"): scalar = "\n"
            case UInt8(ascii: "r"): scalar = "\r"
            case UInt8(ascii: "t"): scalar = "\t"
            case UInt8(ascii: "u"):
                let unit = try hex4(at: index + 1, escape: escape)
                index += 4
                if (0xD800...0xDBFF).contains(unit) {
                    guard index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\"), bytes[index + 2] == UInt8(ascii: "u") else {
                        throw error("a high surrogate \\u\(hexText(unit)) must be followed by a low surrogate", at: escape)
                    }
                    let low = try hex4(at: index + 3, escape: index + 1)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw error("a high surrogate \\u\(hexText(unit)) must be followed by a low surrogate", at: escape)
                    }
                    index += 6
                    scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
                } else if (0xDC00...0xDFFF).contains(unit) {
                    throw error("a lone low surrogate \\u\(hexText(unit))", at: escape)
                } else {
                    scalar = Unicode.Scalar(unit)!
                }
            default:
                throw error("unknown escape \\\(describe(index).trimmingBackticks)", at: escape)
            }
            copied.append(contentsOf: UTF8.encode(scalar)!)
            buffer = copied
            index += 1
            runStart = index
        }
    }

    private func hex4(at offset: Int, escape: Int) throws(JSONError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error("\\u needs four hex digits", at: escape) }
        var value: UInt32 = 0
        for byte in bytes[offset..<offset + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("\\u needs four hex digits", at: escape)
            }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    private func hexText(_ value: UInt32) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }
}

private extension String {
    var trimmingBackticks: String { filter { $0 != "`" } }
}
