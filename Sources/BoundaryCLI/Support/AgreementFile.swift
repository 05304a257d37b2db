import BoundaryKit

/// The agreement of a refund or a letter, planned as `boundary draft` plans it, so they use the same
/// clauses and terms as the drafted contract: an agreement file (`--agreement FILE`), or a preset
/// (`--preset P`), with `--set KEY=VALUE` on top of either.
enum AgreementFile {
    static func plan(_ path: String, library: ClauseLibrary, io: IO) throws -> DraftPlan {
        try plan(path: path, preset: nil, sets: [], library: library, io: io)
    }

    static func plan(path: String?, preset: String?, sets: [String], library: ClauseLibrary, io: IO) throws -> DraftPlan {
        let file = try path.map { path in
            let (name, text) = try InputReader.read(path: path, io: io)
            return try FormatReader.parse(text, file: name)
        }
        return try Drafting.input(presetID: preset, file: file, sets: sets, library: library).flatMap { Drafting.plan($0, library: library) }.get()
    }
}
