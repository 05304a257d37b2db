/// Puts a letter together: reads the request's values, takes the rest from the agreement (its
/// parties, clauses and terms) and the settlement, reports every missing or impossible value at
/// once, then fills the template. Pure: strings and values in, a `Letter` out.
public enum LetterComposer {
    /// What the letter is built from besides the request.
    public struct Sources: Sendable {
        /// The agreement, planned as `boundary draft` plans it; nil for a letter without one.
        public var plan: DraftPlan?
        /// The clause library the plan was made with (to render clauses the letter quotes).
        public var library: ClauseLibrary
        public var letters: LetterLibrary
        /// The `end` letters' settlement, when the progress flags allowed one to be computed.
        public var settlement: LetterSettlement?

        public init(plan: DraftPlan?, library: ClauseLibrary, letters: LetterLibrary, settlement: LetterSettlement? = nil) {
            self.plan = plan
            self.library = library
            self.letters = letters
            self.settlement = settlement
        }
    }

    public static func compose(_ request: LetterRequest, from sources: Sources) throws(LetterErrors) -> Letter {
        let variant = try request.variant()
        var builder = Builder(request: request, sources: sources)
        builder.common()
        switch variant {
        case .decline: builder.decline()
        case .end, .endCannotContinue: builder.end(cannotContinue: variant == .endCannotContinue)
        case .scope: builder.scope()
        case .latePayment1, .latePayment2, .latePayment3, .pause: builder.overdue(variant)
        }
        guard builder.errors.isEmpty else { throw LetterErrors(builder.errors) }
        guard let template = sources.letters.template(variant, request.register) else {
            throw LetterErrors([LetterError("no \(request.register.rawValue) template for \(request.kind.displayName)", fix: "add letters/\(variant.rawValue).\(request.register.rawValue).md")])
        }
        // Every name the letter may use gets a value: what is not given is absent, never empty text.
        var values = builder.values
        for name in LetterValues.names(for: variant) where values[name] == nil { values[name] = .absent }
        do {
            let subject = try template.subject.render(values)
            let body = try template.body.render(values)
            return Letter(subject: subject.onOneLine, body: body, from: builder.from, to: builder.to)
        } catch {
            throw LetterErrors([LetterError("\(template.file):\(error.line): \(request.kind.displayName) has no value for `{{\(error.name)}}`",
                                            fix: "give the value, or put the text inside {{#if \(error.name)}}…{{/if}}")])
        }
    }

