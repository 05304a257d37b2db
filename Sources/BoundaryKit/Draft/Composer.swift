/// Lays out a validated plan as a document: title, parties, the key terms, one numbered section per
/// kind, the fee schedule, and the clause references.
public enum Composer {
    /// The cover table: the terms a client looks for first, when the agreement has them.
    static let coverTerms: [(label: String, name: String, suffix: String)] = [
        ("Total fee", "total_fee", ""),
        ("Non-refundable deposit", "deposit", ""),
        ("Payment due", "payment_due_days", " days after each invoice"),
        ("Rate for extra work", "hourly_rate", ""),
        ("Revision rounds included", "revision_rounds", ""),
        ("Notice to end the agreement", "notice_days", " days, in writing"),
        ("Work pauses when payment is late by", "pause_after_days", " days"),
        ("Start date", "start_date", ""),
        ("End date", "end_date", ""),
    ]

    public static func compose(_ plan: DraftPlan, library: ClauseLibrary) throws(TemplateError) -> DraftDocument {
        let agreement = plan.agreement
        var sections: [DraftDocument.Section] = []
        for clause in plan.clauses {
            let text = try clause.template.render(plan.values)
            let title = library.kind(clause.kind)?.title ?? clause.title
            if let index = sections.firstIndex(where: { $0.title == title }) {
                sections[index].blocks += blocks(text, section: sections[index].number, after: sections[index].blocks)
            } else {
                let number = sections.count + 1
                sections.append(DraftDocument.Section(number: number, title: title, blocks: blocks(text, section: number, after: [])))
            }
        }
        var keyTerms: [(String, String)] = [("Services", agreement.project)]
        for term in coverTerms {
            let value = plan.values[term.name] ?? AgreementField(rawValue: term.name).flatMap(agreement.value(of:))
            if case .text(let value, let isZero)? = value, !isZero {
                keyTerms.append((term.label, value + term.suffix))
            }
        }
        let schedule = agreement.milestones.map { milestone in
            DraftDocument.ScheduleRow(stage: milestone.name, share: milestone.shareText, amount: milestone.amount.formatted, due: milestone.due?.formatted ?? "on completion")
        }
        let introduction = "This agreement is between \(agreement.provider.name) (the provider) and \(agreement.client.name) (the client) "
            + "for \(agreement.project). It starts on \(agreement.start.formatted)"
            + (agreement.end.map { " and is expected to end on \($0.formatted)." } ?? ".")
        return DraftDocument(title: agreement.title, introduction: introduction,
                             parties: [("Provider", agreement.provider), ("Client", agreement.client)],
                             keyTerms: keyTerms, sections: sections, schedule: schedule,
                             scheduleTotal: agreement.total.formatted, references: plan.clauses.map(\.reference))
    }

    /// Splits a rendered clause into numbered paragraphs and bullet lists, continuing the numbering
    /// of the section's earlier blocks.
    static func blocks(_ text: String, section: Int, after earlier: [DraftDocument.Block]) -> [DraftDocument.Block] {
        var count = earlier.filter { if case .paragraph = $0 { true } else { false } }.count
        var blocks: [DraftDocument.Block] = []
        for chunk in text.split(separator: "\n\n", omittingEmptySubsequences: true) {
            let lines = chunk.split(separator: "\n").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            var paragraph: [String] = []
            var items: [String] = []
            func flush() {
                if !paragraph.isEmpty {
                    count += 1
                    blocks.append(.paragraph(number: "\(section).\(count)", text: paragraph.joined(separator: " ")))
                    paragraph = []
                }
                if !items.isEmpty { blocks.append(.list(items)); items = [] }
            }
            for line in lines {
                if line.hasPrefix("- ") {
                    if !paragraph.isEmpty { flush() }
                    items.append(String(line.dropFirst(2)))
                } else {
                    if !items.isEmpty { flush() }
                    paragraph.append(line)
                }
            }
            flush()
        }
        return blocks
    }
}

extension Milestone {
    var shareText: String {
        switch share {
        case .percent(let percent): percent.formatted
        case .amount: "—"
        }
    }
}
