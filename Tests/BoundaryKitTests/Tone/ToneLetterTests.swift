import BoundaryKit
import Foundation
import Testing

/// The hand-written letters of `Fixtures/tone/letters/`, good ones and angry first drafts, each
/// labelled in `Fixtures/tone/labels.tsv` with the findings it must produce (rule and line; `-` for
/// the letter as a whole) or `-` for none. Every expected finding must be produced, and nothing else.
@Suite struct ToneLetterTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Fixtures/tone")

    struct Letter: Sendable, CustomTestStringConvertible {
        var file: String
        /// `rule@line`, sorted; empty for a letter with no finding.
        var expected: [String]
        var testDescription: String { file }
    }

    static let letters: [Letter] = {
        guard let text = try? String(contentsOf: folder.appending(path: "labels.tsv"), encoding: .utf8) else { return [] }
        var byFile: [String: [String]] = [:]
        var order: [String] = []
        for row in text.split(separator: "\n").dropFirst() {
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 3 else { continue }
            if byFile[cells[0]] == nil { order.append(cells[0]); byFile[cells[0]] = [] }
            if cells[1] != "-" { byFile[cells[0]]!.append("\(cells[1])@\(cells[2])") }
        }
        return order.map { Letter(file: $0, expected: byFile[$0]!.sorted()) }
    }()

    /// The letter as `boundary tone` reads it: the text, and the lines quoted from someone else.
    static func read(_ file: String) throws -> (ExtractedText, Set<Int>) {
        let raw = try String(contentsOf: folder.appending(path: "letters/\(file)"), encoding: .utf8)
        if file.hasSuffix(".html") {
            let extracted = HTMLText.extract(raw)
            return (extracted, QuotedLines.blockquotes(in: raw, extracted: extracted))
        }
        let extracted = file.hasSuffix(".eml") ? try EmailText.extract(raw) : ExtractedText(text: raw)
        return (extracted, QuotedLines.marked(in: extracted.text))
    }

    @Test func thereAreEnoughLettersAndEveryOneIsLabelled() throws {
        #expect(Self.letters.count >= 30)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.appending(path: "letters").path).sorted()
        #expect(files == Self.letters.map(\.file).sorted())
        #expect(Self.letters.filter { $0.expected.isEmpty }.count >= 12, "good letters")
        #expect(Self.letters.filter { $0.expected.count >= 4 }.count >= 5, "angry first drafts")
    }

    @Test(arguments: letters)
    func producesExactlyTheLabelledFindings(_ letter: Letter) throws {
        let (text, quoted) = try Self.read(letter.file)
        let findings = BuiltinTone.checker.findings(in: text, quotedLines: quoted)
        let found = findings.map { "\($0.rule.dropFirst("tone.".count))@\($0.range == nil ? "-" : String($0.position.line))" }.sorted()
        #expect(found == letter.expected)
        // A finding in a sentence always says what to write instead.
        #expect(findings.allSatisfy { $0.suggestion != nil })
    }
}
