@testable import BoundaryKit
import Foundation
import Testing

@Suite struct SARIFReporterTests {
    static var sarif: String { SARIFReporter.render(SampleReport.report, toolVersion: "0.1.0") }

    @Test func matchesTheReviewedGoldenFile() throws {
        let sarif = Self.sarif
        #expect(sarif == (try ReportGolden.expected("lint.sarif", actual: sarif)))
        #expect(Self.sarif == sarif)
    }

    @Test func hasTheRequiredProperties() throws {
        let log = try JSONValue.parse(Self.sarif)
        #expect(log["$schema"] == .string("https://json.schemastore.org/sarif-2.1.0.json"))
        #expect(log["version"] == .string("2.1.0"))
        guard case .array(let runs)? = log["runs"], runs.count == 1 else { Issue.record("one run"); return }
        let run = runs[0]
        let driver = run["tool"]?["driver"]
        #expect(driver?["name"] == .string("boundary"))
        #expect(driver?["version"] == .string("0.1.0"))
        #expect(driver?["informationUri"] == nil, "no public address yet: none is made up")
        guard case .array(let rules)? = driver?["rules"], case .array(let results)? = run["results"] else { Issue.record("rules and results"); return }
        var ruleIDs: [String] = []
        for rule in rules {
            guard case .string(let id)? = rule["id"], case .string? = rule["shortDescription"]?["text"],
                  case .string(let level)? = rule["defaultConfiguration"]?["level"] else { Issue.record("rule lacks id, shortDescription or level: \(rule)"); continue }
            #expect(["error", "warning", "note"].contains(level))
            ruleIDs.append(id)
        }
        #expect(ruleIDs == ruleIDs.sorted() && Set(ruleIDs).count == ruleIDs.count)
        #expect(Set(ruleIDs) == Set(SampleReport.report.documents.flatMap(\.findings).map(\.rule)), "each rule used, and only those")
        #expect(results.count == 8)
        for result in results {
            guard case .string(let ruleID)? = result["ruleId"], case .number(let indexText)? = result["ruleIndex"], let index = Int(indexText),
                  case .string(let level)? = result["level"], case .string? = result["message"]?["text"],
                  case .array(let locations)? = result["locations"], let location = locations.first?["physicalLocation"],
                  case .string? = location["artifactLocation"]?["uri"], case .number(let startLine)? = location["region"]?["startLine"] else {
                Issue.record("result lacks a required property: \(result)"); continue
            }
            #expect(ruleIDs.indices.contains(index) && ruleIDs[index] == ruleID, "ruleIndex points at its rule")
            #expect(["error", "warning", "note"].contains(level))
            #expect(Int(startLine)! >= 1)
        }
    }

