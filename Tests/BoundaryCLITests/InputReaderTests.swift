import Foundation
import Testing
@testable import BoundaryCLI

@Suite("Reading input")
struct InputReaderTests {
    /// The error `read` throws for these bytes in a file called `name`.
    func error(for bytes: [UInt8], name: String = "in.txt") throws -> CLIError? {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(name, bytes)
        do {
            _ = try InputReader.read(path: name, io: CapturedIO(currentDirectory: directory.path).io)
            return nil
        } catch let error as CLIError {
            return error
        }
    }

    func text(of bytes: [UInt8]) throws -> String {
        try InputReader.decode(bytes, displayName: "in.txt")
    }

    @Test func readsAFileRelativeToTheCurrentDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.file("sub"), withIntermediateDirectories: true)
        try directory.write("sub/terms.txt", "Payment in 30 days.\n")
        let io = CapturedIO(currentDirectory: directory.path).io
        let (name, text) = try InputReader.read(path: "sub/terms.txt", io: io)
        #expect(name == "sub/terms.txt")
        #expect(text == "Payment in 30 days.\n")
        #expect(try InputReader.read(path: directory.file("sub/terms.txt"), io: io).text == text)
    }

    @Test func dashReadsStandardInput() throws {
        let captured = CapturedIO(stdin: "from a pipe\n")
        let (name, text) = try InputReader.read(path: "-", io: captured.io)
        #expect(name == "<stdin>")
        #expect(text == "from a pipe\n")
    }

    @Test func aTerminalOnStandardInputGetsAHint() throws {
        let piped = CapturedIO(stdin: "x")
        _ = try InputReader.read(path: "-", io: piped.io)
        #expect(piped.err == "")
        let typed = CapturedIO(stdin: "x", terminal: [.stdin])
        _ = try InputReader.read(path: "-", io: typed.io)
        #expect(typed.err == "boundary: reading standard input; end it with Ctrl-D\n")
    }

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        #expect(try text(of: Array("naïve café".utf8)) == "naïve café")
        #expect(try text(of: [0xEF, 0xBB, 0xBF] + Array("naïve café".utf8)) == "naïve café")
    }

    @Test func utf16LittleAndBigEndianWithByteOrderMark() throws {
        let sample = "Fee: €1,200 😀\nDue: 30 days"
        let units = Array(sample.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try text(of: little) == sample)
        #expect(try text(of: big) == sample)
    }

    @Test func lineEndingsBecomeNewlines() throws {
        #expect(try text(of: Array("a\r\nb\rc\n".utf8)) == "a\nb\nc\n")
    }

    @Test func invalidUTF8NamesTheByteAndLine() throws {
        // "caf\xE9" in Latin-1 on the second line.
        let bytes = Array("line one\ncaf".utf8) + [0xE9] + Array(" au lait\n".utf8)
        #expect(try error(for: bytes) == CLIError(
            "'in.txt' is not valid UTF-8: byte 0xE9 at byte offset 12 (line 2, column 4)",
            fix: "save it as UTF-8 (it may be Latin-1 or Windows-1252)"))
    }

    @Test(arguments: [
        [0xC0, 0xAF],  // overlong '/'
        [0xED, 0xA0, 0x80],  // a surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE2, 0x82],  // cut short
        [0x80],  // a lone continuation byte
    ] as [[UInt8]])
    func invalidUTF8Sequences(_ bad: [UInt8]) throws {
        #expect(throws: CLIError.self) { try text(of: Array("ok ".utf8) + bad) }
    }

    @Test func binaryFiles() throws {
        #expect(try error(for: Array("abc".utf8) + [0, 1, 2])?.message == "'in.txt' is not a text file (it has a NUL byte at byte offset 3)")
        #expect(try error(for: Array("%PDF-1.7\n".utf8))?.message == "'in.txt' is a PDF, not a text file")
        #expect(try error(for: [0x50, 0x4B, 0x03, 0x04, 0x14], name: "c.docx")?.message == "'c.docx' is a ZIP archive (a .docx or .odt document?), not a text file")
        // UTF-16 without a byte order mark looks binary too, and the fix says what to do.
        #expect(try error(for: [0x41, 0x00, 0x42, 0x00])?.fix == "give a plain-text file; UTF-16 needs a byte order mark")
    }

    @Test func emptyInput() throws {
        #expect(try error(for: []) == CLIError("'in.txt' is empty", fix: "give a file with text in it"))
        #expect(try error(for: [0xEF, 0xBB, 0xBF])?.message == "'in.txt' is empty")
        #expect(throws: CLIError("'<stdin>' is empty", fix: "pipe some text in, or give a file")) {
            try InputReader.read(path: "-", io: CapturedIO().io)
        }
    }

    @Test func missingFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let io = CapturedIO(currentDirectory: directory.path).io
        #expect(throws: CLIError("no such file 'nope.txt'", fix: "check the path (relative paths start from \(directory.path))")) {
            try InputReader.read(path: "nope.txt", io: io)
        }
    }

    @Test func directory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(throws: CLIError("'.' is a directory, not a file", fix: "give the path of a file inside it")) {
            try InputReader.read(path: ".", io: CapturedIO(currentDirectory: directory.path).io)
        }
    }

    @Test(.enabled(if: getuid() != 0, "root reads everything"))
    func unreadable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("secret.txt", "x")
        chmod(path, 0)
        #expect(throws: CLIError.self) { try InputReader.read(path: path, io: CapturedIO().io) }
    }

    @Test func tooLarge() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // A sparse file just over the real limit: refused from its size, before reading.
        let path = directory.file("huge.txt")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(InputReader.sizeLimit + 1)) == 0)
        #expect(throws: CLIError("'huge.txt' is too large (more than 64 MB; the limit is 64 MB)", fix: "split it into smaller files")) {
            try InputReader.read(path: "huge.txt", io: CapturedIO(currentDirectory: directory.path).io)
        }
        // Standard input has no size beforehand: counted as it is read.
        #expect(throws: CLIError.self) {
            try InputReader.read(path: "-", io: CapturedIO(stdin: "12345").io, limit: 4)
        }
    }

    @Test func utf32IsRefused() throws {
        #expect(try error(for: [0xFF, 0xFE, 0x00, 0x00, 0x41, 0, 0, 0])?.message == "'in.txt' is UTF-32 text, which is not read")
    }

    @Test func brokenUTF16() throws {
        #expect(try error(for: [0xFF, 0xFE, 0x41])?.message == "'in.txt' is not valid UTF-16: it has an odd number of bytes")
        #expect(try error(for: [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00])?.message == "'in.txt' is not valid UTF-16: unpaired surrogate at byte offset 2")
    }
}
