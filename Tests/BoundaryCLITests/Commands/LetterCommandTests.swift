import BoundaryCLI
import Foundation
import Testing

/// A `boundary letter` command line run against the letters' agreement fixture, and the golden file
/// it must print.
struct LetterCase: Sendable, CustomTestStringConvertible {
    var golden: String
    var arguments: [String]
    var testDescription: String { golden }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Fixtures/letters")
    static var agreement: String { fixtures.appending(path: "agreement.yaml").path }

    static let progress = ["--paid", "3600.00", "--status", "1=accepted", "--status", "2=in-progress@50"]
    static let overdue = ["--invoice", "2027-004", "--amount", "3600.00", "--due", "2027-03-05"]
    static let names = ["--dear", "Dana", "--sign", "Sam"]

    /// Every letter × register, the options that change a letter, and each output format once.
    static let all: [LetterCase] = [
        LetterCase(golden: "decline.warm.md", arguments: ["decline", "--client", "Dana Ortiz", "--provider", "Sam Carter", "--dear", "Dana", "--sign", "Sam",
                                                          "--project", "your bakery's new website",
                                                          "--reason", "My calendar is full until September, and I want every project to have my full attention.",
                                                          "--resource", "The free website checklist at example.com/checklist",
                                                          "--refer", "Jo Lee <jo@example.com>", "--refer", "Ana Costa Studio <hello@anacosta.example>"]),
        LetterCase(golden: "decline.formal.md", arguments: ["decline", "--register", "formal", "--client", "Ortiz Bakery Ltd", "--dear", "Ms Ortiz",
                                                            "--provider", "Sam Carter Web Studio LLC", "--refer", "Jo Lee <jo@example.com>"]),
        LetterCase(golden: "end.warm.md", arguments: ["end", "--agreement", agreement, "--date", "2027-03-01"] + progress + names
                   + ["--reason", "From April, my studio is moving to product work only.", "--refer", "Jo Lee <jo@example.com>"]),
        LetterCase(golden: "end.formal.md", arguments: ["end", "--register", "formal", "--agreement", agreement, "--date", "2027-03-01", "--dear", "Ms Ortiz",
                                                        "--paid", "7200.00", "--progress", "1=accepted", "--progress", "Approved design=delivered"]),
        LetterCase(golden: "end-cannot-continue.warm.md", arguments: ["end", "--cannot-continue", "--agreement", agreement, "--date", "2027-03-01",
                                                                      "--paid", "7200.00", "--status", "1=accepted", "--status", "2=in-progress@50"] + names
                   + ["--reason", "A family matter needs my full time for the next six months.", "--refer", "Jo Lee <jo@example.com>"]),
        LetterCase(golden: "end-cannot-continue.formal.md", arguments: ["end", "--cannot-continue", "--register", "formal", "--agreement", agreement,
                                                                        "--date", "2027-03-01", "--dear", "Ms Ortiz"] + progress),
        LetterCase(golden: "scope.warm.md", arguments: ["scope", "--agreement", agreement, "--request", "an online shop for the bakery's cakes",
                                                        "--estimate-hours", "12.5"] + names),
        LetterCase(golden: "scope.formal.md", arguments: ["scope", "--register", "formal", "--agreement", agreement, "--request", "a monthly newsletter",
                                                          "--dear", "Ms Ortiz"]),
        LetterCase(golden: "late-payment-1.warm.md", arguments: ["late-payment", "--agreement", agreement, "--date", "2027-03-12"] + overdue + names),
        LetterCase(golden: "late-payment-1.formal.md", arguments: ["late-payment", "--level", "1", "--register", "formal", "--agreement", agreement,
                                                                   "--date", "2027-03-12", "--dear", "Ms Ortiz"] + overdue),
        LetterCase(golden: "late-payment-2.warm.md", arguments: ["late-payment", "--level", "2", "--agreement", agreement, "--date", "2027-03-15"] + overdue + names),
        LetterCase(golden: "late-payment-2.formal.md", arguments: ["late-payment", "--level", "2", "--register", "formal", "--agreement", agreement,
                                                                   "--date", "2027-03-15", "--dear", "Ms Ortiz"] + overdue),
        LetterCase(golden: "late-payment-3.warm.md", arguments: ["late-payment", "--level", "3", "--agreement", agreement, "--date", "2027-03-17"] + overdue + names),
        LetterCase(golden: "late-payment-3.formal.md", arguments: ["late-payment", "--level", "3", "--register", "formal", "--agreement", agreement,
                                                                   "--date", "2027-03-17", "--pause-date", "2027-03-24", "--dear", "Ms Ortiz"] + overdue),
        LetterCase(golden: "pause.warm.md", arguments: ["pause", "--agreement", agreement, "--date", "2027-03-24"] + overdue + names),
        LetterCase(golden: "pause.formal.md", arguments: ["pause", "--register", "formal", "--agreement", agreement, "--date", "2027-03-24",
                                                          "--dear", "Ms Ortiz"] + overdue),
        LetterCase(golden: "end.warm.txt", arguments: ["end", "--agreement", agreement, "--date", "2027-03-01", "--format", "text"] + progress + names),
        LetterCase(golden: "scope.warm.html", arguments: ["scope", "--agreement", agreement, "--request", "an online shop", "--format", "html"] + names),
        LetterCase(golden: "pause.formal.eml", arguments: ["pause", "--register", "formal", "--agreement", agreement, "--date", "2027-03-24",
                                                           "--format", "eml", "--dear", "Ms Ortiz"] + overdue),
    ]
}

