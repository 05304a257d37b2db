/// A placeholder a clause declares: its type, and what happens when the agreement gives no value.
public struct Variable: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case text, money, percent, days, hours, count, date, rate, party, list

        /// Types whose values can be bounded by `min` and `max`.
        public var isNumeric: Bool { [.money, .percent, .days, .hours, .count, .rate].contains(self) }
    }

    public var name: String
    public var type: Kind
    /// The value, as written, used when the agreement gives none.
    public var defaultValue: Node?
    public var optional: Bool
    public var min: String?
    public var max: String?
    public var prompt: String?
    /// Where it was declared, for messages.
    public var file: String
    public var line: Int

    public var isRequired: Bool { defaultValue == nil && !optional }

    /// Same meaning in two clauses: same type, default, bounds and optionality.
    public func agrees(with other: Variable) -> Bool {
        type == other.type && defaultValue?.scalar == other.defaultValue?.scalar && optional == other.optional
            && min == other.min && max == other.max
    }
}
