import BoundaryKit
import Foundation
import Testing

/// The labelled corpus of `Fixtures/lint/`: contracts written for this project in many styles, each
/// labelled per kind, facet and risky term. Every label is asserted.
@Suite struct CorpusTests {
    struct Document: Sendable, CustomTestStringConvertible {
        var file: String
        var labels: [(column: String, expected: Bool)]
        var risks: Set<String>?
        var testDescription: String { file }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Fixtures/lint")

    static func table(_ name: String) -> [[String: String]] {
        guard let text = try? String(contentsOf: folder.appending(path: name), encoding: .utf8) else { return [] }
        let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0 + Array(repeating: "", count: max(0, header.count - $0.count)))) }
    }

    static let documents: [Document] = {
        let risks = Dictionary(uniqueKeysWithValues: table("risks.tsv").map { ($0["file"]!, Set($0["risks"]!.split(separator: ",").map(String.init))) })
        return table("labels.tsv").map { row in
            Document(file: row["file"]!, labels: row.filter { $0.key != "file" && $0.key != "type" }.sorted { $0.key < $1.key }.map { ($0.key, $0.value == "1") },
                     risks: risks[row["file"]!])
        }
    }()

    /// Labels the linter does not meet yet, each named in `known-misses.tsv` (file, column, why):
    /// recorded as known issues, so they stay visible and the list must shrink when one is fixed.
    static let knownMisses: Set<String> = Set(table("known-misses.tsv").map { "\($0["file"]!)|\($0["column"]!)" })

    static func check(_ file: String, _ column: String, _ body: () -> Void) {
        if knownMisses.contains("\(file)|\(column)") {
            withKnownIssue("\(file): \(column) is a known miss (Fixtures/lint/known-misses.tsv)") { body() }
        } else {
            body()
        }
    }

    static let linter = try! Linter(library: BuiltinLibrary.library, policy: .standard(BuiltinLibrary.library))

    @Test func theCorpusIsThere() {
        #expect(Self.documents.count >= 40)
    }

    @Test(arguments: documents)
    func everyLabelHolds(_ document: Document) throws {
        let text = try String(contentsOf: Self.folder.appending(path: "corpus/\(document.file)"), encoding: .utf8)
        let extracted = document.file.hasSuffix(".html") ? HTMLText.extract(text) : ExtractedText(text: text)
        let report = Self.linter.lint(extracted, path: document.file)
        for (column, expected) in document.labels {
            let parts = column.split(separator: ":").map(String.init)
            guard let kind = report.kinds.first(where: { $0.kind == parts[0] }) else { Issue.record("no kind \(parts[0])"); continue }
            let found = parts.count == 2 ? kind.facets.contains(parts[1]) : kind.status != .missing
            Self.check(document.file, column) {
                #expect(found == expected, "\(column): expected \(expected ? "found" : "not found")\(found ? " — evidence: \(kind.evidence.first?.text ?? "")" : "")")
            }
        }
        if let risks = document.risks {
            let found = Set(report.findings.map(\.rule).filter { $0.hasPrefix("risk.") }.map { String($0.dropFirst("risk.".count)) })
            Self.check(document.file, "risks") { #expect(found == risks, "risks") }
        }
    }
}
