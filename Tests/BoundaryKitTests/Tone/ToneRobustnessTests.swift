import BoundaryKit
import Testing

/// Odd input never crashes the checker, the rewriter or the e-mail reader, and every finding it
/// makes has a position inside the text and a suggestion on one line.
@Suite struct ToneRobustnessTests {
    /// A small deterministic generator (SplitMix64), so a failure is reproducible.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "but", "However,", "although", "you must", "You failed to", "your fault", "THIS", "IS", "!!", "?!", "sorry", "just", "maybe",
        "Thank you", "please", "\n", "\n\n", "> ", ",", ".", ";", "\u{201C}", "\u{201D}", "\"", "é", "\u{00A0}", "—", "I", "you", "the",
        "invoice", "INV-7", "USD 1,200.00", "legal action", "or else", "Dear Sam,", "Kind regards,", "\t", "  ", "(", ")", "😀", "i.e.",
        "Frankly", "clearly", "that said", "yet", "not yet", "=", "=C3", "Subject:", "\r\n", "-", "\u{0301}",
    ]

    @Test func randomLettersNeverCrash() {
        var generator = Generator(state: 42)
        for _ in 0..<200 {
            let count = Int.random(in: 0..<60, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined(separator: Bool.random(using: &generator) ? " " : "")
            let findings = BuiltinTone.findings(text, maxWords: Int.random(in: 1...50, using: &generator))
            let lines = text.unicodeScalars.filter { $0 == "\n" }.count + 1
            for finding in findings {
                #expect(finding.position.line >= 1 && finding.position.line <= lines, "\(text.debugDescription)")
                #expect(finding.suggestion.map { !$0.contains("\n") && !$0.isEmpty } ?? false, "\(text.debugDescription)")
            }
            _ = try? EmailText.extract("Subject: " + text + "\nContent-Transfer-Encoding: quoted-printable\n\n" + text)
            _ = try? EmailText.extract("Subject: =?utf-8?Q?" + text + "?=\n\n" + text)
        }
    }

    @Test func rewritingOddSpansNeverCrashes() {
        var generator = Generator(state: 7)
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0..<20, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined(separator: " ")
            let count = text.utf8.count
            let spans: [Range<Int>] = (0..<Int.random(in: 0..<4, using: &generator)).map { _ in
                let a = Int.random(in: 0...count, using: &generator), b = Int.random(in: 0...count, using: &generator)
                return min(a, b)..<max(a, b)
            }
            _ = Rewriter.split(text, at: spans)
            _ = Rewriter.replace(text, spans: spans, replacements: [Replacement("you must", "I need you to"), Replacement("sorry", "")], dropping: true)
            _ = Rewriter.calm(text, words: spans, marks: [])
        }
    }
}
