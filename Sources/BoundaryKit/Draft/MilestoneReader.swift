/// Reads the `milestones:` list: every milestone a percent or every one an amount, adding up to
/// exactly 100% or exactly the fee, with due dates inside the term.
enum MilestoneReader {
    static func read(_ node: Node, total: Money, currency: Currency, start: CivilDate?, end: CivilDate?, into parent: inout MapReader) -> [Milestone] {
        guard case .list(let items) = node.value else {
            if node.scalar != "" { parent.report(node, "`milestones` must be a list of `- name: …` entries") }
            return []
        }
        var milestones: [(name: String, share: Milestone.Share, due: CivilDate?)] = []
        var hasErrors = false
        for item in items {
            var reader = MapReader(item, what: "a milestone")
            let name = reader.text("name", required: true)
            let percentText = reader.text("percent"), amountText = reader.text("amount")
            var share: Milestone.Share?
            switch (percentText, amountText) {
            case (let text?, nil):
                share = AgreementReader.value(text, at: reader.node("percent"), into: &reader, Percent.parse).map(Milestone.Share.percent)
            case (nil, let text?):
                share = AgreementReader.value(text, at: reader.node("amount"), into: &reader) { text throws(ValueError) in
                    try Money.parse(text, currency: currency)
                }.map(Milestone.Share.amount)
            case (_?, _?):
                reader.report(item, "a milestone has a `percent` or an `amount`, not both")
            case (nil, nil):
                reader.report(item, "a milestone needs `percent:` or `amount:`")
            }
            let due = AgreementReader.value(reader.text("due"), at: reader.node("due"), into: &reader, CivilDate.parse)
            if let due, let start, due < start, let at = reader.node("due") {
                reader.report(at, "milestone due \(due.iso) is before the start date \(start.iso)")
            }
            if let due, let end, due > end, let at = reader.node("due") {
                reader.report(at, "milestone due \(due.iso) is after the end date \(end.iso)")
            }
            let problems = reader.finish(known: ["name", "percent", "amount", "due"])
            hasErrors = hasErrors || !problems.isEmpty
            parent.report(problems)
            if let name, let share { milestones.append((name, share, due)) }
        }
        guard !hasErrors, !milestones.isEmpty else { return [] }
        let percents = milestones.compactMap { if case .percent(let p) = $0.share { p } else { nil } }
        let amounts = milestones.compactMap { if case .amount(let m) = $0.share { m } else { nil } }
        let computed: [Money]
        if percents.count == milestones.count {
            let sum = percents.reduce(Percent.zero, +)
            guard sum == Percent.hundred else {
                parent.report(node, "the milestones add up to \(sum.formatted), not 100%", fix: "make the percents add up to exactly 100")
                return []
            }
            computed = total.allocate(percents)
        } else if amounts.count == milestones.count {
            let sum = amounts.reduce(Money.zero(total.currency)) { $0 + $1 }
            guard sum == total else {
                parent.report(node, "the milestones add up to \(sum.formatted), not the total fee \(total.formatted)", fix: "make the amounts add up to `fee.total` exactly")
                return []
            }
            computed = amounts
        } else {
            parent.report(node, "some milestones give a percent and others an amount", fix: "use percents for all, or amounts for all")
            return []
        }
        return zip(milestones, computed).map { Milestone(name: $0.name, share: $0.share, amount: $1, due: $0.due) }
    }
}
