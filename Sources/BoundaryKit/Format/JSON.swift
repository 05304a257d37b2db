/// A JSON value (RFC 8259) as read, for files where exactness matters more than convenience:
/// objects keep their keys in source order, and numbers keep their source text so that an amount
/// such as `1167.12` is parsed by the money grammar, never through `Double`.
public enum JSONValue: Sendable, Equatable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    /// The number exactly as written (`-10.00`, `1e3`).
    case number(String)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a), .array(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    /// What kind of value this is, for messages such as "expected a string, found an array".
    public var kindName: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        }
    }

    /// The value of `key` in an object (the first, since duplicate keys are rejected when reading).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }
}

/// Why a JSON text could not be read, with the 1-based line and column (in characters).
public struct JSONError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String

    public var description: String { "\(line):\(column): \(message)" }
}

// MARK: - Reading

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
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush(_ parser: JSONParser, upTo end: Int) {
            if end > runStart { scalars.append(contentsOf: String(decoding: parser.bytes[runStart..<end], as: UTF8.self).unicodeScalars) }
        }
        while true {
            guard index < bytes.count else { throw error("unterminated string", at: open) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flush(self, upTo: index)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 { throw error("a control character in a string must be escaped (found \(describe(index)))") }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            flush(self, upTo: index)
            let escape = index
            index += 1
            guard index < bytes.count else { throw error("unterminated string", at: open) }
            switch bytes[index] {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
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
                    let value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    scalars.append(Unicode.Scalar(value)!)
                } else if (0xDC00...0xDFFF).contains(unit) {
                    throw error("a lone low surrogate \\u\(hexText(unit))", at: escape)
                } else {
                    scalars.append(Unicode.Scalar(unit)!)
                }
            default:
                throw error("unknown escape \\\(describe(index).trimmingBackticks)", at: escape)
            }
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

// MARK: - Writing

extension JSONValue {
    /// Pretty-printed with two spaces per level, object keys sorted by their UTF-8 bytes, one value per
    /// line, `[]` and `{}` for empty containers, non-ASCII text as is; stable byte for byte.
    public func pretty() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out
    }

    private func write(into out: inout String, indent: Int) {
        switch self {
        case .object(let entries):
            guard !entries.isEmpty else { out += "{}"; return }
            let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            out += "{\n"
            for (offset, entry) in sorted.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                JSONValue.writeString(entry.key, into: &out)
                out += ": "
                entry.value.write(into: &out, indent: indent + 2)
                out += offset == sorted.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (offset, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                item.write(into: &out, indent: indent + 2)
                out += offset == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .string(let text): JSONValue.writeString(text, into: &out)
        case .number(let text): out += text
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
