import Foundation
import Testing
@testable import BoundaryKit

/// One row of `Fixtures/refund/refund-vectors.tsv`: the design's worked vectors.
struct RefundVector: Sendable, CustomTestStringConvertible {
    var id: String
    var summary: String
    var currency: String
    var minorUnits: Int
    var rounding: String
    var inputs: String
    /// Column name → expected figure, for the figure columns.
    var figures: [String: String]
    var result: String
    var notes: String

    var testDescription: String { "\(id): \(summary)" }

    static let figureColumns = [
        "earned_exact", "earned", "fee_kept", "kill_fee", "expenses", "entitlement", "paid", "kept", "refund", "balance_due",
    ]

    /// The case as the reader takes it: the inputs plus `currency` and `rounding`.
    var caseJSON: String { "{\"currency\":\"\(currency)\",\"rounding\":\"\(rounding)\"," + inputs.dropFirst() }

    static let fixture: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("Fixtures/refund/refund-vectors.tsv")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// Reads the TSV: `#` lines are comments, the first other line is the header.
    static func parse(_ text: String) -> [RefundVector] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
            .filter { !$0.hasPrefix("#") }
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else { return [] }
        return lines.dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            var row: [String: String] = [:]
            for (index, name) in header.enumerated() { row[name] = index < cells.count ? cells[index] : "" }
            return RefundVector(
                id: row["id"] ?? "", summary: row["description"] ?? "", currency: row["currency"] ?? "",
                minorUnits: Int(row["minor_units"] ?? "") ?? -1, rounding: row["rounding"] ?? "", inputs: row["inputs_json"] ?? "",
                figures: row.filter { figureColumns.contains($0.key) }, result: row["result"] ?? "", notes: row["notes"] ?? "")
        }
    }

    static let all = parse(fixture)
}

@Suite struct RefundVectorTests {
    @Test func fixtureHasTheDesignsTwentyTwoVectors() {
        #expect(RefundVector.all.count == 22)
        #expect(Set(RefundVector.all.map(\.id)).count == 22)
        #expect(RefundVector.fixture.hasPrefix("#"))
    }

    @Test(arguments: RefundVector.all)
    func vector(_ vector: RefundVector) throws {
        let outcome: Result<Settlement, ValueError>
        do {
            let refundCase = try RefundCaseReader.read(vector.caseJSON)
            #expect(refundCase.currency.minorUnits == vector.minorUnits)
            outcome = .success(try SettlementEngine.settle(refundCase))
        } catch {
            outcome = .failure(error)
        }

        switch outcome {
        case .failure(let error):
            #expect(error.code == vector.result, "\(error)")
            #expect(vector.notes.hasPrefix(vector.result + ":"))
        case .success(let settlement):
            #expect(vector.result == "OK")
            let actual: [String: String] = [
                "earned_exact": settlement.earnedExact.decimalText(),
                "earned": settlement.earned.plain, "fee_kept": settlement.feeKept.plain, "kill_fee": settlement.killFee.plain,
                "expenses": settlement.expenses.plain, "entitlement": settlement.entitlement.plain, "paid": settlement.paid.plain,
                "kept": settlement.kept.plain, "refund": settlement.refund.plain, "balance_due": settlement.balanceDue.plain,
            ]
            for column in RefundVector.figureColumns {
                #expect(actual[column] == vector.figures[column], "\(column)")
            }
            // The notes column lists the warnings in order, with the time method's `days a/b` among them.
            let expected = vector.notes.isEmpty ? [] : vector.notes.components(separatedBy: "; ")
            let days = expected.filter { $0.hasPrefix("days ") }
            if case .days = settlement.workDone {
                #expect(days == [settlement.workDone.description])
            } else {
                #expect(days.isEmpty)
            }
            #expect(settlement.notes.map(\.message) == expected.filter { !$0.hasPrefix("days ") })
        }
    }
}
