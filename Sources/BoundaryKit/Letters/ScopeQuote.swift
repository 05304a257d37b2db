/// The agreement's own words on scope and extra work, rendered from its clauses exactly as
/// `boundary draft` renders them, as lines for a letter to quote.
enum ScopeQuote {
    static func sections(_ plan: DraftPlan, library: ClauseLibrary) throws(TemplateError) -> (scope: [String]?, extraWork: [String]?) {
        let document = try Composer.compose(plan, library: library)
        func lines(ofKind kind: String) -> [String]? {
            guard let title = library.kind(kind)?.title, let section = document.sections.first(where: { $0.title == title }) else { return nil }
            var lines = ["\(section.number). \(section.title)"]
            for block in section.blocks {
                lines.append("")
                switch block {
                case .paragraph(let number, let text): lines.append("\(number) \(text)")
                case .list(let items): lines += items.map { "- \($0)" }
                }
            }
            return lines
        }
        return (lines(ofKind: "scope"), lines(ofKind: "extra-work"))
    }
}
