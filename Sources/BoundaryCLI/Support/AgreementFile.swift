import BoundaryKit

/// Reads an agreement file (`--agreement FILE`) and plans it as `boundary draft` does, so refunds
/// and letters use the same clauses and terms as the drafted contract.
enum AgreementFile {
    static func plan(_ path: String, library: ClauseLibrary, io: IO) throws -> DraftPlan {
        let (name, text) = try InputReader.read(path: path, io: io)
        let node = try FormatReader.parse(text, file: name)
        return try Drafting.input(presetID: nil, file: node, sets: [], library: library).flatMap { Drafting.plan($0, library: library) }.get()
    }
}
