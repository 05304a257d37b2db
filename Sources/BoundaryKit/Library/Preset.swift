/// A trade's starting point, from `Clauses/presets/<id>.md`: which clause variants it uses, which
/// kinds it leaves out, and a complete set of sample values in the agreement file's keys.
public struct Preset: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String
    /// The agreement's title, e.g. "Website Design and Development Agreement".
    public var agreementTitle: String
    /// The variant chosen per kind, where it differs from the kind's default.
    public var clauses: [String: String]
    public var omit: [String]
    /// Sample values, as an agreement file would give them; an agreement file's own values win.
    public var agreement: Node
    public var description: String
    public var file: String
    public var keyLines: [String: Int]

    static func parse(_ text: String, path: String) -> Result<Preset, Diagnostics> {
        let document: FrontMatter
        do { document = try FrontMatter.parse(text, file: path) } catch { return .failure(Diagnostics([error])) }
        var header = MapReader(document.header, what: "the header")
        let id = header.text("id", required: true) ?? ""
        let title = header.text("title", required: true) ?? ""
        let summary = header.text("summary", required: true) ?? ""
        let agreementTitle = header.text("agreement_title", required: true) ?? ""
        var clauses: [String: String] = [:]
        if let node = header.node("clauses") {
            var reader = MapReader(node, what: "`clauses`")
            for key in reader.keys { clauses[key] = reader.text(key, required: true) }
            header.report(reader.finish())
        }
        let omit = header.textList("omit")
        let agreement = header.node("agreement")
        if agreement == nil { header.report(document.header.line, "missing `agreement`", fix: "give the preset's sample values under `agreement:`") }
        var diagnostics = header.finish(known: ["id", "title", "summary", "agreement_title", "clauses", "omit", "agreement"])
        let name = path.split(separator: "/").last.map { String($0.dropLast(3)) }
        if !id.isEmpty, let name, id != name {
            diagnostics.append(Diagnostic(file: path, line: ClauseParser.keyLines(document.header)["id"], "preset id `\(id)` does not match its file name", fix: "name the file \(id).md"))
        }
        guard diagnostics.isEmpty, let agreement else { return .failure(Diagnostics(diagnostics.sorted())) }
        return .success(Preset(id: id, title: title, summary: summary, agreementTitle: agreementTitle, clauses: clauses, omit: omit,
                               agreement: agreement, description: document.body, file: path, keyLines: ClauseParser.keyLines(document.header)))
    }
}

extension ClauseKind {
    /// Reads the `kinds:` list of `kinds.md`.
    static func parseList(_ text: String, path: String) -> Result<[ClauseKind], Diagnostics> {
        let document: FrontMatter
        do { document = try FrontMatter.parse(text, file: path) } catch { return .failure(Diagnostics([error])) }
        var header = MapReader(document.header, what: "the header")
        var kinds: [ClauseKind] = []
        if let list = header.node("kinds") {
            if case .list(let items) = list.value {
                for item in items {
                    var reader = MapReader(item, what: "a kind")
                    let id = reader.text("id", required: true) ?? ""
                    let title = reader.text("title", required: true) ?? ""
                    let defaultClause = reader.text("default", required: true) ?? ""
                    let required = ClauseParser.readBool(reader.node("required"), into: &reader) ?? false
                    let missing = reader.text("missing", required: true) ?? ""
                    let needs = reader.text("needs"), partial = reader.text("partial")
                    if (needs == nil) != (partial == nil) {
                        reader.report(item, "`needs` and `partial` go together", fix: "give the facet a provider needs and what lint says without it, or neither")
                    }
                    header.report(reader.finish(known: ["id", "title", "default", "required", "missing", "needs", "partial"]))
                    if kinds.contains(where: { $0.id == id }) { header.report(item, "kind `\(id)` is listed twice") }
                    kinds.append(ClauseKind(id: id, title: title, defaultClause: defaultClause, required: required, missing: missing, needs: needs,
                                            partial: partial, file: path, line: item.line))
                }
            } else {
                header.report(list, "`kinds` must be a list of `- id: …` entries")
            }
        } else {
            header.report(document.header.line, "missing `kinds`")
        }
        let diagnostics = header.finish(known: ["kinds"])
        return diagnostics.isEmpty ? .success(kinds) : .failure(Diagnostics(diagnostics.sorted()))
    }
}
