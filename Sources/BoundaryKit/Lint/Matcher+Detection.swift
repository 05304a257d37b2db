extension Matcher.Rule {
    /// The rule of a clause file's `detect:` signal: its phrase groups, distance and `unless` phrases.
    public init(_ signal: Detection.Signal) {
        self.init(groups: signal.all, within: signal.within, unless: signal.unless)
    }
}
