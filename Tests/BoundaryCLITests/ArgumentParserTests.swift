import Testing
@testable import BoundaryCLI

@Suite("Parsing a command line")
struct ArgumentParserTests {
    func parse(_ words: [String]) throws(CLIErrors) -> ParsedArguments {
        try ArgumentParser.parse(words, spec: Greet.spec, commandPath: ["boundary", "greet"])
    }

    func messages(_ words: [String]) -> [String] {
        do {
            _ = try parse(words)
            return []
        } catch {
            return error.all.map(\.message)
        }
    }

    @Test func optionWithEqualsAndWithSeparateValue() throws {
        #expect(try parse(["Ada", "--output=a.txt"]).value("output") == "a.txt")
        #expect(try parse(["Ada", "--output", "a.txt"]).value("output") == "a.txt")
        #expect(try parse(["Ada", "-o", "a.txt"]).value("--output") == "a.txt")
        #expect(try parse(["Ada", "-oa.txt"]).value("-o") == "a.txt")
        #expect(try parse(["Ada", "-o=a.txt"]).value("-o") == "a.txt")
        #expect(try parse(["Ada", "--output="]).value("output") == "")
        #expect(try parse(["Ada", "--output=x=y"]).value("output") == "x=y")
    }

    @Test func dashIsAValueAndAPositional() throws {
        let parsed = try parse(["-o", "-", "-"])
        #expect(parsed.value("output") == "-")
        #expect(parsed.positionals == ["-"])
        #expect(parsed.positional("name") == "-")
    }

    @Test func defaultsApplyWhenAbsent() throws {
        let parsed = try parse(["Ada"])
        #expect(parsed.value("format") == "text")
        #expect(parsed.value("output") == nil)
        #expect(parsed.values("tag") == [])
        #expect(!parsed.flag("force"))
        #expect(!parsed.flag("format"))
    }

    @Test func missingValue() {
        #expect(messages(["Ada", "--output"]) == ["missing value for '--output <path>'"])
        #expect(messages(["Ada", "-o"]) == ["missing value for '-o <path>'"])
    }

    @Test func missingValueWhenTheNextWordIsAnOption() throws {
        do {
            _ = try parse(["Ada", "--output", "--force"])
            Issue.record("expected an error")
        } catch {
            #expect(error.all == [CLIError("missing value for '--output <path>'", fix: "write '--output=--force' if the value starts with '-'")])
        }
    }

    @Test func unknownOptionSuggestsTheClosest() {
        #expect(messages(["Ada", "--formt", "json"]) == ["unknown option '--formt'; did you mean '--format'?"])
        #expect(messages(["Ada", "--fromat=json"]) == ["unknown option '--fromat'; did you mean '--format'?"])
        #expect(messages(["Ada", "--out", "x"]) == ["unknown option '--out'; did you mean '--output'?"])
        #expect(messages(["Ada", "-format", "json"]) == ["unknown option '-format'; did you mean '--format'?"])
        #expect(messages(["Ada", "-fz"]) == ["unknown option '-z' in '-fz'"])
        #expect(messages(["Ada", "--Format", "json"]) == ["unknown option '--Format'; did you mean '--format'?"])
        #expect(messages(["Ada", "--zebra"]) == ["unknown option '--zebra'"])
        #expect(messages(["Ada", "-x"]) == ["unknown option '-x'"])
    }

    @Test func repeatedOptionsKeepEveryValueInOrder() throws {
        let parsed = try parse(["Ada", "--tag", "a", "-t", "b", "--tag=c"])
        #expect(parsed.values("tag") == ["a", "b", "c"])
        #expect(parsed.value("tag") == "c")
    }

    @Test func aSingleValueOptionGivenTwiceIsAnError() {
        #expect(messages(["Ada", "-o", "a", "--output", "b"]) == ["'--output' given more than once ('a', then 'b')"])
        // The same value twice is harmless.
        #expect(messages(["Ada", "-o", "a", "--output", "a"]) == [])
    }

