/// The agreement as one self-contained HTML page that reads well on screen and prints well on A4
/// and Letter: no external assets, no scripts.
public enum HTMLRenderer {
    public static func render(_ document: DraftDocument) -> String {
        var body: [String] = ["<h1>\(escape(document.title))</h1>", "<p class=\"intro\">\(escape(document.introduction))</p>",
                              "<h2>Parties</h2>", "<table class=\"parties\"><thead><tr><th></th><th>Name</th><th>Address</th><th>E-mail</th></tr></thead><tbody>"]
        for (role, party) in document.parties {
            body.append("<tr><th>\(role)</th><td>\(escape(party.name))</td><td>\(escape(party.address ?? "—"))</td><td>\(escape(party.email ?? "—"))</td></tr>")
        }
        body += ["</tbody></table>", "<h2>Key terms</h2>", "<table class=\"terms\"><tbody>"]
        body += document.keyTerms.map { "<tr><th>\(escape($0.label))</th><td>\(escape($0.value))</td></tr>" }
        body.append("</tbody></table>")
        for section in document.sections {
            body.append("<section><h2>\(section.number). \(escape(section.title))</h2>")
            for block in section.blocks {
                switch block {
                case .paragraph(let number, let text):
                    body.append("<p><span class=\"num\">\(number)</span> \(escape(text))</p>")
                case .list(let items):
                    body.append("<ul>" + items.map { "<li>\(escape($0))</li>" }.joined() + "</ul>")
                }
            }
            body.append("</section>")
        }
        body.append("<section><h2>Fee schedule</h2>")
        if document.schedule.isEmpty {
            body.append("<p>The total fee is \(escape(document.scheduleTotal)).</p>")
        } else {
            body.append("<table class=\"schedule\"><thead><tr><th>Stage</th><th>Share</th><th class=\"amount\">Amount</th><th>Due</th></tr></thead><tbody>")
            body += document.schedule.map {
                "<tr><td>\(escape($0.stage))</td><td>\(escape($0.share))</td><td class=\"amount\">\(escape($0.amount))</td><td>\(escape($0.due))</td></tr>"
            }
            body.append("<tr class=\"total\"><th>Total</th><td></td><td class=\"amount\">\(escape(document.scheduleTotal))</td><td></td></tr></tbody></table>")
        }
        body += ["</section>", "<section class=\"signatures\"><h2>Signatures</h2>"]
        for (role, party) in document.parties {
            body.append("<div class=\"signature\"><p>For the \(role.lowercased()), \(escape(party.name))</p><p class=\"line\">Signature</p><p class=\"line\">Name</p><p class=\"line\">Date</p></div>")
        }
        body += ["</section>", "<footer>Clauses used: \(escape(document.references.joined(separator: ", "))).</footer>"]
        return HTMLPage.render(escapedTitle: escape(document.title), style: style, body: body)
    }

    /// Margins that fit both A4 and Letter; sections may break across pages, headings may not be orphaned.
    static let style = """
    :root { color: #1d1d1f; background: #fff; }
    body { font: 11pt/1.5 Georgia, "Times New Roman", serif; margin: 0; }
    main { max-width: 46rem; margin: 2rem auto; padding: 0 1.5rem; }
    h1 { font-size: 1.7rem; margin-bottom: 0.5rem; }
    h2 { font-size: 1.15rem; margin-top: 1.8rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; break-after: avoid; }
    table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
    th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e3e3e3; }
    .terms th { width: 45%; font-weight: normal; color: #444; }
    .amount { text-align: right; white-space: nowrap; }
    .total th, .total td { font-weight: bold; border-top: 2px solid #999; }
    .num { font-weight: bold; margin-right: 0.3rem; }
    .signatures { break-inside: avoid; }
    .signature { display: inline-block; width: 45%; margin-right: 4%; vertical-align: top; }
    .signature .line { border-bottom: 1px solid #333; height: 2rem; margin: 0.6rem 0; color: #666; font-size: 0.85rem; }
    footer { margin-top: 2.5rem; font-size: 0.8rem; color: #666; border-top: 1px solid #ccc; padding-top: 0.5rem; }
    @page { margin: 18mm 16mm; }
    @media print { main { margin: 0; max-width: none; padding: 0; } a { color: inherit; } }
    """

    static func escape(_ text: String) -> String { HTMLEscaping.escape(text, apostrophes: false) }
}
