/// The agreement as Markdown: the default output of `boundary draft`.
public enum MarkdownRenderer {
    public static func render(_ document: DraftDocument) -> String {
        var out: [String] = ["# \(document.title)", "", document.introduction, "", "## Parties", "",
                             "| | Name | Address | E-mail |", "| --- | --- | --- | --- |"]
        for (role, party) in document.parties {
            out.append("| \(role) | \(cell(party.name)) | \(cell(party.address ?? "—")) | \(cell(party.email ?? "—")) |")
        }
        out += ["", "## Key terms", "", "| Term | |", "| --- | --- |"]
        out += document.keyTerms.map { "| \(cell($0.label)) | \(cell($0.value)) |" }
        for section in document.sections {
            out += ["", "## \(section.number). \(section.title)"]
            for block in section.blocks {
                switch block {
                case .paragraph(let number, let text): out += ["", "**\(number)** \(text)"]
                case .list(let items): out += [""] + items.map { "- \($0)" }
                }
            }
        }
        out += ["", "## Fee schedule", ""]
        if !document.schedule.isEmpty {
            out += ["| Stage | Share | Amount | Due |", "| --- | --- | ---: | --- |"]
            out += document.schedule.map { "| \(cell($0.stage)) | \($0.share) | \($0.amount) | \($0.due) |" }
            out.append("| **Total** | | **\(document.scheduleTotal)** | |")
        } else {
            out.append("The total fee is \(document.scheduleTotal).")
        }
        out += ["", "## Signatures", ""]
        for (role, party) in document.parties {
            out += ["For the \(role.lowercased()), \(party.name):", "", "Signature: ______________________________  Name: ______________________  Date: ____________", ""]
        }
        out += ["---", "", "Clauses used: " + document.references.joined(separator: ", ") + "."]
        return out.joined(separator: "\n") + "\n"
    }

    private static func cell(_ text: String) -> String {
        text.replacing("|", with: "\\|")
    }
}
