import BoundaryCLI
import Foundation
import Testing

/// The letters' own rules, checked here until `boundary tone` can check them: every letter of every
/// kind × register × option set opens with thanks, has a next step, no "but" or its synonyms, no blame,
/// hedges, threats or shouting, and at most 250 words of its own (quoted agreement text aside).
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
    static let undoing = ["but", "however", "although", "though", "yet", "unfortunately", "regrettably", "nevertheless", "nonetheless"]
    static let hedges = ["sorry", "apologise", "apologize", "apologies", "just", "maybe", "perhaps", "i think", "i feel that", "hopefully"]
    static let blame = ["you failed", "you never", "you always", "you need to", "you must", "you should", "your fault", "you didn't", "you did not"]
    static let threats = ["legal action", "lawyer", "court", "sue", "collection agency", "collections", "or else", "debt collector"]
    static let contractions = ["n't", "'ve", "'ll", "'m", "'re", "'d", "it's", "that's", "here's", "there's", "let's"]

    /// The letter's own prose: no subject line, no quoted lines.
    static func prose(_ letter: String) -> String {
        letter.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix(">") && !$0.hasPrefix("**Subject:**") }.joined(separator: "\n")
    }

    static func hasPhrase(_ phrase: String, in text: String) -> Bool {
        let words = text.lowercased().replacingOccurrences(of: "’", with: "'")
        let pattern = "(^|[^a-z'])" + NSRegularExpression.escapedPattern(for: phrase) + "($|[^a-z])"
        return words.range(of: pattern, options: .regularExpression) != nil
    }

    @Test(arguments: LetterOptionSet.all)
    func everyLetterReadsCleanly(_ options: LetterOptionSet) throws {
        let result = boundary(["letter"] + options.arguments)
        try #require(result.status == 0, "\(result.err)")
        let prose = Self.prose(result.out)
        for phrase in Self.undoing + Self.hedges + Self.blame + Self.threats where Self.hasPhrase(phrase, in: prose) {
            Issue.record("\"\(phrase)\" in: \(prose)")
        }
        #expect(!result.out.contains("!!"))
        let words = prose.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }
        #expect(words.count <= 250, "\(words.count) words")
        for word in words {
            let letters = word.filter(\.isLetter)
            if letters.count > 3, letters.allSatisfy(\.isUppercase) { Issue.record("all caps: \(word)") }
        }
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
    }
}
