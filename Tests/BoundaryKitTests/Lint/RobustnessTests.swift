import Testing
@testable import BoundaryKit

/// Odd input of every kind: no crash, and the model's invariants hold.
@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
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
        "Client", "“", "”", "’", "\"", "'", "(", ")", "(a)", "1.", "1.1", "ARTICLE IV", "Section 5", "-", "-\n", "\u{AD}",
        "\n", "\n\n", " ", "\t", "\u{A0}", ".", ". ", "e.g.", "U.S.", "No.", "Inc.", "ﬁ", "é", "ß", "İ", "😀", "\u{0C}", "\r\n",
        "#", "## ", "§", "$", "%", "5,000.00", "terminate", "for convenience", "(\"Consultant\")", "hereinafter", "<p>", "&amp;",
        "Page 3 of 12", "WORD", "x", "\u{301}", "\u{200B}", ":", ";",
    ]

    static func randomText(_ generator: inout Generator, pieces count: Int) -> String {
        (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test func randomTextKeepsTheModelConsistent() throws {
        var generator = Generator(state: 42)
        let matcher = try Matcher(rules: [
            Matcher.Rule(groups: [["terminate"], ["convenience", "client"]], within: 5, unless: ["no"]),
            Matcher.Rule(anyOf: ["* client", "inc"]),
        ])
        for _ in 0..<300 {
            let text = Self.randomText(&generator, pieces: Int.random(in: 0...80, using: &generator))
            for extracted in [ExtractedText(text: text), PDFTextCleanup.clean(text), HTMLText.extract(text)] {
                let model = TextModel(extracted)
                check(model)
                for match in matcher.matches(in: model, scope: .sentence) + matcher.matches(in: model, scope: .text) {
                    #expect(match.tokens.lowerBound >= 0 && match.tokens.upperBound <= model.tokens.count)
                    _ = model.position(ofTokens: match.tokens)
                }
            }
        }
    }

    @Test func randomBytesNeverCrashTheReaders() {
        var generator = Generator(state: 7)
        for _ in 0..<300 {
            let count = Int.random(in: 0...200, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if let text = try? TextDecoding.decode(bytes) {
                check(TextModel(HTMLText.extract(text)))
            }
            _ = try? DocxText.extract(bytes)
            _ = try? DocxText.extract([0x50, 0x4B, 0x03, 0x04] + bytes + [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0xFF, count: 18))
            _ = try? Inflate.decompress(bytes[...], limit: 1 << 16)
        }
    }

    @Test func aLongDocumentStaysLinear() {
        let paragraph = "3.1 The Client shall pay the Consultant within thirty (30) days of each invoice, e.g. by bank transfer. Late amounts bear interest.\n\n"
        let model = TextModel(String(repeating: paragraph, count: 5_000))
        #expect(model.sentences.count == 10_000)
        #expect(model.headings.count == 5_000)
        check(model)
    }

    func check(_ model: TextModel) {
        let byteCount = model.text.utf8.count
        var previousEnd = 0
        for token in model.tokens {
            #expect(token.range.lowerBound >= previousEnd && token.range.upperBound <= byteCount && !token.range.isEmpty)
            previousEnd = token.range.upperBound
        }
        var next = 0
        for (index, sentence) in model.sentences.enumerated() {
            #expect(sentence.tokens.lowerBound == next && !sentence.tokens.isEmpty)
            #expect(sentence.range.lowerBound <= sentence.range.upperBound && sentence.range.upperBound <= byteCount)
            #expect(sentence.tokens.allSatisfy { model.tokens[$0].sentence == index })
            next = sentence.tokens.upperBound
        }
        #expect(next == model.tokens.count)
        for section in model.sections {
            #expect(section.sentences.upperBound <= model.sentences.count && section.tokens.upperBound <= model.tokens.count)
            if let parent = section.parent { #expect(model.sections[parent].tokens.contains(section.tokens.lowerBound)) }
        }
        for heading in model.headings {
            #expect(heading.line >= 1 && heading.line <= max(1, model.lines.count))
            #expect(heading.range.upperBound <= byteCount)
        }
        if let last = model.tokens.indices.last {
            let position = model.position(ofTokens: last..<(last + 1))
            #expect(position.start.line >= 1 && position.start.column >= 1)
        }
    }
}
