/// The agreement as plain text wrapped at 80 columns, for e-mail bodies and plain editors.
public enum TextRenderer {
    public static let width = 80

    public static func render(_ document: DraftDocument) -> String {
        var out: [String] = [document.title.uppercased(), String(repeating: "=", count: min(width, document.title.count)), ""]
        out += wrap(document.introduction, indent: "") + ["", "PARTIES", ""]
        for (role, party) in document.parties {
            let details = [party.name, party.address, party.email].compactMap { $0 }
            let label = "\(role):".padding(toLength: 10)
            for (index, line) in details.enumerated() { out += wrap(line, indent: String(repeating: " ", count: 10), first: index == 0 ? label : nil) }
        }
        out += ["", "KEY TERMS", ""]
        let labelWidth = (document.keyTerms.map(\.label.count).max() ?? 0) + 2
        for term in document.keyTerms {
            out += wrap(term.value, indent: String(repeating: " ", count: labelWidth + 2), first: "  " + term.label.padding(toLength: labelWidth))
        }
        for section in document.sections {
            out += ["", "\(section.number). \(section.title.uppercased())"]
            for block in section.blocks {
                switch block {
                case .paragraph(let number, let text):
                    out.append("")
                    out += wrap(text, indent: "      ", first: number.padding(toLength: 6))
                case .list(let items):
                    out.append("")
                    for item in items { out += wrap(item, indent: "        ", first: "      - ") }
                }
            }
        }
        out += ["", "FEE SCHEDULE", ""]
        if document.schedule.isEmpty {
            out += wrap("The total fee is \(document.scheduleTotal).", indent: "")
        } else {
            let rows = [("Stage", "Share", "Amount", "Due")] + document.schedule.map { ($0.stage, $0.share, $0.amount, $0.due) }
                + [("Total", "", document.scheduleTotal, "")]
            let stage = rows.map(\.0.count).max()!, share = rows.map(\.1.count).max()!, amount = rows.map(\.2.count).max()!
            for row in rows {
                let line = "  " + row.0.padding(toLength: stage) + "  " + row.1.padding(toLength: share) + "  "
                    + String(repeating: " ", count: amount - row.2.count) + row.2 + "  " + row.3
                out.append(line.trimmingTrailingSpaces)
            }
        }
        out += ["", "SIGNATURES", ""]
        for (role, party) in document.parties {
            out += ["For the \(role.lowercased()), \(party.name):", "", "  Signature: ____________________________", "  Name:      ____________________________", "  Date:      ______________", ""]
        }
        out += wrap("Clauses used: " + document.references.joined(separator: ", ") + ".", indent: "")
        return out.joined(separator: "\n") + "\n"
    }

    /// `text` wrapped to `width` columns; the first line starts with `first` (else `indent`).
    static func wrap(_ text: String, indent: String, first: String? = nil) -> [String] {
        wrap(words: text.split(separator: " "), width: width, first: first ?? indent, rest: indent)
    }

    /// `words` filled into lines of at most `width` columns, the first beginning with `first`, the
    /// others with `rest`. A word longer than a line stays whole.
    static func wrap<Words: Sequence>(words: Words, width: Int, first: String, rest: String) -> [String] where Words.Element: StringProtocol {
        var lines: [String] = []
        var current = first
        var isEmpty = true
        for word in words {
            if !isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = rest
                isEmpty = true
            }
            current += (isEmpty ? "" : " ") + word
            isEmpty = false
        }
        lines.append(current.trimmingTrailingSpaces)
        return lines
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }

    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
