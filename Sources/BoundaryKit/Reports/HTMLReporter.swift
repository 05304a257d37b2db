/// The report as one self-contained HTML page: no scripts, no external assets, inline CSS, readable
/// offline and on paper. Per document: the counts, the clause kinds present, partial and missing,
/// what to add or change with the library clause to propose, the risky terms, and the contract text
/// with line numbers, each piece of evidence highlighted in its kind's colour and each risky term
/// underlined in red, its message on hover and in a note in the margin.
///
/// Highlights use the ranges as lines and columns of `DocumentReport.text`; a range outside the
/// text is clamped, never trusted. Everything from the documents is escaped.
public enum HTMLReporter {
    public static func render(_ report: LintReport) -> String {
        let palette = KindPalette(report)
        let summary = ReportSummary(report)
        let words = Words(report.subject)
        let title = report.documents.count == 1 ? "\(words.review): \(report.documents[0].path)" : "\(words.review): \(ReportSummary.counted(report.documents.count, "document"))"
        var body: [String] = []
        body.append("<header class=\"page-head\">")
        body.append("<p class=\"eyebrow\">Boundary · \(words.review.lowercased())</p>")
        body.append("<h1>\(report.documents.count == 1 ? e(report.documents[0].path) : words.review)</h1>")
        body.append("<p class=\"totals\">\(countsHTML(errors: summary.errors, warnings: summary.warnings, notes: summary.notes)) in \(ReportSummary.counted(summary.documents, "document"))</p>")
        if report.documents.count > 1 {
            body.append("<nav><ol class=\"toc\">")
            for (index, document) in report.documents.enumerated() {
                let counts = ReportSummary(LintReport(documents: [document]))
                body.append("<li><a href=\"#d\(index)\">\(e(document.path))</a> <span class=\"toc-counts\">\(countsHTML(errors: counts.errors, warnings: counts.warnings, notes: counts.notes))</span></li>")
            }
            body.append("</ol></nav>")
        }
        body.append("</header>")
        for (index, document) in report.documents.enumerated() {
            body += documentHTML(document, index: index, palette: palette, single: report.documents.count == 1, words: words)
        }
        body.append("<footer class=\"page-foot\">\(words.footer)</footer>")
        let style = HTMLReportStyle.css + "\n" + (report.subject == .letter ? HTMLReportStyle.letterCSS + "\n" : "") + palette.css
        return HTMLPage.render(escapedTitle: e(title), style: style, body: body, meta: ["<meta name=\"color-scheme\" content=\"light\">"])
    }

    // MARK: - One document