    @Test func flags() throws {
        let parsed = try parse(["Ada", "--force", "-q"])
        #expect(parsed.flag("force") && parsed.flag("--quiet") && parsed.flag("-f"))
        let clustered = try parse(["-fq", "Ada"])
        #expect(clustered.flag("force") && clustered.flag("quiet"))
        let withValue = try parse(["-fqo", "out.txt", "Ada"])
        #expect(withValue.flag("force") && withValue.value("output") == "out.txt")
        #expect(messages(["Ada", "--force=yes"]) == ["'--force' takes no value"])
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try parse(["--", "--force", "-o", "-"])
        #expect(parsed.positionals == ["--force", "-o", "-"])
        #expect(!parsed.flag("force"))
        #expect(parsed.value("output") == nil)
        // A second `--` after the first is an ordinary positional.
        #expect(try parse(["Ada", "--", "--"]).positionals("files") == ["--"])
    }

    @Test func optionsAndPositionalsMayInterleave() throws {
        let parsed = try parse(["-f", "Ada", "--tag", "x", "a.txt", "b.txt"])
        #expect(parsed.positional("name") == "Ada")
        #expect(parsed.positionals("files") == ["a.txt", "b.txt"])
        #expect(parsed.values("tag") == ["x"])
    }

    @Test func negativeNumbersArePositionals() throws {
        #expect(try parse(["-12", "-3.5"]).positionals == ["-12", "-3.5"])
    }

    @Test func allowedValues() throws {
        #expect(try parse(["Ada", "--format", "json"]).value("format") == "json")
        do {
            _ = try parse(["Ada", "--format", "jsn"])
            Issue.record("expected an error")
        } catch {
            #expect(error.all == [CLIError("invalid value 'jsn' for '--format <format>'; did you mean 'json'?", fix: "use one of: text, json, html")])
        }
        // Too far from any allowed value for a suggestion: 'xml' is not a typo of 'html'.
        #expect(messages(["Ada", "--format=xml"]) == ["invalid value 'xml' for '--format <format>'"])
    }

    @Test func missingAndUnexpectedPositionals() {
        #expect(messages([]) == ["missing argument '<name>'"])
        let show = try? ArgumentParser.parse(["1", "2"], spec: NotesShow.spec)
        #expect(show == nil)
        do {
            _ = try ArgumentParser.parse(["1", "2", "3"], spec: NotesShow.spec)
        } catch {
            #expect(error.all.map(\.message) == ["unexpected argument '2'", "unexpected argument '3'"])
        }
    }

    @Test func everyErrorIsReportedAtOnce() {
        #expect(messages(["--formt", "x", "--output"]) == [
            "unknown option '--formt'; did you mean '--format'?",
            "missing value for '--output <path>'",
        ])
        #expect(messages(["--zebra"]) == ["unknown option '--zebra'", "missing argument '<name>'"])
    }

    @Test func helpWinsOverErrors() throws {
        #expect(try parse(["--zebra", "-h"]).helpRequested)
        #expect(try parse(["--help"]).helpRequested)
    }
}

@Suite("Parsing any command line")
struct ArgumentParserRobustnessTests {
    static let pool = ["Ada", "-", "--", "-o", "--output", "--output=", "--format", "--format=json", "-fq", "-fo", "-t", "--tag=x",
                       "--force=1", "-x", "-12", "--formt", "-format", "=", "-=", "--=x", "é", "-é", "--help", ""]

    /// Thousands of random command lines: each parses or fails with usage errors, never crashes,
    /// and parsing is deterministic.
    @Test func neverCrashes() {
        var generator = SplitMix(seed: 42)
        for _ in 0..<5_000 {
            let count = Int(generator.next() % 6)
            let words = (0..<count).map { _ in Self.pool[Int(generator.next() % UInt64(Self.pool.count))] }
            let first = Result { () throws(CLIErrors) in try ArgumentParser.parse(words, spec: Greet.spec) }
            let second = Result { () throws(CLIErrors) in try ArgumentParser.parse(words, spec: Greet.spec) }
            switch (first, second) {
            case (.success(let a), .success(let b)): #expect(a.positionals == b.positionals && a.values("tag") == b.values("tag"))
            case (.failure(let a), .failure(let b)): #expect(a.all == b.all && !a.all.isEmpty)
            default: Issue.record("parsing \(words) twice gave different results")
            }
        }
    }
}

/// A small deterministic generator, so a failure can be replayed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
