import BoundaryKit

/// The refund terms and progress flags, declared once and read once: `boundary refund` and
/// `boundary letter end` accept the same ones, so the same flags give the same figures.
enum RefundOptions {
    /// `--ended-by`, with the default each command states in its help.
    static func endedBy(help: String) -> OptionSpec {
        OptionSpec(["--ended-by"], valueName: "PARTY", help: help, allowedValues: AgreementRefund.EndedBy.allCases.map(\.rawValue))
    }

    /// Every term and progress flag, in the order of `boundary refund --help`.
    static let options: [OptionSpec] = [
        OptionSpec(["--currency"], valueName: "CODE", help: "ISO 4217 currency code, such as USD, EUR, JPY."),
        OptionSpec(["--total"], valueName: "AMOUNT", help: "The fee for the whole scope."),
        OptionSpec(["--paid"], valueName: "AMOUNT", help: "What the client has actually paid."),
        OptionSpec(["--deposit"], valueName: "AMOUNT", help: "Non-refundable deposit: the least the provider keeps."),
        OptionSpec(["--expenses"], valueName: "AMOUNT", help: "Approved expenses not yet reimbursed, added in full."),
        OptionSpec(["--kill-fee"], valueName: "PERCENT", help: "Cancellation fee, as a percent of --kill-fee-base."),
        OptionSpec(["--kill-fee-base"], valueName: "BASE", help: "What the kill fee is a percent of (default unearned).", allowedValues: KillFee.Base.allCases.map(\.rawValue)),
        OptionSpec(["--method"], valueName: "METHOD", help: "How the work done is measured (default: from the values given).", allowedValues: ["time", "milestones", "hours", "deliverables", "percent", "greater-of"]),
        OptionSpec(["--start"], valueName: "DATE", help: "time: first day of the term (YYYY-MM-DD)."),
        OptionSpec(["--end"], valueName: "DATE", help: "time: last day of the term."),
        OptionSpec(["--last-day"], valueName: "DATE", help: "time: last day of service."),
        OptionSpec(["--milestone"], valueName: "W:STATUS", help: "milestones: weight (percent, or amount with its currency) and status: not-started, in-progress@PERCENT, delivered, accepted.", repeatable: true),
        OptionSpec(["--status", "--progress"], valueName: "N=STATUS", help: "With --agreement: the status of milestone N (number or name).", repeatable: true),
        OptionSpec.flag(["--normalize-weights"], help: "milestones: scale weights that do not add up to 100% (or the total)."),
        OptionSpec(["--hours"], valueName: "HOURS", help: "hours: hours worked."),
        OptionSpec(["--rate"], valueName: "AMOUNT", help: "hours: the hourly rate."),
        OptionSpec(["--delivered"], valueName: "N", help: "deliverables: how many were delivered..."),
        OptionSpec(["--of"], valueName: "N", help: "...of how many."),
        OptionSpec(["--percent-complete"], valueName: "PERCENT", help: "percent: the share of the work done, as agreed."),
        OptionSpec(["--rounding"], valueName: "MODE", help: "Rounding of the earned fee and kill fee (default half-even).", allowedValues: RoundingMode.allCases.map(\.rawValue)),
    ]

    static let valueFlags = ["currency", "rounding", "total", "paid", "deposit", "expenses", "kill-fee", "kill-fee-base", "method",
                             "start", "end", "last-day", "hours", "rate", "delivered", "of", "percent-complete"]

    /// The flags as a refund request.
    static func request(_ arguments: ParsedArguments) -> RefundRequest {
        var request = RefundRequest()
        for flag in valueFlags { request.flags[flag] = arguments.value("--" + flag) }
        request.milestones = arguments.values("--milestone")
        request.statuses = arguments.values("--status")
        request.normalizeWeights = arguments.flag("--normalize-weights")
        return request
    }

    /// The case and its settlement from `base` with the flags on top; an engine error is printed
    /// as `boundary refund` prints it (and as JSON on standard output when `json` is set).
    static func settle(_ arguments: ParsedArguments, base: [(key: String, value: JSONValue)], io: IO, json: Bool, help: String) throws -> (RefundCase, Settlement) {
        do {
            let refundCase = try RefundCaseReader.read(try request(arguments).caseJSON(base: base))
            return (refundCase, try SettlementEngine.settle(refundCase))
        } catch {
            if json { io.writeOut(error.json.pretty() + "\n") }
            throw CLIError("\(error.code): \(error.message)", fix: "see `\(help)`")
        }
    }
}