    static func documentHTML(_ document: DocumentReport, index: Int, palette: KindPalette, single: Bool, words: Words = Words(.contract)) -> [String] {
        let id = "d\(index)"
        let findings = document.orderedFindings
        let positioned = findings.filter { $0.range != nil }
        let evidence = document.kinds.flatMap { kind in kind.evidence.map { (kind: kind, evidence: $0) } }
        let counts = ReportSummary(LintReport(documents: [document]))
        var out: [String] = ["<section class=\"document\" id=\"\(id)\">"]
        out.append("<header class=\"doc-head\">")
        if !single { out.append("<h2>\(e(document.path))</h2>") }
        out.append("<p class=\"counts\">\(countsHTML(errors: counts.errors, warnings: counts.warnings, notes: counts.notes))</p>")
        out.append("</header>")

        // What to add or change: findings about a kind that is missing or partial, and about the document as a whole.
        let statusByKind = Dictionary(document.kinds.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        let toAdd = findings.filter { finding in
            if finding.range == nil { return true }
            guard let kind = finding.kind, let status = statusByKind[kind]?.status else { return false }
            return status != .present && !finding.rule.hasPrefix("risk.") && !finding.rule.hasPrefix("tone.")
        }
        let risky = positioned.filter { finding in !toAdd.contains { $0 == finding } }

        if !document.kinds.isEmpty {
            out.append("<div class=\"overview\">")
            out.append("<section class=\"kinds\"><h3>Clauses</h3>")
            out.append(kindSummary(document.kinds))
            out.append("<table class=\"kind-table\"><thead><tr><th scope=\"col\">Clause</th><th scope=\"col\">Status</th><th scope=\"col\">Facets</th><th scope=\"col\">Where</th></tr></thead><tbody>")
            var evidenceIndex = 0
            for kind in document.kinds {
                let swatch = kind.evidence.isEmpty ? "<span class=\"swatch empty\"></span>" : "<span class=\"swatch \(palette.className(kind.kind))\"></span>"
                var places: [String] = []
                var lines: Set<Int> = []
                for item in kind.evidence {
                    // One link per line: a heading and a sentence on the same line are one place to look.
                    if lines.insert(item.range.start.line).inserted {
                        places.append("<a href=\"#\(id)-e\(evidenceIndex)\">\(item.range.start.line)</a>")
                    }
                    evidenceIndex += 1
                }
                let facets = kind.facets.isEmpty ? "<span class=\"none\">—</span>" : kind.facets.map(e).joined(separator: ", ")
                let whereText = places.isEmpty ? "<span class=\"none\">—</span>" : "l.&#8201;" + places.joined(separator: ", ")
                out.append("<tr class=\"\(kind.status.rawValue)\"><th scope=\"row\">\(swatch)\(e(kind.title)) <span class=\"kind-id\">\(e(kind.kind))</span></th><td><span class=\"status \(kind.status.rawValue)\">\(kind.status.rawValue)</span></td><td>\(facets)</td><td class=\"where\">\(whereText)</td></tr>")
            }
            out.append("</tbody></table></section>")
            out.append("<section class=\"to-add\"><h3>To add or change</h3>")
            if toAdd.isEmpty {
                out.append("<p class=\"none\">Nothing: every clause the policy asks for is there.</p>")
            } else {
                out.append("<ol class=\"findings\">")
                for finding in toAdd.sorted(by: { $0.severity > $1.severity }) {
                    let title = finding.kind.flatMap { statusByKind[$0]?.title } ?? finding.kind ?? ""
                    var item = "<li class=\"finding sev-\(finding.severity.rawValue)\">\(severityBadge(finding.severity))"
                    if !title.isEmpty { item += " <strong>\(e(title))</strong>" }
                    item += " <span class=\"rule\">\(e(finding.rule))</span><p>\(e(finding.message))</p>"
                    if let fix = finding.fix { item += "<p class=\"fix\">Propose <code>\(e(fix))</code></p>" }
                    out.append(item + "</li>")
                }
                out.append("</ol>")
            }
            let absent = document.kinds.filter { kind in kind.status == .missing && !toAdd.contains { $0.kind == kind.kind } }
            if !absent.isEmpty {
                out.append("<p class=\"absent\">Also absent, not asked for by the policy: \(absent.map { e($0.title) }.joined(separator: ", ")).</p>")
            }
            out.append("</section>")
            out.append("</div>")
        } else if !toAdd.isEmpty {
            out.append("<section class=\"to-add\"><h3>\(words.whole)</h3><ol class=\"findings\">")
            for finding in toAdd {
                out.append("<li class=\"finding sev-\(finding.severity.rawValue)\">\(severityBadge(finding.severity)) <span class=\"rule\">\(e(finding.rule))</span><p>\(e(finding.message))</p>\(finding.fix.map { "<p class=\"fix\">Use <code>\(e($0))</code></p>" } ?? "")\(suggestionHTML(finding))</li>")
            }
            out.append("</ol></section>")
        }

        if !risky.isEmpty {
            out.append("<section class=\"risks\"><h3>\(words.findings)</h3><ol class=\"findings\">")
            for finding in risky {
                let number = positioned.firstIndex { $0 == finding } ?? 0
                let line = finding.position.line
                var item = "<li class=\"finding sev-\(finding.severity.rawValue)\">\(severityBadge(finding.severity)) <a class=\"line-ref\" href=\"#\(id)-L\(line)\">line \(line)</a> <span class=\"rule\">\(e(finding.rule))</span><p><a class=\"note-ref\" href=\"#\(id)-f\(number)\">\(e(finding.message))</a></p>"
                if let fix = finding.fix { item += "<p class=\"fix\">Use <code>\(e(fix))</code> instead</p>" }
                out.append(item + suggestionHTML(finding) + "</li>")
            }
            out.append("</ol></section>")
        }

        // The text, with highlights and margin notes.
        let text = HighlightedText(text: document.text, evidence: evidence.map(\.evidence.range), findings: positioned.compactMap(\.range))
        out.append("<section class=\"contract\"><h3>\(words.text)</h3>")
        let shownKinds = document.kinds.filter { !$0.evidence.isEmpty }
        if !shownKinds.isEmpty || !positioned.isEmpty {
            var legend = shownKinds.map { "<li><span class=\"swatch \(palette.className($0.kind))\"></span>\(e($0.title))</li>" }
            if !positioned.isEmpty { legend.append("<li><span class=\"risk sev-error sample\">\(words.marked)</span></li>") }
            out.append("<ul class=\"legend\" aria-label=\"Legend\">\(legend.joined())</ul>")
        }
        out.append("<div class=\"text\">")
        for line in text.lines {
            var html = ""
            for segment in line.segments {
                html += segment.anchors.map { "<span class=\"anchor\" id=\"\(id)-e\($0)\"></span>" }.joined()
                var inner = e(segment.text)
                if !segment.findings.isEmpty {
                    let covering = segment.findings.map { positioned[$0] }
                    let top = covering.max { $0.severity < $1.severity }!
                    let hover = covering.map { "\($0.severity.rawValue): \($0.message)" + ($0.fix.map { " (use \($0))" } ?? "") }.joined(separator: "\n")
                    inner = "<span class=\"risk sev-\(top.severity.rawValue)\" title=\"\(e(hover))\" data-findings=\"\(segment.findings.map { "f\($0)" }.joined(separator: " "))\">\(inner)</span>"
                }
                if !segment.evidence.isEmpty {
                    let items = segment.evidence.map { evidence[$0] }
                    let kinds = items.map(\.kind.kind).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                    let hover = items.map { $0.kind.title + ($0.evidence.facet.map { " — \($0)" } ?? "") }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                    // Two kinds over the same words: the first colour above, the second below.
                    let classes = "ev \(palette.className(kinds[0]))" + (kinds.count > 1 ? " multi \(palette.secondClassName(kinds[1]))" : "")
                    inner = "<mark class=\"\(classes)\" title=\"\(e(hover.joined(separator: "; ")))\" data-evidence=\"\(segment.evidence.map { "e\($0)" }.joined(separator: " "))\">\(inner)</mark>"
                }
                html += inner
            }
            var notes = ""
            if !line.notes.isEmpty {
                notes = "<div class=\"notes\">" + line.notes.map { number in
                    let finding = positioned[number]
                    return "<p class=\"note sev-\(finding.severity.rawValue)\" id=\"\(id)-f\(number)\">\(severityBadge(finding.severity)) \(e(finding.message))\(finding.fix.map { " <span class=\"fix\">Use <code>\(e($0))</code>.</span>" } ?? "")\(finding.suggestion.map { " <span class=\"suggestion\">Instead: \(e($0))</span>" } ?? "")</p>"
                }.joined() + "</div>"
            }
            out.append("<div class=\"row\" id=\"\(id)-L\(line.number)\"><a class=\"no\" href=\"#\(id)-L\(line.number)\">\(line.number)</a><div class=\"tx\">\(html)</div>\(notes)</div>")
        }
        out.append("</div></section>")
        out.append("</section>")
        return out
    }

    /// `3 present · 1 partial · 2 missing`, as a line above the table.
    static func kindSummary(_ kinds: [KindReport]) -> String {
        let parts = ClauseStatus.allCases.map { status in
            "<span class=\"status \(status.rawValue)\">\(kinds.filter { $0.status == status }.count) \(status.rawValue)</span>"
        }
        return "<p class=\"kind-summary\">\(parts.joined(separator: " "))</p>"
    }

    static func countsHTML(errors: Int, warnings: Int, notes: Int) -> String {
        [(errors, Severity.error), (warnings, .warning), (notes, .note)].map { count, severity in
            "<span class=\"count sev-\(severity.rawValue)\(count == 0 ? " zero" : "")\">\(ReportSummary.counted(count, severity))</span>"
        }.joined(separator: ", ")
    }

    static func severityBadge(_ severity: Severity) -> String {
        "<span class=\"sev sev-\(severity.rawValue)\">\(severity.rawValue)</span>"
    }

    static func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A finding's suggestion as a paragraph, or nothing.
    static func suggestionHTML(_ finding: Finding) -> String {
        finding.suggestion.map { "<p class=\"suggestion\"><span class=\"label\">Instead:</span> \(e($0))</p>" } ?? ""
    }

    /// The words of the page for what it reviews.
    struct Words {
        var review, findings, text, marked, whole, footer: String

        init(_ subject: ReportSubject) {
            switch subject {
            case .contract:
                review = "Contract review"
                findings = "Risky terms"
                text = "Contract text"
                marked = "risky term"
                whole = "About the whole document"
                footer = "Made by <code>boundary lint</code> on this computer; the contract was not sent anywhere. A checklist for the provider, not legal advice."
            case .letter:
                review = "Tone check"
                findings = "In the text"
                text = "Letter text"
                marked = "tone finding"
                whole = "About the whole letter"
                footer = "Made by <code>boundary tone</code> on this computer; the letter was not sent anywhere. Advice on tone: the words stay yours."
            }
        }
    }
}