    /// Collapses runs of white space (a line break in a flag value too) into one space.
    /// The plain address in `text` ("sam@example.com", or the part in angle brackets of
    /// "Sam <sam@example.com>"), or nil when there is none a mail header can carry.
    static func mailbox(_ text: String) -> String? {
        var text = Substring(text)
        if let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            text = text[text.index(after: open)..<close]
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && !"<>()[],;:\\\"".unicodeScalars.contains($0) }) else { return nil }
        return String(text)
    }

    struct Builder {
        let request: LetterRequest
        let sources: Sources
        var values: [String: TemplateValue] = [:]
        var errors: [LetterError] = []
        var from: Letter.Address?
        var to: Letter.Address?

        init(request: LetterRequest, sources: Sources) {
            self.request = request
            self.sources = sources
        }

        var kind: LetterKind { request.kind }
        var agreement: Agreement? { sources.plan?.agreement }

        mutating func missing(_ what: String, _ how: String) { errors.append(.missing(kind, what, how)) }

        func nonEmpty(_ value: String?) -> String? {
            value.map(\.onOneLine).flatMap { $0.isEmpty ? nil : $0 }
        }

        mutating func text(_ name: String, _ value: String?) {
            if let value = value.map(\.onOneLine), !value.isEmpty { values[name] = .text(value) }
        }

        /// A `YYYY-MM-DD` flag value, or nil with the error reported.
        mutating func date(_ text: String?, flag: String, what: String, required: Bool) -> CivilDate? {
            guard let text else {
                if required { missing(what, "give \(flag) YYYY-MM-DD") }
                return nil
            }
            do { return try CivilDate.parse(text) } catch {
                errors.append(LetterError("\(flag) \(error.message)"))
                return nil
            }
        }

        // MARK: Names

        mutating func common() {
            if kind.needsAgreement, sources.plan == nil {
                missing("the agreement it refers to", "give --agreement FILE (the agreement file of `boundary draft`), or --preset P with --set for your terms")
                return
            }
            let client = request.client.map(\.onOneLine) ?? agreement?.client.name
            let provider = request.provider.map(\.onOneLine) ?? agreement?.provider.name
            if client?.isEmpty ?? true { missing("the client's name", "give --client NAME") }
            if provider?.isEmpty ?? true { missing("your name", "give --provider NAME") }
            text("client", client)
            text("provider", provider)
            text("dear", nonEmpty(request.dear) ?? client)
            text("sign", nonEmpty(request.sign) ?? provider)
            text("project", nonEmpty(request.project) ?? agreement?.project)

            // A flag must be an address; the agreement's e-mail (which `draft` takes as written, such as
            // "Sam <sam@example.com>") gives its address, or none, and is only used by `.eml` headers.
            from = address(request.from, flag: "--from", else: agreement?.provider.email).map { Letter.Address(name: provider, email: $0) }
            to = address(request.to, flag: "--to", else: agreement?.client.email).map { Letter.Address(name: client, email: $0) }
        }

        mutating func address(_ given: String?, flag: String, else fallback: String?) -> String? {
            guard let given else { return fallback.flatMap(LetterComposer.mailbox) }
            guard let address = LetterComposer.mailbox(given), address == given else {
                errors.append(LetterError("\(flag) `\(given)` is not an e-mail address", fix: "write it as name@example.com"))
                return nil
            }
            return address
        }

        /// `--refer "Name <contact>"` as `Name (contact)`.
        mutating func referrals() {
            var items: [String] = []
            for text in request.referrals {
                let line = text.onOneLine
                guard line.hasSuffix(">"), let open = line.lastIndex(of: "<") else {
                    errors.append(LetterError("--refer `\(text)` is not a name and a contact", fix: "write \"Name <contact>\", such as \"Jo Lee <jo@example.com>\""))
                    continue
                }
                let name = line[..<open].trimmingSpaces, contact = line[line.index(after: open)..<line.index(before: line.endIndex)].trimmingSpaces
                guard !name.isEmpty, !contact.isEmpty else {
                    errors.append(LetterError("--refer `\(text)` is not a name and a contact", fix: "write \"Name <contact>\", such as \"Jo Lee <jo@example.com>\""))
                    continue
                }
                items.append("\(name) (\(contact))")
            }
            if !items.isEmpty { values["referrals"] = .list(items) }
        }

        // MARK: decline

        mutating func decline() {
            text("reason", request.reason)
            let resources = request.resources.map(\.onOneLine).filter { !$0.isEmpty }
            if !resources.isEmpty { values["resources"] = .list(resources) }
            referrals()
        }

        // MARK: end

        mutating func end(cannotContinue: Bool) {
            text("reason", request.reason)
            referrals()
            let date = date(request.date, flag: "--date", what: "the date of the letter", required: true)
            if let date { values["date"] = .text(date.formatted) }
            guard let plan = sources.plan else { return }

            if cannotContinue, request.endOn != nil {
                errors.append(LetterError("--end-on is not used with --cannot-continue: you stop as soon as you know, and there is no notice period",
                                          fix: "leave --end-on out"))
            }
            if !cannotContinue {
                let endOn = self.date(request.endOn, flag: "--end-on", what: "the day the agreement ends", required: false)
                let notice = plan.clauses.first { $0.kind == "termination" && $0.variable("notice_days") != nil }
                    .flatMap { _ in plan.term("notice_days") }.flatMap { Int($0) }
                if let notice { values["notice_days"] = .text("\(notice)") }
                switch (date, notice, endOn) {
                case (let date?, let notice?, let endOn?):
                    let earliest = date.adding(days: notice)
                    if endOn < earliest {
                        errors.append(LetterError("--end-on \(endOn.iso) is sooner than the \(notice) days' notice the agreement requires",
                                                  fix: "give \(earliest.iso) or later, or leave --end-on out to end on that day"))
                    } else {
                        values["end_date"] = .text(endOn.formatted)
                    }
                case (let date?, let notice?, nil): values["end_date"] = .text(date.adding(days: notice).formatted)
                case (let date?, nil, let endOn?):
                    if endOn < date { errors.append(LetterError("--end-on \(endOn.iso) is before the letter's date \(date.iso)")) }
                    else { values["end_date"] = .text(endOn.formatted) }
                case (_?, nil, nil):
                    let clause = plan.clauses.first { $0.kind == "termination" }?.id ?? "none"
                    missing("the day the agreement ends", "the agreement's termination clause (\(clause)) sets no notice period; give --end-on YYYY-MM-DD")
                default: break
                }
            }

            if let text = plan.term("refund_days"), let days = Int(text) {
                values["refund_days"] = .text("\(days)")
            } else {
                missing("the days within which a refund or the balance is paid", "set `terms.refund_days` in the agreement file")
            }
            guard let settlement = sources.settlement else {
                missing("what the client has paid so far", "give --paid AMOUNT")
                return
            }
            let remaining = settlement.remaining
            if !remaining.isEmpty { values["remaining"] = .list(remaining) }
            values["breakdown"] = .list(settlement.breakdown)
            if !settlement.settlement.refund.isZero { values["refund"] = .text(settlement.settlement.refund.formatted) }
            if !settlement.settlement.balanceDue.isZero { values["balance"] = .text(settlement.settlement.balanceDue.formatted) }
        }

        // MARK: scope

        mutating func scope() {
            text("request", request.request)
            if request.request.map(\.onOneLine)?.isEmpty ?? true {
                missing("what the client asked for", "give --request TEXT, such as --request \"a blog section\"")
            }
            guard let plan = sources.plan else { return }
            do {
                let quotes = try ScopeQuote.sections(plan, library: sources.library)
                if let scope = quotes.scope { values["scope_quote"] = .list(scope) } else {
                    missing("the agreement's scope clause to quote", "the agreement leaves out its scope; add it back under `clauses:`")
                }
                if let extra = quotes.extraWork { values["extra_work_quote"] = .list(extra) }
            } catch {
                errors.append(LetterError("the agreement's clauses cannot be rendered: \(error)", fix: "check it with `boundary draft`"))
            }
            guard let text = plan.term("hourly_rate") else {
                missing("the agreed rate for extra work", "set `terms.hourly_rate` in the agreement file, such as 85.00/hour")
                return
            }
            guard let rate = try? Rate.parse(text, currency: plan.agreement.currency) else { return }  // DraftPlan checked it
            values["hourly_rate"] = .text(rate.formatted)
            guard let hoursText = request.estimateHours else { return }
            let hours: DecimalNumber
            do { hours = try DecimalNumber.parse(hoursText, maxFractionDigits: 2, examples: "6 or 7.5") } catch {
                errors.append(LetterError("--estimate-hours \(error.message)"))
                return
            }
            guard !hours.isZero, hours <= DecimalNumber(units: 100_000, scale: 0) else {
                errors.append(LetterError("--estimate-hours `\(hoursText)` must be more than 0 and at most 100000 hours"))
                return
            }
            guard rate.unit == "hour" else {
                errors.append(LetterError("--estimate-hours needs an hourly rate, and the agreement's rate is \(rate.formatted)",
                                          fix: "leave --estimate-hours out to offer a change request instead"))
                return
            }
            values["estimate_hours"] = .text(hours.formatted)
            values["quote"] = .text(rate.amount.multiplied(by: hours.rational, rounding: .halfEven).formatted)
        }

        // MARK: late-payment and pause

        mutating func overdue(_ variant: LetterVariant) {
            text("invoice", request.invoice)
            if request.invoice.map(\.onOneLine)?.isEmpty ?? true { missing("the invoice number", "give --invoice NUMBER") }
            let date = date(request.date, flag: "--date", what: "the date of the letter", required: true)
            let due = self.date(request.due, flag: "--due", what: "the invoice's due date", required: true)
            var amount: Money?
            if let text = request.amount {
                if let currency = agreement?.currency {
                    do { amount = try Money.parse(text, currency: currency) } catch { errors.append(LetterError("--amount \(error.message)")) }
                }
            } else {
                missing("the invoice amount", "give --amount AMOUNT")
            }
            let pauseDate = self.date(request.pauseDate, flag: "--pause-date", what: "the day work pauses", required: false)
            if variant == .latePayment1, request.pauseDate != nil {
                errors.append(LetterError("--pause-date is not used by the friendly reminder (--level 1)", fix: "use it with --level 2 or 3"))
            }
            guard let plan = sources.plan else { return }
            let charge: LateCharge
            do { charge = try LateCharge.read(plan, kind: kind) } catch {
                errors.append(error)
                return
            }
            values["pause_after_days"] = .text("\(charge.pauseAfterDays)")
            switch charge.terms {
            case .fixedFee(let fee): values["late_fee"] = .text(fee.formatted, isZero: fee.isZero)
            case .monthlyInterest(let percent): values["interest_rate"] = .text(percent.formatted, isZero: percent.isZero)
            }
            guard let date, let due else { return }
            guard due < date else {
                errors.append(LetterError("--due \(due.iso) is not before the letter's --date \(date.iso), so the invoice is not overdue yet",
                                          fix: "check the due date, or send the letter after it"))
                return
            }
            values["date"] = .text(date.formatted)
            values["due_date"] = .text(due.formatted)

            // When work pauses: never before the clause allows it, nor before the client is told in writing.
            let first = charge.firstPauseDay(due: due)
            var pause = max(first, date.adding(days: 1))
            if variant == .pause { pause = max(first, date) }
            if let pauseDate {
                if pauseDate < first {
                    errors.append(LetterError("--pause-date \(pauseDate.iso) is too early: the agreement lets work pause once the invoice is more than \(charge.pauseAfterDays) days overdue, from \(first.iso)",
                                              fix: "give \(first.iso) or later"))
                } else if variant == .pause ? pauseDate < date : pauseDate <= date {
                    errors.append(LetterError("--pause-date \(pauseDate.iso) is before the client is told in writing (--date \(date.iso))",
                                              fix: "give \(variant == .pause ? date.iso : date.adding(days: 1).iso) or later"))
                } else {
                    pause = pauseDate
                }
            } else if variant == .pause, date < first {
                errors.append(LetterError("work cannot pause on \(date.iso): the agreement lets it pause once the invoice is more than \(charge.pauseAfterDays) days overdue, from \(first.iso)",
                                          fix: "send the pause letter on or after \(first.iso), or give --pause-date \(first.iso)"))
            }
            values["pause_date"] = .text(pause.formatted)

            // The charge runs to the letter's date (to the pause, for the pause letter).
            let asOf = variant == .pause ? max(pause, date) : date
            let daysLate = asOf.daysSinceEpoch - due.daysSinceEpoch
            values["days_late"] = .text("\(daysLate)")
            guard let amount else { return }
            guard !amount.isZero else {
                errors.append(LetterError("--amount is zero: there is nothing to pay"))
                return
            }
            let lateCharge = charge.charge(on: amount, daysLate: daysLate)
            values["amount"] = .text(amount.formatted)
            values["late_charge"] = .text(lateCharge.formatted, isZero: lateCharge.isZero)
            values["total_due"] = .text((amount + lateCharge).formatted)
        }
    }
}
