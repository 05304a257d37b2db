import Foundation

/// Reads the text a command works on: a file, or standard input for `-`. Decodes UTF-8 (with or
/// without a byte order mark) and UTF-16 LE/BE with a byte order mark; line endings become `\n`
/// (CRLF and lone CR alike) and the byte order mark is dropped. Every refusal is a `CLIError` that
/// says what to do.
public enum InputReader {
    /// The largest input read: 64 MB.
    public static let sizeLimit = 64 << 20
    /// How standard input is named in messages.
    public static let stdinName = "<stdin>"

    /// The text at `path` (relative to `io.currentDirectory`; `-` is standard input) and the name
    /// to show for it in messages: the path as given, or `<stdin>`.
    public static func read(path: String, io: IO, limit: Int = sizeLimit) throws -> (displayName: String, text: String) {
        if path == "-" {
            if io.isTerminal(.stdin) {
                io.writeErr("\(CLI.toolName): reading standard input; end it with Ctrl-D\n")
            }
            let bytes = io.readStdin()
            if bytes.count > limit { throw tooLarge(stdinName, size: bytes.count, limit: limit, fix: "give a smaller input") }
            return (stdinName, try decode(bytes, displayName: stdinName))
        }
        guard !path.isEmpty else { throw CLIError("the input path is empty", fix: "give a file path, or '-' for standard input") }
        let bytes = try readFile(path: path, absolute: io.absolutePath(path), io: io, limit: limit)
        return (path, try decode(bytes, displayName: path))
    }

    // MARK: Files