/// One colour per clause kind that has evidence anywhere in the report, in the order first met (the
/// library's order), the same in every document of the page.
struct KindPalette {
    /// Light enough to read dark text on, distinct enough side by side; printed as they are.
    static let colours = ["#fff0a6", "#c9efd3", "#d0e2ff", "#ffd9c4", "#e6d6ff", "#c6efee",
                          "#ffd3e1", "#e4edb1", "#dadcff", "#f3dcc1", "#d2edfb", "#f1d4f4"]
    private(set) var kinds: [String] = []

    init(_ report: LintReport) {
        for document in report.documents {
            for kind in document.kinds where !kind.evidence.isEmpty && !kinds.contains(kind.kind) {
                kinds.append(kind.kind)
            }
        }
    }

    func className(_ kind: String) -> String {
        guard let index = kinds.firstIndex(of: kind) else { return "k-none" }
        return "k\(index)"
    }

    /// The class that gives a second kind's colour to a highlight of two kinds.
    func secondClassName(_ kind: String) -> String {
        guard let index = kinds.firstIndex(of: kind) else { return "x-none" }
        return "x\(index)"
    }

    var css: String {
        kinds.indices.map { index in
            let colour = Self.colours[index % Self.colours.count]
            return ".k\(index) { --hl: \(colour); } .x\(index) { --hl2: \(colour); }"
        }.joined(separator: "\n")
    }
}
