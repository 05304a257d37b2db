import BoundaryKit
import Foundation
import Testing

@Suite struct JSONReporterTests {
    @Test func matchesTheReviewedGoldenFile() throws {
        let json = JSONReporter.render(SampleReport.report)
        #expect(json == (try ReportGolden.expected("lint.json", actual: json)))
        #expect(JSONReporter.render(SampleReport.report) == json)
    }

    @Test func parsesBackWithTheDocumentedShape() throws {
        let root = try JSONValue.parse(JSONReporter.render(SampleReport.report))
        guard case .array(let documents)? = root["documents"] else { Issue.record("no documents array"); return }
        #expect(documents.count == 2)
        for (document, expected) in zip(documents, SampleReport.report.documents) {
            #expect(document["path"] == .string(expected.path))
            guard case .array(let clauses)? = document["clauses"], case .array(let findings)? = document["findings"] else {
                Issue.record("no clauses or findings"); continue
            }
            #expect(clauses.count == expected.kinds.count, "one entry per kind")
            for clause in clauses {
                guard case .string? = clause["kind"], case .string(let status)? = clause["status"],
                      case .array(let facets)? = clause["facets"], case .array(let evidence)? = clause["evidence"] else {
                    Issue.record("clause entry lacks a key: \(clause)"); continue
                }
                #expect(["present", "partial", "missing"].contains(status))
                #expect(facets.allSatisfy { if case .string = $0 { true } else { false } })
                for item in evidence {
                    #expect(Self.isNumber(item["line"]) && Self.isNumber(item["column"]))
                    guard case .string? = item["text"] else { Issue.record("evidence without text"); continue }
                    #expect(item["facet"] != nil, "facet is always there, null when there is none")
                }
            }
            #expect(findings.count == expected.findings.count)
            for finding in findings {
                for key in ["rule", "severity", "message"] {
                    guard case .string? = finding[key] else { Issue.record("finding without \(key)"); continue }
                }
                #expect(Self.isNumber(finding["line"]) && Self.isNumber(finding["column"]))
                #expect(finding["kind"] != nil && finding["fix"] != nil, "kind and fix are always there, null when absent")
                if case .object? = finding["fix"] { guard case .string? = finding["fix"]?["clause"] else { Issue.record("fix without clause"); continue } }
            }
        }
        #expect(root["summary"] == .object([("documents", .number("2")), ("errors", .number("4")), ("notes", .number("1")), ("warnings", .number("3"))]))
    }

    @Test func documentLevelFindingsPointAtTheStartAndAbsentValuesAreNull() throws {
        let root = try JSONValue.parse(JSONReporter.render(SampleReport.report))
        guard case .array(let documents)? = root["documents"], case .array(let acme)? = documents[0]["findings"],
              case .array(let studio)? = documents[1]["findings"] else { Issue.record("shape"); return }
        #expect(acme[0]["rule"] == .string("missing.ip-transfer"))
        #expect(acme[0]["line"] == .number("1") && acme[0]["column"] == .number("1"))
        #expect(acme[0]["fix"] == .object([("clause", .string("ip-on-payment@2"))]))
        let renewal = studio.first { $0["rule"] == .string("risk.auto-renewal") }
        #expect(renewal?["kind"] == .null && renewal?["fix"] == .null)
    }

    /// The evaluation script reads this output with Python's json module: it must agree.
    @Test func pythonReadsTheSameShape() throws {
        guard let python = Self.python else { return }
        let script = "import json,sys; d=json.load(sys.stdin); print(len(d['documents']), [c['kind'] for c in d['documents'][0]['clauses'] if c['status']!='missing'], d['documents'][1]['clauses'][2]['facets'], d['summary']['errors'])"
        let output = try Self.run(python, ["-c", script], input: JSONReporter.render(SampleReport.report))
        #expect(output == "2 ['scope', 'payment', 'termination', 'liability-cap'] ['cause'] 4\n")
    }

    static func isNumber(_ value: JSONValue?) -> Bool {
        if case .number(let text)? = value { return Int(text) != nil }
        return false
    }

    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(_ executable: String, _ arguments: [String], input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
