/// The tone rules of `boundary tone`, from the `tone/` folder of each library layer: the built-in
/// rules first, then a user's `--clauses DIR`, where the same id replaces and a new id adds.
public struct ToneRuleSet: Sendable {
    /// Every rule, by id.
    public private(set) var rules: [ToneRule] = []

    /// Loads the `tone/<id>.md` files of `layers` (paths relative to the library), reporting every
    /// problem at its `file:line`.
    public static func load(_ layers: [[LibraryFile]]) -> (rules: ToneRuleSet, diagnostics: [Diagnostic]) {
        var byID: [String: ToneRule] = [:]
        var diagnostics: [Diagnostic] = []
        for layer in layers {
            for file in layer.sorted(by: { $0.relativePath < $1.relativePath }) {
                let parts = file.relativePath.split(separator: "/")
                guard parts.count == 2, parts[0] == "tone", parts[1].hasSuffix(".md"), parts[1] != "README.md" else { continue }
                switch ToneParser.parse(file.text, path: file.displayPath) {
                case .success(let rule): byID[rule.id] = rule
                case .failure(let errors): diagnostics += errors.all
                }
            }
        }
        var set = ToneRuleSet()
        set.rules = byID.values.sorted { $0.id < $1.id }
        return (set, diagnostics.sorted())
    }

    public init() {}

    public init(rules: [ToneRule]) { self.rules = rules.sorted { $0.id < $1.id } }

    public subscript(id: String) -> ToneRule? { rules.first { $0.id == id } }

    /// The rule named by `spec`: `tone.but` or `but`. Nil when there is none.
    public func rule(named spec: String) -> ToneRule? {
        let id = spec.hasPrefix("tone.") ? String(spec.dropFirst(5)) : spec
        return self[id]
    }
}
