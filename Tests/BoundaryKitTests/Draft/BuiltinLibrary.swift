import BoundaryKit
import BuiltinClauses

/// The built-in library, loaded once for the tests that draft with it.
enum BuiltinLibrary {
    static let loaded = ClauseLibrary.load([BuiltinClauses.files.map {
        LibraryFile(relativePath: String($0.path.dropFirst("Clauses/".count)), displayPath: $0.path, text: $0.text)
    }])

    static var library: ClauseLibrary { loaded.library }

    /// The agreement drafted from `preset`'s sample values with `sets` on top, or its problems.
    static func draft(preset: String?, file: Node? = nil, sets: [String] = [], format: Drafting.Format = .markdown) -> Result<String, Diagnostics> {
        Drafting.input(presetID: preset, file: file, sets: sets, library: library)
            .flatMap { Drafting.plan($0, library: library) }
            .flatMap { plan in
                do { return .success(try Drafting.render(plan, as: format, library: library)) } catch {
                    return .failure(Diagnostics([Diagnostic("render failed: \(error)")]))
                }
            }
    }
}
