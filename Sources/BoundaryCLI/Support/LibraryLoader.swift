import BoundaryKit
import BuiltinClauses
import Foundation

/// Loads the clause library every command reads: the built-in one, with a user's `--clauses DIR`
/// laid on top (the same id replaces, a new id adds).
enum LibraryLoader {
    static let clausesOption = OptionSpec(["--clauses"], valueName: "DIR", help: "Lay your own clause library over the built-in one (same id replaces, new id adds).")

    /// The library, or an error listing every problem in it (exit 2).
    static func load(_ arguments: ParsedArguments, io: IO) throws -> ClauseLibrary {
        let (library, diagnostics) = try loadReportingProblems(userDirectory: arguments.value("--clauses"), io: io)
        guard diagnostics.isEmpty else { throw Diagnostics(diagnostics) }
        return library
    }

    static func loadReportingProblems(userDirectory: String?, io: IO) throws -> (ClauseLibrary, [Diagnostic]) {
        ClauseLibrary.load(try layers(userDirectory: userDirectory, io: io))
    }

    /// The files of the built-in library, then those of a user's folder (`--clauses DIR`), if any:
    /// what every reader of the library (clauses, letters, tone rules, the checklist) lays in order.
    static func layers(userDirectory: String?, io: IO) throws -> [[LibraryFile]] {
        [builtinFiles] + (try userDirectory.map { [try files(in: $0, io: io)] } ?? [])
    }

    static var builtinFiles: [LibraryFile] {
        BuiltinClauses.files.map { file in
            LibraryFile(relativePath: String(file.path.dropFirst("Clauses/".count)), displayPath: file.path, text: file.text)
        }
    }

    /// Every `.md` file under `directory`, sorted by path so that loading is deterministic.
    static func files(in directory: String, io: IO) throws -> [LibraryFile] {
        let root = URL(fileURLWithPath: directory, relativeTo: URL(fileURLWithPath: io.currentDirectory, isDirectory: true)).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw CLIError("no such directory: \(directory)", fix: "give the folder that holds your clause files")
        }
        guard isDirectory.boolValue else { throw CLIError("\(directory) is a file, not a directory", fix: "give the folder that holds your clause files") }
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw CLIError("cannot read the directory \(directory)", fix: "check its permissions")
        }
        var paths: [String] = []
        for case let url as URL in walker where url.pathExtension == "md" {
            paths.append(String(url.standardizedFileURL.path.dropFirst(root.path.count + 1)))
        }
        return try paths.sorted().map { relative in
            let display = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            let (_, text) = try InputReader.read(path: display, io: io)
            return LibraryFile(relativePath: relative, displayPath: display, text: text)
        }
    }
}
