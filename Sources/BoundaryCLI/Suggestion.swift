/// "Did you mean …?" for command-line words: option names, command names, enum values.
///
/// Stricter than BoundaryKit's `Spelling` because command-line words are short: a transposition
/// counts as one edit (`--fromat` → `--format`), and a word may be at most one edit away per three
/// letters (`jsn` → `json`, but not `xml` → `html`). Failing that, the one candidate that the word
/// begins is suggested (`--out` → `--output`).
enum Suggestion {
    static func closest(to word: String, among candidates: [String]) -> String? {
        // Compared without their dashes, so `-format` finds `--format`; one-letter names are
        // never suggested for longer words.
        func bare(_ name: String) -> String { String(name.drop { $0 == "-" }).lowercased() }
        let target = bare(word)
        guard target.count > 1 else { return nil }
        let named = candidates.map { (bare: bare($0), name: $0) }.filter { $0.bare.count > 1 }
        let limit = min(2, max(1, target.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in named {
            let distance = editDistance(target, candidate.bare)
            if distance <= limit && distance < (best?.distance ?? Int.max) { best = (candidate.name, distance) }
        }
        if let best { return best.name }
        let prefixed = named.filter { $0.bare.hasPrefix(target) }
        return prefixed.count == 1 ? prefixed[0].name : nil
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and transpositions
    /// of neighbours each cost one.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
