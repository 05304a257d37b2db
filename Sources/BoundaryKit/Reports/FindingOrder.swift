extension Finding {
    /// The order every reporter lists findings in: by position; at the same place a finding about the
    /// whole document comes first; then by rule id and message, so the output never depends on the
    /// order the detector produced them in.
    static func precedes(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.position != rhs.position { return lhs.position < rhs.position }
        if (lhs.range == nil) != (rhs.range == nil) { return lhs.range == nil }
        if lhs.rule != rhs.rule { return lhs.rule.utf8.lexicographicallyPrecedes(rhs.rule.utf8) }
        return lhs.message.utf8.lexicographicallyPrecedes(rhs.message.utf8)
    }
}

extension DocumentReport {
    /// The findings in report order (`Finding.precedes`); findings that tie keep their given order.
    public var orderedFindings: [Finding] {
        findings.enumerated().sorted { a, b in
            if Finding.precedes(a.element, b.element) { return true }
            if Finding.precedes(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }
}
