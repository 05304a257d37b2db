import BoundaryCLI
import Foundation
import Testing

/// Every kind × register × option set of `boundary letter`: each letter opens with thanks, has a next
/// step, keeps its register, and passes `boundary tone` with no finding in every output format.
struct LetterOptionSet: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var testDescription: String { arguments.filter { !$0.hasPrefix("/") }.joined(separator: " ") }

    static let interest = LetterCase.agreement
    static let fee = LetterCase.fixtures.appending(path: "agreement-fee.yaml").path

    static let all: [LetterOptionSet] = {
        let decline: [[String]] = [
            ["decline", "--client", "Dana", "--provider", "Sam"],
            ["decline", "--client", "Dana", "--provider", "Sam", "--project", "a shop", "--reason", "My calendar is full until June."],
            ["decline", "--client", "Dana", "--provider", "Sam", "--resource", "A free guide at example.com", "--resource", "A webinar",
             "--refer", "Jo Lee <jo@example.com>", "--refer", "Ann Wu <ann@example.com>", "--refer", "Studio Nine <hi@nine.example>"],
        ]
        var end: [[String]] = []
        for agreement in [interest, fee] {
            for progress in [["--paid", "3600.00", "--status", "1=accepted"], ["--paid", "0", "--status", "1=accepted"],
                             ["--paid", "12000.00", "--status", "1=accepted", "--status", "2=in-progress@50", "--expenses", "100.00"],
                             ["--paid", "800.00", "--status", "1=accepted", "--status", "2=accepted"]] {
                for extra in [[], ["--cannot-continue"]] {
                    for options in [[], ["--reason", "I am moving to product work from April.", "--refer", "Jo Lee <jo@example.com>", "--refer", "Ann Wu <ann@example.com>"]] {
                        end.append(["end", "--agreement", agreement, "--date", "2027-03-01"] + extra + progress + options)
                    }
                }
            }
        }
        end.append(["end", "--agreement", interest, "--date", "2027-03-01", "--end-on", "2027-04-30", "--paid", "100"])
        var scope: [[String]] = []
        for agreement in [interest, fee] {
            scope += [["scope", "--agreement", agreement, "--request", "a blog"], ["scope", "--agreement", agreement, "--request", "a blog", "--estimate-hours", "7.25"]]
        }
        var overdue: [[String]] = []
        for agreement in [interest, fee] {
            let invoice = ["--agreement", agreement, "--invoice", "A-17", "--amount", "1250.00", "--due", "2027-03-05"]
            for level in ["1", "2", "3"] {
                overdue.append(["late-payment", "--level", level, "--date", "2027-03-12"] + invoice)
                overdue.append(["late-payment", "--level", level, "--date", "2027-04-30"] + invoice)
            }
            overdue.append(["pause", "--date", "2027-03-20"] + invoice)
            overdue.append(["pause", "--date", "2027-03-20", "--pause-date", "2027-03-27"] + invoice)
        }
        return (decline + end + scope + overdue).flatMap { arguments in
            ["warm", "formal"].map { LetterOptionSet(arguments: arguments + ["--register", $0]) }
        }
    }()
}

@Suite struct LetterToneTests {
    static let contractions = ["n't", "'ve", "'ll", "'m", "'re", "'d", "it's", "that's", "here's", "there's", "let's"]
    static let formats = ["markdown": "md", "text": "txt", "html": "html", "eml": "eml"]

    /// The letter's own prose: no subject line, no quoted lines.
    static func prose(_ letter: String) -> String {
        letter.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix(">") && !$0.hasPrefix("**Subject:**") }.joined(separator: "\n")
    }

    /// What a user does: write every letter of every kind × register × option set in every format,
    /// then check them all with `boundary tone`. Not one finding, not even a note.
    @Test func everyLetterPassesTheToneCheck() throws {
        let directory = try TemporaryDirectory()
        for (index, options) in LetterOptionSet.all.enumerated() {
            for (format, suffix) in Self.formats {
                let result = boundary(["letter"] + options.arguments + ["--format", format, "-o", directory.file("\(index).\(suffix)")])
                try #require(result.status == 0, "\(options.testDescription) --format \(format): \(result.err)")
            }
        }
        let tone = boundary(["tone", directory.path, "--format", "json", "--fail-on", "note"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(tone.out.utf8)) as? [String: Any])
        let documents = try #require(report["documents"] as? [[String: Any]])
        #expect(documents.count == LetterOptionSet.all.count * Self.formats.count)
        for document in documents {
            let findings = document["findings"] as? [[String: Any]] ?? []
            #expect(findings.isEmpty, "\(document["path"] ?? ""): \(findings.map { $0["rule"] ?? "" })")
        }
        #expect(tone.status == 0, "\(tone.err)")
    }

    /// The shape the source articles ask for, and the register's conventions.
    @Test(arguments: LetterOptionSet.all)
    func everyLetterHasTheShapeOfItsRegister(_ options: LetterOptionSet) throws {
        let result = boundary(["letter"] + options.arguments)
        try #require(result.status == 0, "\(result.err)")
        let prose = Self.prose(result.out)
        let paragraphs = prose.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        try #require(paragraphs.count > 2)
        #expect(paragraphs[1].hasPrefix("Thank you"), "opens with thanks: \(paragraphs[1])")
        #expect(prose.contains("Please "), "a next step")
        #expect(!result.out.contains("{{") && !result.out.contains("}}"))
        if options.arguments.contains("formal") {
            #expect(paragraphs[0].hasPrefix("Dear "))
            #expect(prose.contains("Kind regards,"))
            for contraction in Self.contractions where prose.lowercased().replacingOccurrences(of: "’", with: "'").contains(contraction) {
                Issue.record("contraction \"\(contraction)\" in a formal letter")
            }
        } else {
            #expect(paragraphs[0].hasPrefix("Hi "))
            #expect(prose.contains("Best wishes,"))
        }
    }

    @Test func theMatrixCoversEveryLetterAndRegister() {
        #expect(LetterOptionSet.all.count > 100)
        let kinds = Set(LetterOptionSet.all.map { $0.arguments[0] })
        #expect(kinds == ["decline", "end", "scope", "late-payment", "pause"])
    }
}
