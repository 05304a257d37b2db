/// A file of a clause library: its path inside the library (`termination/on-notice.md`) and the
/// path to show in messages.
public struct LibraryFile: Sendable {
    public var relativePath: String
    public var displayPath: String
    public var text: String

    public init(relativePath: String, displayPath: String, text: String) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.text = text
    }
}

/// The clause kinds, clauses, presets and risk rules that every command reads. Built from one or more
/// layers of files: the built-in library first, then a user's `--clauses DIR`, where the same id
/// replaces and a new id adds.
public struct ClauseLibrary: Sendable {
    public private(set) var kinds: [ClauseKind] = []
    public private(set) var clauses: [String: Clause] = [:]
    public private(set) var presets: [String: Preset] = [:]
    /// The risky-term rules of `boundary lint`, from `risks/<id>.md`, by id.
    public private(set) var risks: [String: RiskRule] = [:]

    /// Folders that hold other kinds of data, read by the commands that use them.
    static let reservedFolders: Set<String> = ["presets", "letters", "tone", "screen"]

    /// Loads `layers` in order and checks the result as a whole. Problems do not stop the load: every
    /// one is reported, and the library holds what could be read.
    public static func load(_ layers: [[LibraryFile]]) -> (library: ClauseLibrary, diagnostics: [Diagnostic]) {
        var library = ClauseLibrary()
        var diagnostics: [Diagnostic] = []
        for layer in layers {
            diagnostics += library.add(layer.sorted { $0.relativePath < $1.relativePath })
        }
        diagnostics += LibraryCheck.check(library)
        return (library, diagnostics.sorted())
    }

    /// What one file of a library holds, once read.
    private enum Content: Sendable {
        case kinds(Result<[ClauseKind], Diagnostics>)
        case preset(Result<Preset, Diagnostics>)
        case risk(Result<RiskRule, Diagnostics>)
        case clause(Result<Clause, Diagnostics>)
        case misplaced
        case other
    }

    private static func read(_ file: LibraryFile) -> Content {
        let parts = file.relativePath.split(separator: "/")
        guard parts.last?.hasSuffix(".md") == true, parts.last != "README.md" else { return .other }
        if parts.count == 1 && parts[0] == "kinds.md" { return .kinds(ClauseKind.parseList(file.text, path: file.displayPath)) }
        guard parts.count == 2 else { return .misplaced }
        switch parts[0] {
        case "presets": return .preset(Preset.parse(file.text, path: file.displayPath))
        case "risks": return .risk(RiskParser.parse(file.text, path: file.displayPath))
        case _ where Self.reservedFolders.contains(String(parts[0])): return .other
        default: return .clause(ClauseParser.parse(file.text, path: file.displayPath))
        }
    }

    private mutating func add(_ files: [LibraryFile]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seenInLayer: [String: String] = [:]
        // Files are read on all cores (reading is most of a start-up), then added in order.
        for (file, content) in zip(files, Parallel.map(files, Self.read)) {
            switch content {
            case .kinds(.success(let list)): mergeKinds(list)
            case .preset(.success(let preset)): presets[preset.id] = preset
            case .risk(.success(let risk)): risks[risk.id] = risk
            case .clause(.success(let clause)):
                if let other = seenInLayer[clause.id] {
                    diagnostics.append(Diagnostic(file: file.displayPath, line: clause.line(of: "id"), "duplicate clause id `\(clause.id)` (also in \(other))"))
                }
                seenInLayer[clause.id] = file.displayPath
                clauses[clause.id] = clause
            case .kinds(.failure(let errors)), .preset(.failure(let errors)), .risk(.failure(let errors)), .clause(.failure(let errors)):
                diagnostics += errors.all
            case .misplaced:
                diagnostics.append(Diagnostic(file: file.displayPath, "a clause file must be at <kind>/<name>.md", fix: "move it into the folder of its kind"))
            case .other:
                continue
            }
        }
        return diagnostics
    }

    /// A later layer's kind replaces one with the same id in place; new kinds go at the end.
    private mutating func mergeKinds(_ list: [ClauseKind]) {
        for kind in list {
            if let index = kinds.firstIndex(where: { $0.id == kind.id }) { kinds[index] = kind } else { kinds.append(kind) }
        }
    }

    public func kind(_ id: String) -> ClauseKind? { kinds.first { $0.id == id } }

    /// Every clause, in the order of its kind, then by id.
    public var orderedClauses: [Clause] {
        let rank = Dictionary(kinds.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return clauses.values.sorted { (rank[$0.kind] ?? .max, $0.id) < (rank[$1.kind] ?? .max, $1.id) }
    }

    public var orderedPresets: [Preset] { presets.values.sorted { $0.id < $1.id } }

    /// Every risk rule, by id.
    public var orderedRisks: [RiskRule] { risks.values.sorted { $0.id < $1.id } }

    /// Facets that some clause of `kind` provides.
    public func facets(of kind: String) -> [String] {
        Array(Set(clauses.values.filter { $0.kind == kind }.flatMap(\.facets))).sorted()
    }

    /// Whether `reference` names a kind or a clause id of this library.
    public func knows(_ reference: String) -> Bool { kind(reference) != nil || clauses[reference] != nil }
}