@Suite struct LetterCommandTests {
    /// Compares with the golden file; `BOUNDARY_UPDATE_GOLDEN=1 swift test --filter LetterCommandTests` writes
    /// them instead (read every one before committing it).
    @Test(arguments: LetterCase.all)
    func matchesItsGoldenLetter(_ letter: LetterCase) throws {
        let result = boundary(["letter"] + letter.arguments)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err == "")
        let url = LetterCase.fixtures.appending(path: letter.golden)
        if ProcessInfo.processInfo.environment["BOUNDARY_UPDATE_GOLDEN"] == "1" {
            try Data(result.out.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(result.out == golden, "differs from Fixtures/letters/\(letter.golden)")
    }

    @Test func theSameInputGivesTheSameBytes() {
        for letter in LetterCase.all {
            #expect(boundary(["letter"] + letter.arguments).out == boundary(["letter"] + letter.arguments).out)
        }
    }

    // MARK: The money: the refund engine's figures

    /// The refund or balance, and every step's amount, as `boundary refund --format text` prints them.
    static func refundFigures(_ text: String) -> [String] {
        var figures: [String] = []
        for line in text.split(separator: "\n") {
            for prefix in ["Refund to the client: ", "Balance the client owes: "] where line.hasPrefix(prefix) {
                figures.append(String(line.dropFirst(prefix.count).prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces))
            }
            for label in ["Fee earned", "Paid"] where line.hasPrefix(label + " ") {
                let rest = line.dropFirst(label.count).drop { $0 == " " }
                figures.append(rest.components(separatedBy: "  ")[0])
            }
        }
        return figures
    }

    @Test(arguments: [
        ["--paid", "3600.00", "--status", "1=accepted", "--status", "2=in-progress@50"],
        ["--paid", "7200.00", "--progress", "1=accepted", "--progress", "Approved design=delivered", "--progress", "3=in-progress@33.3"],
        ["--paid", "12000.00", "--status", "1=delivered", "--expenses", "120.50", "--rounding", "half-up"],
        ["--paid", "3600.00", "--method", "percent", "--percent-complete", "12.5"],
    ])
    func theEndLettersStateTheRefundCommandsFigures(progress: [String]) throws {
        let refund = boundary(["refund", "--agreement", LetterCase.agreement, "--format", "text", "--ended-by", "provider"] + progress)
        #expect(refund.status == 0, "\(refund.err)")
        let figures = Self.refundFigures(refund.out)
        #expect(figures.count == 3, "\(refund.out)")
        for extra in [[], ["--cannot-continue"]] {
            for register in ["warm", "formal"] {
                let letter = boundary(["letter", "end", "--agreement", LetterCase.agreement, "--date", "2027-03-01", "--register", register] + extra + progress)
                #expect(letter.status == 0, "\(letter.err)")
                for figure in figures { #expect(letter.out.contains(figure), "\(figure) missing from the \(register) letter") }
                // The explicit --ended-by provider is the letter's default.
                let explicit = boundary(["letter", "end", "--agreement", LetterCase.agreement, "--date", "2027-03-01", "--register", register, "--ended-by", "provider"] + extra + progress)
                #expect(explicit.out == letter.out)
            }
        }
    }

    @Test func anEngineErrorIsReportedAsTheRefundCommandReportsIt() {
        let result = boundary(["letter", "end", "--agreement", LetterCase.agreement, "--date", "2027-03-01", "--paid", "100", "--status", "9=accepted"])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err.hasPrefix("boundary: error: E_PARSE: --status `9=accepted`: there is no milestone `9`"), "\(result.err)")
    }

    /// Without an agreement file: a preset's agreement with your names and terms from flags, as in
    /// `boundary draft --preset P --set …`; the fee is the one set, the dates follow the clause.
    @Test func aLetterFromFlagsAloneUsesAPresetAndSetValues() {
        let result = boundary(["letter", "late-payment", "--preset", "writing", "--set", "terms.late_fee=25.00", "--set", "terms.pause_after_days=10",
                               "--client", "Ada Lee", "--provider", "Sam Carter", "--invoice", "7", "--amount", "800.00",
                               "--due", "2027-03-05", "--date", "2027-03-12", "--level", "3"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Ada Lee"))
        #expect(result.out.contains("GBP 25.00"), "\(result.out)")
        #expect(result.out.contains("GBP 800.00"))
        #expect(result.out.contains("16 March 2027"), "work pauses once the invoice is more than 10 days overdue: \(result.out)")
        let setAlone = boundary(["letter", "scope", "--set", "terms.hourly_rate=90.00/hour", "--request", "a blog"])
        #expect(setAlone.status == 2)
        #expect(setAlone.err.contains("--set changes an agreement, and there is none"))
    }

    /// `boundary draft` takes an agreement's e-mail as written; a letter takes the address in it
    /// for `.eml` headers and never fails on it. A `--from` that is no address is an error.
    @Test func anAgreementEmailWithANameGivesItsAddress() throws {
        let directory = try TemporaryDirectory()
        let text = try String(contentsOfFile: LetterCase.agreement, encoding: .utf8)
        let named = text.replacingOccurrences(of: "  email: sam@example.com", with: "  email: Sam Carter <sam@example.com>")
        try #require(named != text)
        let path = try directory.write("named.yaml", Array(named.utf8))
        let markdown = boundary(["letter", "scope", "--agreement", path, "--request", "a shop"])
        #expect(markdown.status == 0, "\(markdown.err)")
        let eml = boundary(["letter", "scope", "--agreement", path, "--request", "a shop", "--format", "eml"])
        #expect(eml.out.hasPrefix("From: \"Sam Carter Web Studio LLC\" <sam@example.com>\r\n"), "\(eml.out.prefix(120))")
        let bad = boundary(["letter", "scope", "--agreement", path, "--request", "a shop", "--from", "Sam <sam@example.com>"])
        #expect(bad.status == 2)
        #expect(bad.err.contains("--from `Sam <sam@example.com>` is not an e-mail address"))
    }

    // MARK: Missing and bad values

    @Test(arguments: [
        (["decline"], ["the decline letter needs the client's name — give --client NAME", "the decline letter needs your name — give --provider NAME"]),
        (["scope", "--request", "a shop"], ["the scope letter needs the agreement it refers to — give --agreement FILE (the agreement file of `boundary draft`), or --preset P with --set for your terms"]),
        (["end", "--agreement", LetterCase.agreement], ["the end letter needs the date of the letter — give --date YYYY-MM-DD",
                                                         "the end letter needs what the client has paid so far — give --paid AMOUNT"]),
        (["scope", "--agreement", LetterCase.agreement], ["the scope letter needs what the client asked for — give --request TEXT, such as --request \"a blog section\""]),
        (["late-payment", "--agreement", LetterCase.agreement], ["the late-payment letter needs the invoice number — give --invoice NUMBER",
                                                                  "the late-payment letter needs the date of the letter — give --date YYYY-MM-DD",
                                                                  "the late-payment letter needs the invoice's due date — give --due YYYY-MM-DD",
                                                                  "the late-payment letter needs the invoice amount — give --amount AMOUNT"]),
        (["pause", "--agreement", LetterCase.agreement, "--invoice", "7", "--amount", "10.00", "--due", "2027-03-05"],
         ["the pause letter needs the date of the letter — give --date YYYY-MM-DD"]),
    ])
    func eachMissingValueIsOneErrorNamingItsFlag(arguments: [String], messages: [String]) {
        let result = boundary(["letter"] + arguments)
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err == messages.map { "boundary: error: \($0)\n" }.joined())
    }

    @Test(arguments: [
        (["late-payment", "--agreement", LetterCase.agreement, "--invoice", "7", "--amount", "10.00", "--due", "2027-03-05", "--date", "2027-02-30"],
         "--date `2027-02-30` is not a date: February 2027 has 28 days"),
        (["late-payment", "--agreement", LetterCase.agreement, "--invoice", "7", "--amount", "10.00", "--due", "2027-03-20", "--date", "2027-03-10"],
         "--due 2027-03-20 is not before the letter's --date 2027-03-10, so the invoice is not overdue yet"),
        (["late-payment", "--agreement", LetterCase.agreement, "--invoice", "7", "--amount", "-10.00", "--due", "2027-03-01", "--date", "2027-03-10"],
         "--amount `-10.00` is negative"),
        (["late-payment", "--agreement", LetterCase.agreement, "--invoice", "7", "--amount", "10.001", "--due", "2027-03-01", "--date", "2027-03-10"],
         "--amount `10.001`"),
        (["late-payment", "--level", "3", "--agreement", LetterCase.agreement, "--invoice", "7", "--amount", "10.00", "--due", "2027-03-01",
          "--date", "2027-03-10", "--pause-date", "2027-03-12"],
         "--pause-date 2027-03-12 is too early: the agreement lets work pause once the invoice is more than 14 days overdue, from 2027-03-16"),
        (["pause", "--agreement", LetterCase.agreement, "--invoice", "7", "--amount", "10.00", "--due", "2027-03-01", "--date", "2027-03-10"],
         "work cannot pause on 2027-03-10: the agreement lets it pause once the invoice is more than 14 days overdue, from 2027-03-16"),
        (["scope", "--agreement", LetterCase.agreement, "--request", "a shop", "--estimate-hours", "-3"], "--estimate-hours `-3` is negative"),
        (["scope", "--agreement", LetterCase.agreement, "--request", "a shop", "--estimate-hours", "0"], "--estimate-hours `0` must be more than 0"),
        (["scope", "--agreement", LetterCase.agreement, "--request", "a shop", "--estimate-hours", "three"], "--estimate-hours `three` is not a number"),
        (["end", "--agreement", LetterCase.agreement, "--date", "2027-03-01", "--end-on", "2027-03-10", "--paid", "0"],
         "--end-on 2027-03-10 is sooner than the 14 days' notice the agreement requires"),
        (["end", "--agreement", LetterCase.agreement, "--date", "2027-03-01", "--paid", "0", "--ended-by", "client"],
         "the end letter is written when you end the agreement, so --ended-by is provider"),
        (["decline", "--client", "A", "--provider", "B", "--refer", "Jo Lee jo@example.com"], "--refer `Jo Lee jo@example.com` is not a name and a contact"),
        (["decline", "--client", "A", "--provider", "B", "--to", "not an address"], "--to `not an address` is not an e-mail address"),
        (["decline", "--client", "A", "--provider", "B", "--invoice", "7"], "--invoice is not used by the decline letter"),
        (["end", "--cannot-continue", "--agreement", LetterCase.agreement, "--date", "2027-03-01", "--paid", "0", "--end-on", "2027-04-01"],
         "--end-on is not used with --cannot-continue"),
        (["late-payment", "--agreement", LetterCase.agreement, "--invoice", "7", "--amount", "10.00", "--due", "2027-03-01", "--date", "2027-03-10",
          "--pause-date", "2027-03-20"], "--pause-date is not used by the friendly reminder (--level 1)"),
        (["sope"], "unknown letter 'sope'; did you mean 'scope'?"),
        (["decline", "--register", "casual"], "invalid value 'casual' for '--register <REGISTER>'"),
        (["late-payment", "--level", "4"], "invalid value '4' for '--level <LEVEL>'"),
    ])
    func aBadValueIsAnErrorAndNothingIsWritten(arguments: [String], message: String) {
        let result = boundary(["letter"] + arguments)
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err.hasPrefix("boundary: error: \(message)"), "\(result.err)")
    }

    // MARK: Output

    @Test func writesAFileOnlyWithForceToOverwrite() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let decline = ["letter", "decline", "--client", "Dana", "--provider", "Sam", "-o", "letter.md"]
        #expect(boundary(decline, in: folder.path).status == 0)
        let first = try #require(folder.read("letter.md"))
        #expect(first.hasPrefix("**Subject:** Your request\n"))
        let again = boundary(decline + ["--register", "formal"], in: folder.path)
        #expect(again.status == 2)
        #expect(again.err.contains("'letter.md' already exists"))
        #expect(folder.read("letter.md") == first, "the existing file was changed without --force")
        #expect(boundary(decline + ["--register", "formal", "--force"], in: folder.path).status == 0)
        #expect(folder.read("letter.md")?.contains("Dear Dana,") == true)
    }

