import Foundation

/// Writes what a command produces: to standard output, or to a file, safely.
///
/// A file is written whole or not at all: the text goes to a temporary file in the same directory,
/// which then takes the file's place. An existing file is replaced only with `force`, and an input
/// of the same run is never replaced, even with `force`.
public enum OutputWriter {
    /// Writes `text` to `path` (relative to `io.currentDirectory`), or to standard output when
    /// `path` is `nil` or `-`. `inputs` are the paths the command read, as given.
    public static func write(_ text: String, to path: String?, force: Bool, io: IO, inputs: [String]) throws {
        guard let path, path != "-" else {
            io.writeOut(text)
            return
        }
        guard !path.isEmpty else { throw CLIError("the output path is empty", fix: "give a file path, or '-' for standard output") }
        var target = io.absolutePath(path)

        for input in inputs where input != "-" && !input.isEmpty {
            if sameFile(io.absolutePath(input), target) {
                throw CLIError("refusing to write over the input '\(input)'", fix: "choose a different output path")
            }
        }

        var existing = stat()
        let exists = lstat(target, &existing) == 0
        if exists && (existing.st_mode & S_IFMT) == S_IFLNK, let resolved = realPath(target) {
            // Write through a symbolic link to the file it names, keeping the link.
            target = resolved
            _ = stat(target, &existing)
        }
        if exists && (existing.st_mode & S_IFMT) == S_IFDIR {
            throw CLIError("'\(path)' is a directory", fix: "give a file path, such as '\((path as NSString).appendingPathComponent("out.md"))'")
        }
        let kind = existing.st_mode & S_IFMT
        if exists && (kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK) {
            // `/dev/null`, `/dev/stdout`, a named pipe: written to, never replaced.
            try writeToDevice(text, at: target, path: path)
            return
        }
        if exists && !force {
            throw CLIError("'\(path)' already exists", fix: "add --force to overwrite it, or choose another path")
        }

        let directory = (target as NSString).deletingLastPathComponent
        let shownDirectory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var directoryInfo = stat()
        if stat(directory, &directoryInfo) != 0 || (directoryInfo.st_mode & S_IFMT) != S_IFDIR {
            if errno == EACCES {
                throw CLIError("cannot write '\(path)': permission denied", fix: "choose a directory you can write to")
            }
            throw CLIError("the directory '\(shownDirectory)' does not exist", fix: "create it first (mkdir -p '\(shownDirectory)') or choose another path")
        }

        let (temporary, descriptor) = try createTemporary(in: directory, for: path)
        var placed = false
        defer { if !placed { unlink(temporary) } }
        do {
            defer { close(descriptor) }
            try writeAll(Array(text.utf8), to: descriptor, path: path)
            if exists { fchmod(descriptor, existing.st_mode & 0o7777) }
            fsync(descriptor)
        }
        try place(temporary, at: target, path: path, replacing: force)
        placed = true
    }

    static func writeToDevice(_ text: String, at target: String, path: String) throws {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CLIError("cannot write '\(path)': \(InputReader.describe(errno))", fix: "check the output path")
        }
        defer { close(descriptor) }
        try writeAll(Array(text.utf8), to: descriptor, path: path)
    }

    /// A new file beside the target, created exclusively with the usual mode (0666 less the umask).
    static func createTemporary(in directory: String, for path: String) throws -> (String, Int32) {
        let base = (path as NSString).lastPathComponent
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let candidate = (directory as NSString).appendingPathComponent(".\(base).\(suffix).boundary-tmp")
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (candidate, descriptor) }
            let code = errno
            if code == EEXIST { continue }
            if code == EACCES || code == EPERM || code == EROFS {
                throw CLIError("cannot write '\(path)': \(InputReader.describe(code))", fix: "choose a directory you can write to")
            }
            throw CLIError("cannot write '\(path)': \(InputReader.describe(code))", fix: "check the output path")
        }
        throw CLIError("cannot write '\(path)': could not create a temporary file beside it", fix: "check the output directory")
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                throw CLIError("cannot write '\(path)': \(InputReader.describe(code))", fix: "free some space or choose another path")
            }
            offset += written
        }
    }

    /// Moves the finished temporary file into place. Without `replacing`, a hard link makes the
    /// "does not exist yet" check and the creation one step, so a file that appeared meanwhile is
    /// not replaced either; where links are not supported, a rename follows a fresh check.
    static func place(_ temporary: String, at target: String, path: String, replacing: Bool) throws {
        if !replacing {
            if link(temporary, target) == 0 {
                unlink(temporary)
                return
            }
            let code = errno
            if code == EEXIST { throw CLIError("'\(path)' already exists", fix: "add --force to overwrite it, or choose another path") }
            var info = stat()
            if lstat(target, &info) == 0 { throw CLIError("'\(path)' already exists", fix: "add --force to overwrite it, or choose another path") }
        }
        if rename(temporary, target) != 0 {
            throw CLIError("cannot write '\(path)': \(InputReader.describe(errno))", fix: "check the output path")
        }
    }

    /// The same file: the same device and inode when both exist, else the same resolved path.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        if stat(a, &first) == 0 && stat(b, &second) == 0 {
            return first.st_dev == second.st_dev && first.st_ino == second.st_ino
        }
        return (realPath(a) ?? a) == (realPath(b) ?? b)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
