/// Variables whose values come from the agreement's own fields rather than from its `terms:`.
public enum AgreementField: String, Sendable, CaseIterable {
    case provider, client, project
    case scopeItems = "scope_items", exclusions, deliverables
    case totalFee = "total_fee", deposit
    case startDate = "start_date", endDate = "end_date"
    case governingLaw = "governing_law"

    public var type: Variable.Kind {
        switch self {
        case .provider, .client: .party
        case .project, .governingLaw: .text
        case .scopeItems, .exclusions, .deliverables: .list
        case .totalFee, .deposit: .money
        case .startDate, .endDate: .date
        }
    }

    /// The key to set in an agreement file.
    public var agreementKey: String {
        switch self {
        case .provider: "provider.name"
        case .client: "client.name"
        case .project: "project"
        case .scopeItems: "scope"
        case .exclusions: "exclusions"
        case .deliverables: "deliverables"
        case .totalFee: "fee.total"
        case .deposit: "fee.deposit"
        case .startDate: "start"
        case .endDate: "end"
        case .governingLaw: "governing_law"
        }
    }

    public static func builtIn(_ name: String) -> AgreementField? { AgreementField(rawValue: name) }
}

/// Parts of an agreement a clause may `require`, beside kinds and clause ids: `agreement.milestones`
/// for a clause that points at the fee schedule, and the like.
public enum AgreementRequirement: String, Sendable, CaseIterable {
    case milestones = "agreement.milestones"
    case deposit = "agreement.deposit"
    case end = "agreement.end"

    var fix: String {
        switch self {
        case .milestones: "add `milestones:` to the agreement"
        case .deposit: "set `fee.deposit`"
        case .end: "set `end`"
        }
    }
}
