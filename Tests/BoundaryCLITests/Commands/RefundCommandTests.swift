import BoundaryCLI
import Foundation
import Testing

/// The design's worked vectors through the command line, both as a JSON case (`--input -`) and as
/// flags, compared figure by figure with the vectors file.
struct CLIRefundVector: Sendable, CustomTestStringConvertible {
    var columns: [String: String]
    var testDescription: String { "\(columns["id"]!): \(columns["description"]!)" }

    static let all: [CLIRefundVector] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let text = (try? String(contentsOf: root.appending(path: "Fixtures/refund/refund-vectors.tsv"), encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { CLIRefundVector(columns: Dictionary(uniqueKeysWithValues: zip(header, $0))) }
    }()

    static let figures = ["earned", "fee_kept", "kill_fee", "expenses", "entitlement", "paid", "kept", "refund", "balance_due"]

    var inputs: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(columns["inputs_json"]!.utf8))) as? [String: Any] ?? [:] }

    /// The case as a JSON file: the inputs plus currency and rounding.
    var caseFile: String { "{\"currency\":\"\(columns["currency"]!)\",\"rounding\":\"\(columns["rounding"]!)\"," + columns["inputs_json"]!.dropFirst() }

    /// The same case as flags.
    var flags: [String] {
        var flags = ["--currency", columns["currency"]!, "--rounding", columns["rounding"]!]
        let names = ["total": "--total", "paid": "--paid", "deposit": "--deposit", "expenses": "--expenses", "kill_fee_percent": "--kill-fee",
                     "kill_fee_base": "--kill-fee-base", "method": "--method", "start": "--start", "end": "--end", "last_service_day": "--last-day",
                     "hours": "--hours", "rate": "--rate", "delivered_count": "--delivered", "total_count": "--of", "percent_complete": "--percent-complete"]
        func add(_ object: [String: Any]) {
            for (key, value) in object.sorted(by: { $0.key < $1.key }) {
                if let flag = names[key], let text = value as? String { flags += [flag, text] }
                if key == "normalize_weights", value as? Bool == true { flags.append("--normalize-weights") }
                if key == "milestones", let list = value as? [[String: String]] {
                    for milestone in list {
                        let status = milestone["status"]!.replacingOccurrences(of: "_", with: "-") + (milestone["percent"].map { "@\($0)" } ?? "")
                        flags += ["--milestone", "\(milestone["weight"] ?? milestone["amount"]!):\(status)"]
                    }
                }
            }
        }
        let inputs = self.inputs
        add(inputs)
        if let measures = inputs["measures"] as? [[String: Any]] {
            flags += ["--method", "greater-of"]
            measures.forEach { add($0.filter { $0.key != "method" }) }
        }
        return flags
    }
}

