/// Why a file's bytes are not a text `boundary` can read. The description is the one line a user sees.
public enum TextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No bytes, or nothing but a byte order mark and white space.
    case empty
    /// A NUL byte where text has none: an image, an archive, a program, or UTF-16 without a byte order mark.
    case binary(offset: Int)
    /// Bytes that are not UTF-8, at a 1-based line and byte column.
    case invalidUTF8(line: Int, column: Int)
    /// A UTF-16 text (with a byte order mark) that is cut off or holds an unpaired surrogate.
    case invalidUTF16(offset: Int)

    public var description: String {
        switch self {
        case .empty:
            "the file is empty"
        case .binary(let offset):
            "the file is binary, not text (a NUL byte at offset \(offset)); export the contract as .txt, .docx, .html or .pdf"
        case .invalidUTF8(let line, let column):
            "the file is not valid UTF-8 (line \(line), byte \(column)); save it as UTF-8 and try again"
        case .invalidUTF16(let offset):
            "the file is not valid UTF-16 (at offset \(offset)); save it as UTF-8 and try again"
        }
    }
}

/// Bytes to text: UTF-8 with or without a byte order mark, and UTF-16 (little or big endian) with one.
/// Line breaks are kept as they are; the byte order mark is dropped.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> String {
        let text: String
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            text = try decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE)
        } else {
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            text = try decodeUTF8(bytes[start...])
        }
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }) {
            throw .empty
        }
        return text
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) throws(TextDecodingError) -> String {
        if let nul = bytes.firstIndex(of: 0) { throw .binary(offset: nul) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        // Find the first bad byte to name its place.
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = bytes.startIndex
        var line = 1, lineStart = bytes.startIndex
        // Decode scalar by scalar and keep the offset of each one.
        var offsets = bytes.startIndex
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let width = UTF8.width(scalar)
                offsets += width
                if scalar == "\n" {
                    line += 1
                    lineStart = offsets
                }
                consumed = offsets
            case .emptyInput:
                break loop
            case .error:
                break loop
            }
        }
        throw .invalidUTF8(line: line, column: consumed - lineStart + 1)
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) throws(TextDecodingError) -> String {
        let body = bytes.count - 2
        if body % 2 != 0 { throw .invalidUTF16(offset: bytes.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity(body / 2)
        var index = 2
        while index + 1 < bytes.count {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unitOffset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw .binary(offset: 2 + unitOffset * 2) }
                scalars.append(scalar)
                unitOffset += UTF16.width(scalar)
            case .emptyInput:
                return String(scalars)
            case .error:
                throw .invalidUTF16(offset: 2 + unitOffset * 2)
            }
        }
    }
}
