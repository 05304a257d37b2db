import BoundaryKit

/// "Did you mean …?" for command-line words: within two edits (BoundaryKit's `Spelling`), or
/// else the one candidate that the word begins (`--out` → `--output`).
enum Suggestion {
    static func closest(to word: String, among candidates: [String]) -> String? {
        // Compared without dashes, so `-x` is not "one edit" from `-o` and `-format` finds `--format`.
        func bare(_ name: String) -> String { String(name.drop { $0 == "-" }) }
        let target = bare(word)
        guard target.count > 1 else { return nil }
        let named = candidates.map { (bare: bare($0), name: $0) }
        if let near = Spelling.suggestion(for: target, among: named.map(\.bare)) {
            return named.first { $0.bare == near }?.name
        }
        let prefixed = named.filter { $0.bare.hasPrefix(target) }
        return prefixed.count == 1 ? prefixed[0].name : nil
    }
}
