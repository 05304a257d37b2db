import Testing
@testable import BoundaryKit

@Suite struct RefundCaseReaderTests {
    let usd = RefundGiven()

    private func error(_ text: String, currency: Currency? = nil) -> ValueError? {
        do { _ = try RefundCaseReader.read(text, currency: currency); return nil } catch { return error }
    }

    @Test func readsEveryField() throws {
        let refundCase = try RefundCaseReader.read("""
        {"currency": "USD", "rounding": "half-up", "total": "10000.00", "paid": "3000.00", "deposit": "500.00",
         "expenses": "12.30 USD", "kill_fee_percent": "25%", "kill_fee_base": "unpaid",
         "method": "percent", "percent_complete": "20"}
        """)
        #expect(refundCase == usd.refundCase(
            total: "10000.00", paid: "3000.00", deposit: "500.00", expenses: "12.30", killFee: KillFee(usd.percent("25"), of: .unpaid),
            rounding: .halfUp, .percent(usd.percent("20"))))
    }

    @Test func defaultsAndFlagCurrency() throws {
        let refundCase = try RefundCaseReader.read(#"{"total": 100, "paid": 0, "method": "percent", "percent_complete": 5, "kill_fee_percent": "10"}"#, currency: usd.currency)
        #expect(refundCase.rounding == .halfEven)
        #expect(refundCase.deposit.isZero && refundCase.expenses.isZero)
        #expect(refundCase.total == usd.money("100"))
        #expect(refundCase.killFee == KillFee(usd.percent("10"), of: .unearned))
    }

    @Test func numbersKeepTheirSourceText() throws {
        // 1167.12 as a JSON number is read by the money grammar, exactly (a Double would be 1167.1199999…).
        let refundCase = try RefundCaseReader.read(#"{"currency": "USD", "total": 1167.12, "paid": 0.10, "method": "percent", "percent_complete": 0}"#)
        #expect(refundCase.total.minorUnits == 116_712 && refundCase.paid.minorUnits == 10)
        #expect(error(#"{"currency": "USD", "total": 1e3, "paid": 0, "method": "percent", "percent_complete": 0}"#)?.code == "E_PARSE")
        #expect(error(#"{"currency": "USD", "total": -1, "paid": 0, "method": "percent", "percent_complete": 0}"#)?.code == "E_NEGATIVE")
    }

    @Test func readsEachMethod() throws {
        let time = try RefundCaseReader.read(#"{"currency":"EUR","total":"1","paid":"1","method":"time","start":"2025-01-01","end":"2025-01-31","last_service_day":"2025-01-10"}"#)
        #expect(time.method == .time(start: usd.date("2025-01-01"), end: usd.date("2025-01-31"), lastDay: usd.date("2025-01-10")))
        let hours = try RefundCaseReader.read(#"{"currency":"USD","total":"1","paid":"1","method":"hours","hours":"27.5","rate":"85.00"}"#)
        #expect(hours.method == .hours(DecimalNumber(units: 275, scale: 1), rate: usd.money("85.00")))
        let deliverables = try RefundCaseReader.read(#"{"currency":"USD","total":"1","paid":"1","method":"deliverables","delivered_count":7,"total_count":"12"}"#)
        #expect(deliverables.method == .deliverables(delivered: 7, total: 12))
        let milestones = try RefundCaseReader.read("""
        {"currency":"USD","total":"1000","paid":"0","method":"milestones","normalize_weights":false,"milestones":[
          {"name":"Design","weight":"40%","status":"accepted"},
          {"amount":"600.00","status":"in_progress","percent":"50"}]}
        """)
        #expect(milestones.method == .milestones([
            RefundMilestone(name: "Design", weight: .percent(usd.percent("40")), status: .accepted),
            RefundMilestone(weight: .amount(usd.money("600.00")), status: .inProgress(usd.percent("50"))),
        ], normalizeWeights: false))
        let measures = try RefundCaseReader.read("""
        {"currency":"USD","total":"9000.00","paid":"0","combine":"max",
         "measures":[{"method":"percent","percent_complete":"25"},{"method":"hours","hours":"40","rate":"95.00"}]}
        """)
        #expect(measures.method == .greaterOf([.percent(usd.percent("25")), .hours(DecimalNumber(units: 40, scale: 0), rate: usd.money("95.00"))]))
    }

    @Test(arguments: [
        // Unknown keys, named, with a suggestion when one is close.
        (#"{"currency":"USD","totl":"1","paid":"1","method":"percent","percent_complete":"1"}"#, "E_PARSE", "unknown key `totl`; did you mean `total`?"),
        (#"{"currency":"USD","total":"1","paid":"1","method":"percent","percent_complete":"1","hours":"3"}"#, "E_PARSE", "hours belongs to method `hours`, not `percent`"),
        (#"{"currency":"USD","total":"1","paid":"1","measures":[{"method":"percent","percent_complete":"1","extra":1}]}"#, "E_PARSE", "unknown key `measures[0].extra`"),
        (#"{"currency":"USD","total":"1","paid":"1","method":"milestones","milestones":[{"weight":"100","status":"accepted","due":"x"}]}"#, "E_PARSE", "unknown key `milestones[0].due`"),
        // Wrong types name the key.
        (#"{"currency":"USD","total":true,"paid":"1","method":"percent","percent_complete":"1"}"#, "E_PARSE", "total must be a number written as a string such as \"1500.00\", found true or false"),
        (#"{"currency":7,"total":"1","paid":"1","method":"percent","percent_complete":"1"}"#, "E_PARSE", "currency must be a string, found a number"),
        (#"{"currency":"USD","total":"1","paid":"1","method":"milestones","milestones":{}}"#, "E_PARSE", "milestones must be an array of milestones, found an object"),
        (#"{"currency":"USD","total":"1","paid":"1","method":"milestones","normalize_weights":"yes","milestones":[{"weight":"100","status":"accepted"}]}"#, "E_PARSE", "normalize_weights must be true or false, found a string"),
        (#"{"currency":"USD","total":"1","paid":"1","method":"time","start":20250101,"end":"2025-01-02","last_service_day":"2025-01-01"}"#, "E_PARSE", "start must be a string, found a number"),
        (#"["not an object"]"#, "E_PARSE", "expected a refund case as an object, found an array"),
        // Missing values.
        (#"{"total":"1","paid":"1","method":"percent","percent_complete":"1"}"#, "E_MISSING", "currency is missing: give an ISO 4217 code such as USD, EUR or JPY"),
        (#"{"currency":"USD","paid":"1","method":"percent","percent_complete":"1"}"#, "E_MISSING", "total is missing"),
        (#"{"currency":"USD","total":"1","method":"percent","percent_complete":"1"}"#, "E_MISSING", "paid is missing"),
        (#"{"currency":"USD","total":"1","paid":"1","method":"percent"}"#, "E_MISSING", "percent_complete is missing"),
        (#"{"currency":"USD","total":"1","paid":"1","method":"milestones","milestones":[{"weight":"100","status":"in_progress"}]}"#, "E_MISSING", "milestones[0].percent is missing: an in_progress milestone needs its percent done"),
        (#"{"currency":"USD","total":"1","paid":"1"}"#, "E_MISSING", "method is missing: give `method` (time, milestones, hours, deliverables, percent) or `measures`"),
        (#"{"currency":"USD","total":"1","paid":"1","method":"percent","percent_complete":"1","kill_fee_base":"total"}"#, "E_MISSING", "kill_fee_base is given but kill_fee_percent is missing"),
        // Bad words.
        (#"{"currency":"USD","total":"1","paid":"1","method":"percnt","percent_complete":"1"}"#, "E_PARSE", "method: `percnt` is not a method; did you mean `percent`?"),
        (#"{"currency":"USD","rounding":"banker","total":"1","paid":"1","method":"percent","percent_complete":"1"}"#, "E_PARSE", "rounding: `banker` is not a rounding mode; use half-even, half-up, down, up"),
        (#"{"currency":"USD","total":"1","paid":"1","method":"milestones","milestones":[{"weight":"100","status":"done"}]}"#, "E_PARSE", "milestones[0].status: `done` is not a status; use not_started, in_progress, delivered or accepted"),
        (#"{"currency":"USD","total":"1","paid":"1","method":"milestones","milestones":[{"weight":"100","status":"accepted","percent":"50"}]}"#, "E_PARSE", "milestones[0].percent applies only to an in_progress milestone (this one is accepted)"),
        (#"{"currency":"USD","total":"1","paid":"1","method":"percent","percent_complete":"1","measures":[]}"#, "E_PARSE", "give either `method` or `measures`, not both"),
        (#"{"currency":"USD","total":"1","paid":"1","combine":"sum","measures":[{"method":"percent","percent_complete":"1"}]}"#, "E_PARSE", "combine: `sum` is not supported; the only way to combine measures is `max`"),
    ])
    func strictErrors(json: String, code: String, message: String) {
        let error = error(json)
        #expect(error?.code == code)
        #expect(error?.message == message)
    }

    @Test func valueErrorsNameTheirKey() {
        let negative = error(#"{"currency":"USD","total":"1000.00","paid":"-10.00","method":"percent","percent_complete":"10"}"#)
        #expect(negative?.code == "E_NEGATIVE" && negative?.message.hasPrefix("paid: ") == true)
        let mismatch = error(#"{"currency":"USD","total":"1000.00 USD","paid":"900.00 EUR","method":"percent","percent_complete":"10"}"#)
        #expect(mismatch?.code == "E_CURRENCY_MISMATCH" && mismatch?.message.hasPrefix("paid: ") == true)
        let precision = error(#"{"currency":"JPY","total":"1000","paid":"100.5","method":"percent","percent_complete":"10"}"#)
        #expect(precision?.code == "E_PRECISION" && precision?.message.hasPrefix("paid: ") == true)
        let range = error(#"{"currency":"USD","total":"1000000000000000","paid":"0","method":"percent","percent_complete":"10"}"#)
        #expect(range?.code == "E_RANGE" && range?.message.hasPrefix("total: ") == true)
        let unknown = error(#"{"currency":"XYZ","total":"1","paid":"0","method":"percent","percent_complete":"10"}"#)
        #expect(unknown?.code == "E_CURRENCY_UNKNOWN" && unknown?.message.hasPrefix("currency: ") == true)
        let badDate = error(#"{"currency":"USD","total":"1","paid":"1","method":"time","start":"2023-02-29","end":"2023-03-31","last_service_day":"2023-03-01"}"#)
        #expect(badDate?.code == "E_PARSE" && badDate?.message.hasPrefix("start: ") == true)
        let fractionalCount = error(#"{"currency":"USD","total":"1","paid":"1","method":"deliverables","delivered_count":"1.5","total_count":"3"}"#)
        #expect(fractionalCount?.code == "E_PRECISION" && fractionalCount?.message.hasPrefix("delivered_count: ") == true)
        let grouped = error(#"{"currency":"USD","total":"1,000.00","paid":"0","method":"percent","percent_complete":"10"}"#)
        #expect(grouped?.code == "E_PARSE")
    }

    @Test func malformedJSONIsAParseErrorWithLineAndColumn() {
        let broken = error("{\n  \"currency\": \"USD\",\n  \"total\": \"1\",,\n}")
        #expect(broken?.code == "E_PARSE")
        #expect(broken?.message == "3:16: expected a key in double quotes, found `,`")
    }
}