    static func readFile(path: String, absolute: String, io: IO, limit: Int) throws -> [UInt8] {
        var info = stat()
        if stat(absolute, &info) != 0 {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR:
                throw CLIError("no such file '\(path)'", fix: "check the path (relative paths start from \(io.currentDirectory))")
            case EACCES:
                throw CLIError("cannot read '\(path)': permission denied", fix: "check the permissions of the file and its directories")
            default:
                throw CLIError("cannot read '\(path)': \(describe(code))", fix: "check that the path names a readable file")
            }
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw CLIError("'\(path)' is a directory, not a file", fix: "give the path of a file inside it")
        }
        if (info.st_mode & S_IFMT) == S_IFREG && Int(info.st_size) > limit {
            throw tooLarge(path, size: Int(info.st_size), limit: limit, fix: "split it into smaller files")
        }
        let descriptor = open(absolute, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            let code = errno
            if code == EACCES {
                throw CLIError("cannot read '\(path)': permission denied", fix: "check the file's permissions (chmod u+r '\(path)')")
            }
            throw CLIError("cannot read '\(path)': \(describe(code))", fix: "check that the path names a readable file")
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(Int(info.st_size), 0))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EISDIR { throw CLIError("'\(path)' is a directory, not a file", fix: "give the path of a file inside it") }
                throw CLIError("cannot read '\(path)': \(describe(code))", fix: "check that the path names a readable file")
            }
            bytes += chunk[..<count]
            if bytes.count > limit { throw tooLarge(path, size: bytes.count, limit: limit, fix: "give a smaller input") }
        }
        return bytes
    }

    static func tooLarge(_ name: String, size: Int, limit: Int, fix: String) -> CLIError {
        CLIError("'\(name)' is too large (\(megabytes(size)); the limit is \(megabytes(limit)))", fix: fix)
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : bytes >= 1 << 20 ? "more than \(bytes >> 20) MB" : "\(bytes) bytes"
    }

    static func describe(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    // MARK: Decoding

    /// `bytes` as text, by the rules above; `displayName` is used in messages.
    public static func decode(_ bytes: [UInt8], displayName name: String) throws -> String {
        var utf8: [UInt8]
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            throw CLIError("'\(name)' is UTF-32 text, which is not read", fix: "save it as UTF-8")
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            utf8 = Array(bytes.dropFirst(3))
            try checkNotBinary(utf8, name: name, offset: 3)
            try validateUTF8(utf8, name: name, offset: 3)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            utf8 = try transcodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, name: name)
            if let nul = utf8.firstIndex(of: 0) {
                throw binary(name, detail: "it has a NUL character at character \(nul)")
            }
        } else {
            utf8 = bytes
            try checkNotBinary(utf8, name: name, offset: 0)
            try validateUTF8(utf8, name: name, offset: 0)
        }
        if utf8.isEmpty {
            throw CLIError("'\(name)' is empty", fix: name == stdinName ? "pipe some text in, or give a file" : "give a file with text in it")
        }
        return String(decoding: normalizingLineEndings(utf8), as: UTF8.self)
    }

    static func binary(_ name: String, detail: String) -> CLIError {
        CLIError("'\(name)' is not a text file (\(detail))", fix: "give a plain-text file; UTF-16 needs a byte order mark")
    }

    static func checkNotBinary(_ bytes: [UInt8], name: String, offset: Int) throws {
        if bytes.starts(with: Array("%PDF-".utf8)) {
            throw CLIError("'\(name)' is a PDF, not a text file", fix: "copy its text into a .txt file, or export it as plain text")
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw CLIError("'\(name)' is a ZIP archive (a .docx or .odt document?), not a text file", fix: "save it as plain text (.txt) and give that")
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw binary(name, detail: "it has a NUL byte at byte offset \(nul + offset)")
        }
    }

    /// Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF), reporting the first bad
    /// byte's offset in the file, line and column.
    static func validateUTF8(_ bytes: [UInt8], name: String, offset: Int) throws {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            var length = 0
            var low: UInt8 = 0x80, high: UInt8 = 0xBF  // the allowed range of the second byte
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: length = 0
            }
            var valid = length > 0 && index + length <= count
            if valid {
                for position in 1..<length {
                    let byte = bytes[index + position]
                    let (from, to) = position == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                    if byte < from || byte > to { valid = false; break }
                }
            }
            if !valid {
                let before = bytes[..<index]
                let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                let column = bytes[lineStart..<index].reduce(1) { ($1 & 0xC0) == 0x80 ? $0 : $0 + 1 }
                let hex = String(lead, radix: 16, uppercase: true)
                throw CLIError(
                    "'\(name)' is not valid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) at byte offset \(index + offset) (line \(line), column \(column))",
                    fix: "save it as UTF-8 (it may be Latin-1 or Windows-1252)")
            }
            index += length
        }
    }

    /// UTF-16 after a byte order mark, as UTF-8 bytes; odd lengths and unpaired surrogates are errors.
    static func transcodeUTF16(_ bytes: [UInt8], bigEndian: Bool, name: String) throws -> [UInt8] {
        guard bytes.count % 2 == 0 else {
            throw CLIError("'\(name)' is not valid UTF-16: it has an odd number of bytes", fix: "save it again as UTF-8 or UTF-16")
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 2
        func unit(_ at: Int) -> UInt16 {
            bigEndian ? UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]) : UInt16(bytes[at + 1]) << 8 | UInt16(bytes[at])
        }
        while index < bytes.count {
            let first = unit(index)
            var value = UInt32(first)
            var width = 2
            if (0xD800...0xDBFF).contains(first), index + 2 < bytes.count, (0xDC00...0xDFFF).contains(unit(index + 2)) {
                value = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(unit(index + 2)) - 0xDC00)
                width = 4
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw CLIError(
                    "'\(name)' is not valid UTF-16: unpaired surrogate at byte offset \(index)",
                    fix: "save it again as UTF-8 or UTF-16")
            }
            UTF8.encode(scalar) { output.append($0) }
            index += width
        }
        return output
    }

    /// CRLF and lone CR become LF.
    static func normalizingLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                output.append(0x0A)
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                output.append(byte)
            }
            index += 1
        }
        return output
    }
}