    @Test func anErrorWritesNoFile() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        #expect(boundary(["letter", "decline", "--client", "Dana", "-o", "letter.md"], in: folder.path).status == 2)
        #expect(folder.listing() == [])
    }

    @Test func anEmlIsAMessageWithCRLFLineEnds() throws {
        let result = boundary(["letter", "late-payment", "--agreement", LetterCase.agreement, "--date", "2027-03-12", "--format", "eml"] + LetterCase.overdue)
        #expect(result.status == 0, "\(result.err)")
        let (head, body) = try #require(result.out.range(of: "\r\n\r\n").map { (String(result.out[..<$0.lowerBound]), String(result.out[$0.upperBound...])) })
        #expect(head.split(separator: "\r\n") == [
            "From: \"Sam Carter Web Studio LLC\" <sam@example.com>",
            "To: \"Northwind Bakery Inc.\" <orders@example.com>",
            "Subject: A friendly reminder about invoice 2027-004",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
        ])
        #expect(!result.out.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF")
        #expect(!result.out.contains("Date:") && !result.out.contains("Message-ID:"))
        #expect(body.hasPrefix("Hi Northwind Bakery Inc.,\r\n\r\nThank you"))
        #expect(body.hasSuffix("\r\n"))
        #expect(body.split(separator: "\r\n").allSatisfy { $0.count <= 78 })
    }

    @Test func anEmlWithoutAddressesHasNoFromOrTo() {
        let result = boundary(["letter", "decline", "--client", "Zoë", "--provider", "Sam", "--project", "a café's menu", "--format", "eml"])
        #expect(result.status == 0)
        #expect(!result.out.contains("From:") && !result.out.contains("To:"))
        // A subject that is not ASCII is written as RFC 2047 encoded words.
        #expect(result.out.hasPrefix("Subject: =?utf-8?B?"))
        let flags = boundary(["letter", "decline", "--client", "Zoë", "--provider", "Sam", "--format", "eml", "--from", "sam@example.com", "--to", "zoe@example.com"])
        #expect(flags.out.hasPrefix("From: \"Sam\" <sam@example.com>\r\nTo: =?utf-8?B?Wm/Dqw==?= <zoe@example.com>\r\n"))
    }

    @Test func helpListsTheLetterOptions() {
        let result = boundary(["letter", "--help"])
        #expect(result.status == 0)
        for option in ["--register", "--cannot-continue", "--estimate-hours", "--level", "--status, --progress", "--paid", "--format"] {
            #expect(result.out.contains(option), "\(option)")
        }
        #expect(boundary(["help", "letter"]).out == result.out)
    }

    @Test func anAgreementWithoutALateFeeClauseNamesWhatToAdd() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let text = try String(contentsOfFile: LetterCase.agreement, encoding: .utf8)
            .replacingOccurrences(of: "  late-payment: late-payment.interest\n", with: "")
            .replacingOccurrences(of: "  late_interest_percent: 1.5\n", with: "")
            .replacingOccurrences(of: "omit: []", with: "omit: [late-payment]")
        try folder.write("a.yaml", text)
        let result = boundary(["letter", "pause", "--agreement", "a.yaml", "--invoice", "7", "--amount", "10.00", "--due", "2027-03-01", "--date", "2027-03-30"],
                              in: folder.path)
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("boundary: error: the pause letter needs the agreement's late-payment clause — the agreement leaves it out"), "\(result.err)")
    }

    @Test func aFixedLateFeeComesFromTheFeeClause() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // writing: late-payment.fee, GBP, the default late fee of 40.
        #expect(boundary(["init", "--preset", "writing", "-o", "w.yaml"], in: folder.path).status == 0)
        let result = boundary(["letter", "late-payment", "--level", "2", "--agreement", "w.yaml", "--invoice", "12", "--amount", "800.00",
                               "--due", "2027-03-01", "--date", "2027-03-20"], in: folder.path)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("a late-payment fee of GBP 40.00 now applies, so the amount due is GBP 840.00"), "\(result.out)")
        #expect(result.out.contains("For this invoice, that day is 21 March 2027."))
    }
}
