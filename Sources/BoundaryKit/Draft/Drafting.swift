/// The draft pipeline as one call for the command line: values in, a validated plan out, then text.
public enum Drafting {
    public enum Format: String, Sendable, CaseIterable {
        case markdown, text, html
    }

    /// The tree of values to read: with an agreement file, that file (its preset adds clause choices
    /// and trade defaults for `terms`, never sample names or figures); without one, the preset's
    /// complete sample values. `--set` assignments go on top of either.
    public static func input(presetID: String?, file: Node?, sets: [String], library: ClauseLibrary) -> Result<Node, Diagnostics> {
        var node: Node
        if let file {
            node = file
            if let presetID { node = AgreementInput.overlay(node, Node(.map([Node.Entry(key: "preset", value: Node(.scalar(presetID), file: "--preset", line: 0))]), file: "--preset", line: 0)) }
        } else if let presetID {
            guard let preset = library.presets[presetID] else {
                let hint = Spelling.suggestion(for: presetID, among: library.presets.keys.sorted()).map { "did you mean `\($0)`?" }
                return .failure(Diagnostics([Diagnostic("unknown preset `\(presetID)`", fix: hint ?? "`boundary presets` lists them")]))
            }
            node = AgreementInput.overlay(preset.agreement, Node(.map([Node.Entry(key: "preset", value: Node(.scalar(presetID), file: preset.file, line: 1))]), file: preset.file, line: 1))
        } else {
            node = Node(.map([]), file: "--set", line: 0)
        }
        return AgreementInput.applying(sets, to: node)
    }

    /// Reads, checks and plans the agreement in `node`.
    public static func plan(_ node: Node, library: ClauseLibrary) -> Result<DraftPlan, Diagnostics> {
        AgreementReader.read(node, library: library).flatMap { DraftPlan.make($0, library: library) }
    }

    /// The agreement in `format`.
    public static func render(_ plan: DraftPlan, as format: Format, library: ClauseLibrary) throws(TemplateError) -> String {
        let document = try Composer.compose(plan, library: library)
        switch format {
        case .markdown: return MarkdownRenderer.render(document)
        case .text: return TextRenderer.render(document)
        case .html: return HTMLRenderer.render(document)
        }
    }
}
