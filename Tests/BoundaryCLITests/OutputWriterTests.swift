import Foundation
import Testing
@testable import BoundaryCLI

@Suite("Writing output")
struct OutputWriterTests {
    @Test func nilAndDashGoToStandardOutput() throws {
        let captured = CapturedIO()
        try OutputWriter.write("one\n", to: nil, force: false, io: captured.io, inputs: [])
        try OutputWriter.write("two\n", to: "-", force: false, io: captured.io, inputs: ["-"])
        #expect(captured.out == "one\ntwo\n")
    }

    @Test func writesANewFileRelativeToTheCurrentDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let captured = CapturedIO(currentDirectory: directory.path)
        try OutputWriter.write("contract\n", to: "out.md", force: false, io: captured.io, inputs: ["in.txt"])
        #expect(directory.read("out.md") == "contract\n")
        #expect(directory.listing() == ["out.md"])  // no temporary file left behind
        #expect(captured.out == "")
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("out.md", "keep me")
        let io = CapturedIO(currentDirectory: directory.path).io
        #expect(throws: CLIError("'out.md' already exists", fix: "add --force to overwrite it, or choose another path")) {
            try OutputWriter.write("new", to: "out.md", force: false, io: io, inputs: [])
        }
        #expect(directory.read("out.md") == "keep me")
        #expect(directory.listing() == ["out.md"])

        try OutputWriter.write("new", to: "out.md", force: true, io: io, inputs: [])
        #expect(directory.read("out.md") == "new")
        #expect(directory.listing() == ["out.md"])
    }

    @Test func overwritingKeepsTheFilesPermissions() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("out.md", "old")
        chmod(path, 0o640)
        try OutputWriter.write("new", to: path, force: true, io: CapturedIO().io, inputs: [])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test func neverOverwritesAnInputEvenWithForce() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("terms.txt", "original")
        let io = CapturedIO(currentDirectory: directory.path).io
        let refusal = CLIError("refusing to write over the input 'terms.txt'", fix: "choose a different output path")
        #expect(throws: refusal) {
            try OutputWriter.write("x", to: "terms.txt", force: true, io: io, inputs: ["terms.txt"])
        }
        // Spelled differently: absolute, with `./`, through a symbolic link, through a hard link.
        #expect(throws: CLIError.self) {
            try OutputWriter.write("x", to: "./sub/../terms.txt", force: true, io: io, inputs: [directory.file("terms.txt")])
        }
        try FileManager.default.createSymbolicLink(atPath: directory.file("link.txt"), withDestinationPath: "terms.txt")
        #expect(throws: CLIError.self) {
            try OutputWriter.write("x", to: "link.txt", force: true, io: io, inputs: ["terms.txt"])
        }
        #expect(link(directory.file("terms.txt"), directory.file("hard.txt")) == 0)
        #expect(throws: CLIError.self) {
            try OutputWriter.write("x", to: "hard.txt", force: true, io: io, inputs: ["terms.txt"])
        }
        #expect(directory.read("terms.txt") == "original")
        #expect(directory.listing() == ["hard.txt", "link.txt", "terms.txt"])
    }

    @Test func writingThroughASymbolicLinkKeepsTheLink() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("real.md", "old")
        try FileManager.default.createSymbolicLink(atPath: directory.file("link.md"), withDestinationPath: "real.md")
        try OutputWriter.write("new", to: "link.md", force: true, io: CapturedIO(currentDirectory: directory.path).io, inputs: [])
        #expect(directory.read("real.md") == "new")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: directory.file("link.md"))) == "real.md")
    }

    @Test func devicesAreWrittenToNeverReplaced() throws {
        try OutputWriter.write("discarded", to: "/dev/null", force: false, io: CapturedIO().io, inputs: [])
        try OutputWriter.write("discarded", to: "/dev/null", force: true, io: CapturedIO().io, inputs: [])
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test func missingParentDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let io = CapturedIO(currentDirectory: directory.path).io
        #expect(throws: CLIError("the directory 'drafts/2026' does not exist", fix: "create it first (mkdir -p 'drafts/2026') or choose another path")) {
            try OutputWriter.write("x", to: "drafts/2026/out.md", force: false, io: io, inputs: [])
        }
        #expect(directory.listing() == [])
    }

    @Test func aDirectoryIsNotAFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.file("out"), withIntermediateDirectories: false)
        #expect(throws: CLIError("'out' is a directory", fix: "give a file path, such as 'out/out.md'")) {
            try OutputWriter.write("x", to: "out", force: true, io: CapturedIO(currentDirectory: directory.path).io, inputs: [])
        }
    }

    @Test(.enabled(if: getuid() != 0, "root writes everywhere"))
    func unwritableDirectoryCreatesNothing() throws {
        let directory = try TemporaryDirectory()
        defer {
            chmod(directory.file("locked"), 0o755)
            directory.remove()
        }
        try FileManager.default.createDirectory(atPath: directory.file("locked"), withIntermediateDirectories: false)
        chmod(directory.file("locked"), 0o555)
        #expect(throws: CLIError.self) {
            try OutputWriter.write("x", to: directory.file("locked/out.md"), force: false, io: CapturedIO().io, inputs: [])
        }
        #expect((try? FileManager.default.contentsOfDirectory(atPath: directory.file("locked"))) == [])
    }

    @Test func theOldFileIsReplacedWholeNeverTruncatedInPlace() throws {
        // A reader holding the old file keeps seeing the old content: the new text is a new file.
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("out.md", "old content")
        let handle = try #require(FileHandle(forReadingAtPath: path))
        defer { try? handle.close() }
        try OutputWriter.write("new", to: path, force: true, io: CapturedIO().io, inputs: [])
        #expect(String(decoding: handle.readDataToEndOfFile(), as: UTF8.self) == "old content")
        #expect(directory.read("out.md") == "new")
    }
}