    @Test func regionsAndURIs() throws {
        let log = try JSONValue.parse(Self.sarif)
        guard case .array(let runs)? = log["runs"], case .array(let results)? = runs[0]["results"] else { Issue.record("shape"); return }
        // The first result is the missing transfer of rights: the whole document, line 1 only.
        let whole = results[0]["locations"].flatMap { if case .array(let items) = $0 { items.first } else { nil } }?["physicalLocation"]
        #expect(whole?["region"] == .object([("startLine", .number("1"))]))
        #expect(whole?["artifactLocation"]?["uri"] == .string("contracts/acme-services.txt"))
        #expect(results[0]["properties"]?["fix"] == .string("ip-on-payment@2"))
        #expect(results[0]["properties"]?["documentLevel"] == .bool(true))
        // A risky term has its full range, end exclusive as in SARIF.
        let revisions = results.first { $0["ruleId"] == .string("risk.unlimited-revisions") }
        let region = revisions?["locations"].flatMap { if case .array(let items) = $0 { items.first } else { nil } }?["physicalLocation"]?["region"]
        let expected = SampleReport.range("unlimited revisions until Client is satisfied", in: SampleReport.acme)
        #expect(region == .object([("endColumn", .number("\(expected.end.column)")), ("endLine", .number("\(expected.end.line)")),
                                   ("startColumn", .number("\(expected.start.column)")), ("startLine", .number("\(expected.start.line)"))]))
        #expect(Self.sarif.contains("\"uri\": \"contracts/studio%20terms%20&%20caf%C3%A9.md\""))
        #expect(runs[0]["columnKind"] == .string("unicodeCodePoints"))
    }

    @Test(arguments: [
        ("contracts/a.txt", "contracts/a.txt"),
        ("contracts\\sub\\a.txt", "contracts/sub/a.txt"),
        ("C:\\Users\\jo\\a.txt", "file:///C:/Users/jo/a.txt"),
        ("a b#c?.txt", "a%20b%23c%3F.txt"),
        ("odd:name.txt", "odd%3Aname.txt"),
        ("-", "-"),
    ])
    func artifactURIs(path: String, uri: String) {
        #expect(SARIFReporter.artifactURI(path) == uri)
    }

    @Test func positionsBelowOneAreClampedToTheStart() throws {
        let finding = Finding(rule: "risk.x", severity: .note, message: "m", range: SourceRange(start: .init(line: 0, column: 0), end: .init(line: 0, column: 0)))
        let sarif = SARIFReporter.render(LintReport(documents: [DocumentReport(path: "a", kinds: [], findings: [finding], text: "")]), toolVersion: "1")
        #expect(sarif.contains("\"region\": {\n                  \"startColumn\": 1,\n                  \"startLine\": 1\n                }"))
    }

    @Test func ruleDescriptionsFromIDsOrGiven() {
        #expect(SARIFReporter.describe(rule: "missing.late-payment") == "no late payment clause")
        #expect(SARIFReporter.describe(rule: "risk.pay-when-paid") == "risky term: pay when paid")
        let sarif = SARIFReporter.render(SampleReport.report, toolVersion: "1", ruleDescriptions: ["risk.auto-renewal": "Automatic renewal"])
        #expect(sarif.contains("\"text\": \"Automatic renewal\""))
    }

    /// Validated against a JSON schema written here from the required properties, enumerations and
    /// minimums of the SARIF 2.1.0 specification (OASIS), for the objects this reporter writes, when
    /// Python's `jsonschema` is installed. No network.
    @Test func validatesAgainstTheSpecificationsSchema() throws {
        guard let python = JSONReporterTests.python,
              (try? JSONReporterTests.run(python, ["-c", "import jsonschema; print('ok')"], input: "")) == "ok\n" else { return }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("boundary-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let schema = directory.appendingPathComponent("schema.json")
        try Self.schema.write(to: schema, atomically: true, encoding: .utf8)
        let empty = SARIFReporter.render(LintReport(documents: []), toolVersion: "0.1.0")
        let letter = SARIFReporter.render(LetterReportTests.report, toolVersion: "0.1.0")
        for log in [Self.sarif, empty, letter] {
            let script = "import json,sys,jsonschema; jsonschema.validate(json.load(sys.stdin), json.load(open(sys.argv[1]))); print('valid')"
            let output = try JSONReporterTests.run(python, ["-c", script, schema.path], input: log)
            #expect(output == "valid\n")
        }
    }

    static let schema = #"""
    {
      "$schema": "http://json-schema.org/draft-07/schema#",
      "type": "object",
      "additionalProperties": false,
      "required": ["version", "runs"],
      "properties": {
        "$schema": {"type": "string"},
        "version": {"enum": ["2.1.0"]},
        "runs": {"type": "array", "items": {"$ref": "#/definitions/run"}}
      },
      "definitions": {
        "run": {
          "type": "object", "additionalProperties": false, "required": ["tool"],
          "properties": {
            "tool": {"type": "object", "additionalProperties": false, "required": ["driver"], "properties": {"driver": {"$ref": "#/definitions/toolComponent"}}},
            "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
            "artifacts": {"type": "array", "items": {"$ref": "#/definitions/artifact"}},
            "results": {"type": "array", "items": {"$ref": "#/definitions/result"}},
            "properties": {"type": "object"}
          }
        },
        "toolComponent": {
          "type": "object", "additionalProperties": false, "required": ["name"],
          "properties": {
            "name": {"type": "string"}, "version": {"type": "string"}, "informationUri": {"type": "string"},
            "rules": {"type": "array", "uniqueItems": true, "items": {"$ref": "#/definitions/reportingDescriptor"}}
          }
        },
        "reportingDescriptor": {
          "type": "object", "additionalProperties": false, "required": ["id"],
          "properties": {
            "id": {"type": "string"},
            "shortDescription": {"$ref": "#/definitions/multiformatMessageString"},
            "defaultConfiguration": {"type": "object", "additionalProperties": false, "properties": {"level": {"$ref": "#/definitions/level"}}},
            "properties": {"type": "object"}
          }
        },
        "multiformatMessageString": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}, "markdown": {"type": "string"}}},
        "message": {"type": "object", "anyOf": [{"required": ["text"]}, {"required": ["id"]}], "properties": {"text": {"type": "string"}, "id": {"type": "string"}}},
        "level": {"enum": ["none", "note", "warning", "error"]},
        "artifact": {
          "type": "object", "additionalProperties": false,
          "properties": {
            "location": {"$ref": "#/definitions/artifactLocation"},
            "roles": {"type": "array", "uniqueItems": true, "items": {"enum": ["analysisTarget", "attachment", "resultFile", "tracedFile"]}}
          }
        },
        "artifactLocation": {
          "type": "object", "additionalProperties": false,
          "properties": {"uri": {"type": "string", "pattern": "^[A-Za-z0-9\\-._~/!$&'()*+,;=@%:]*$"}, "uriBaseId": {"type": "string"}, "index": {"type": "integer", "minimum": -1}}
        },
        "result": {
          "type": "object", "additionalProperties": false, "required": ["message"],
          "properties": {
            "ruleId": {"type": "string"}, "ruleIndex": {"type": "integer", "minimum": -1}, "level": {"$ref": "#/definitions/level"},
            "message": {"$ref": "#/definitions/message"},
            "locations": {"type": "array", "items": {"$ref": "#/definitions/location"}},
            "properties": {"type": "object"}
          }
        },
        "location": {
          "type": "object", "additionalProperties": false,
          "properties": {"physicalLocation": {"$ref": "#/definitions/physicalLocation"}}
        },
        "physicalLocation": {
          "type": "object", "additionalProperties": false, "anyOf": [{"required": ["address"]}, {"required": ["artifactLocation"]}],
          "properties": {"artifactLocation": {"$ref": "#/definitions/artifactLocation"}, "region": {"$ref": "#/definitions/region"}}
        },
        "region": {
          "type": "object", "additionalProperties": false,
          "properties": {
            "startLine": {"type": "integer", "minimum": 1}, "startColumn": {"type": "integer", "minimum": 1},
            "endLine": {"type": "integer", "minimum": 1}, "endColumn": {"type": "integer", "minimum": 1}
          }
        }
      }
    }
    """#
}