@Suite struct RefundCommandTests {
    func check(_ vector: CLIRefundVector, _ result: (status: Int32, out: String, err: String)) throws {
        let output = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any], "\(result.err)")
        if vector.columns["result"] == "OK" {
            #expect(result.status == 0)
            for figure in CLIRefundVector.figures {
                #expect(output[figure] as? String == vector.columns[figure], "\(figure)")
            }
            #expect(output["currency"] as? String == vector.columns["currency"])
        } else {
            #expect(result.status == 2)
            let error = try #require(output["error"] as? [String: String])
            #expect(error["code"] == vector.columns["result"])
            #expect(result.err.hasPrefix("boundary: error: \(vector.columns["result"]!): "))
        }
    }

    @Test(arguments: CLIRefundVector.all)
    func everyVectorThroughACaseFile(vector: CLIRefundVector) throws {
        try check(vector, boundary(["refund", "--input", "-", "--format", "json"], stdin: vector.caseFile))
    }

    @Test(arguments: CLIRefundVector.all)
    func everyVectorThroughFlags(vector: CLIRefundVector) throws {
        try check(vector, boundary(["refund", "--format", "json"] + vector.flags))
    }

    @Test func allTwentyTwoVectorsAreThere() {
        #expect(CLIRefundVector.all.count == 22)
    }

    @Test func theTextStatementShowsEveryStep() {
        let result = boundary(["refund", "--currency", "USD", "--total", "12000.00", "--paid", "12000.00", "--start", "2025-01-01",
                               "--end", "2025-12-31", "--last-day", "2025-03-31"])
        #expect(result.status == 0)
        #expect(result.out.contains("Work done: 90 of 365 days of the term"))
        #expect(result.out.contains("\nFee earned ") && result.out.contains(" USD 2,958.90  for the work done, of the total fee USD 12,000.00"))
        #expect(result.out.contains("Refund to the client: USD 9,041.10"))
    }

    @Test func anAgreementGivesItsTermsWithoutRetyping() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // web-design: USD 12,000.00, deposit 30%, kill fee 25% of the unearned fee, milestones 30/30/30/10.
        _ = boundary(["init", "--preset", "web-design", "-o", "acme.yaml"], in: folder.path)
        let result = boundary(["refund", "--agreement", "acme.yaml", "--paid", "7200.00", "--status", "1=accepted",
                               "--status", "Approved design=in-progress@50", "--format", "json"], in: folder.path)
        #expect(result.status == 0, "\(result.err)")
        let output = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(output["earned"] as? String == "5400.00")       // 30% + 30% × 50% of 12,000
        #expect(output["kill_fee"] as? String == "1650.00")     // 25% of the unearned 6,600
        #expect(output["refund"] as? String == "150.00")
        let lines = try #require(output["milestones"] as? [[String: Any]])
        #expect(lines.map { $0["name"] as? String } == ["Deposit on signing", "Approved design", "Site ready for launch", "Launch and fixes complete"])

        // Nothing done yet: the non-refundable deposit of 30% is the floor.
        let early = boundary(["refund", "--agreement", "acme.yaml", "--paid", "3600.00", "--format", "json"], in: folder.path)
        let floor = try #require(try JSONSerialization.jsonObject(with: Data(early.out.utf8)) as? [String: Any])
        #expect(floor["fee_kept"] as? String == "3600.00")

        // The provider ends it: only the work done counts, no deposit floor and no cancellation fee.
        let byProvider = boundary(["refund", "--agreement", "acme.yaml", "--paid", "3600.00", "--ended-by", "provider"], in: folder.path)
        #expect(byProvider.out.contains("Refund to the client: USD 3,600.00"))
        #expect(byProvider.out.contains("no cancellation fee"))
    }

    @Test(arguments: [
        (["--currency", "XYZ", "--total", "100", "--paid", "10", "--percent-complete", "10"], "E_CURRENCY_UNKNOWN"),
        (["--currency", "USD", "--total", "100", "--paid", "10"], "E_MISSING"),
        (["--currency", "USD", "--total", "100", "--paid", "10", "--percent-complete", "10", "--hours", "3", "--rate", "10"], "E_MISSING"),
        (["--currency", "USD", "--total", "100", "--paid", "10", "--deposit", "150", "--percent-complete", "10"], "E_DEPOSIT_EXCEEDS_TOTAL"),
        (["--currency", "USD", "--total", "100", "--paid", "10", "--start", "2025-02-01", "--end", "2025-01-01", "--last-day", "2025-01-15"], "E_TERM_INVALID"),
        (["--currency", "USD", "--total", "100", "--paid", "10", "--milestone", "50:finished"], "E_PARSE"),
        (["--currency", "USD", "--total", "100", "--paid", "10", "--start", "2025-02-30", "--end", "2025-03-01", "--last-day", "2025-02-15"], "E_PARSE"),
    ])
    func badInputsFailWithTheirCode(arguments: [String], code: String) {
        let result = boundary(["refund"] + arguments)
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err.hasPrefix("boundary: error: \(code): "), "\(result.err)")
    }

    @Test func bothInputAndAgreementIsAUsageError() {
        let result = boundary(["refund", "--input", "a.json", "--agreement", "a.yaml"])
        #expect(result.status == 2)
        #expect(result.err.contains("--input and --agreement"))
    }
}
